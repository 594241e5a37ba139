import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { EquipmentAnalysisView, type ComputedSource } from './equipment-analysis.view';

export type { Headline } from './equipment-analysis.view';

/** What a stored result's view is built from: its row's id, unit and time besides the figures. */
export interface ResultSource extends ComputedSource {
  id: string;
  /** The unit's id: an equipment of the project, or a unit only a scenario adds (no equipment row). */
  equipmentId: string;
  /** The unit's name when it was analysed. */
  equipmentName: string;
  analyzedAt: Date;
  stale: boolean;
}

/** The stored analysis of one equipment (its `equipment` is resolved by AnalysisResultResolver). */
@ObjectType('AnalysisResult', {
  implements: [EquipmentAnalysisView, Node],
  description: 'Second-law analysis of one equipment, as stored.',
})
export class AnalysisResultView extends EquipmentAnalysisView {
  constructor(private readonly source: ResultSource) {
    super(source);
  }

  /** Not a GraphQL field: the equipment resolver loads it. */
  get equipmentId(): string {
    return this.source.equipmentId;
  }

  @Field(() => ID, { description: 'Id of this equipment analysis.' })
  get id(): string {
    return this.source.id;
  }

  @Field(() => String, {
    description: 'The unit’s name when it was analysed (it may have been renamed or removed since).',
  })
  get equipmentName(): string {
    return this.source.equipmentName;
  }

  @Field(() => Date, { description: 'When the analysis ran (ISO 8601).' })
  get analyzedAt(): Date {
    return this.source.analyzedAt;
  }

  @Field(() => Boolean, { description: 'True when the equipment or the project settings changed after this analysis.' })
  get stale(): boolean {
    return this.source.stale;
  }
}

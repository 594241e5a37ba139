/** GraphQL types of the radar benchmark (engine: src/engine/radar). */
import { Field, Float, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/radar';
import { fixedSizeList } from '../../graphql/cost-limits';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';

export const RadarAxisKey = graphqlEnumOf(
  allKeys<Engine.RadarAxisKey>()([
    'exergetic_efficiency',
    'improvement_status',
    'sector_position',
    'heat_recovery',
    'destruction',
    'cost_efficiency',
  ]),
  {
    name: 'RadarAxisKey',
    description:
      'A radar axis: a score 0–100, higher is better, within the range by its definition (no score is clamped).',
    valueDescriptions: {
      exergetic_efficiency:
        'Exergetic efficiency against the subtype’s excellent threshold (benchmark.excellentPct): 100·η/η_excellent, reaching 100 at the threshold and staying there above it.',
      improvement_status:
        'Share of E_D that is unavoidable: 100 − avoidable share of E_D, %; 100 when nothing is destroyed.',
      sector_position: 'Position in the subtype’s sector range: the benchmark percentile of η (benchmark.percentile).',
      heat_recovery:
        'Recoverable exergy of the heat-recovery streams as a share of the exergy the unit wastes (E_L + E_D); 100 when recovery could take all of it (a heat exchanger’s leaving hot stream can carry more) or nothing is wasted.',
      destruction: '100 − destruction ratio: 100 − 100·E_D/E_F = 100·(E_P + E_L)/E_F.',
      cost_efficiency:
        'Share of the cost rate spent on the unit (fuel exergy at c_F plus capital Ż) that reaches the product at fuel value: 100·c_F·E_P/(c_F·E_F + Ż) = 100/(1 + r), r the relative cost difference. Replaces the original’s cost axis, which repeated the efficiency (spec/factory.md §6 note).',
    },
  },
);
export type RadarAxisKey = Engine.RadarAxisKey;

export const RadarGrade = graphqlEnumOf(allKeys<Engine.RadarGrade>()(['A', 'B', 'C', 'D', 'F']), {
  name: 'RadarGrade',
  description:
    'Grade of the overall radar score: A ≥ 85 (excellent), B ≥ 70 (good), C ≥ 50 (average), D ≥ 30 (below average), F below 30 (critical).',
  valueDescriptions: {
    A: 'Score ≥ 85: excellent.',
    B: '70 ≤ score < 85: good.',
    C: '50 ≤ score < 70: average.',
    D: '30 ≤ score < 50: below average.',
    F: 'Score < 30: critical.',
  },
});
export type RadarGrade = Engine.RadarGrade;

@ObjectType({ description: 'One radar axis and its score.' })
export class RadarAxis implements Engine.RadarAxis {
  @Field(() => RadarAxisKey, { description: 'Which axis (its definition is on the enum value).' })
  key!: RadarAxisKey;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => String, { description: 'Turkish label.' })
  labelTr!: string;

  @Field(() => Float, { description: 'Score, 0–100 (dimensionless, higher is better).' })
  score!: number;
}

@ObjectType({
  description:
    'Six-axis benchmark of one analysed unit (spec/factory.md §6, corrected): every axis 0–100, higher is better, computed from the stored result on read.',
})
export class RadarBenchmark implements Engine.RadarBenchmark {
  @Field(() => [RadarAxis], {
    description:
      'The six axes in a fixed order: EXERGETIC_EFFICIENCY, IMPROVEMENT_STATUS, SECTOR_POSITION, HEAT_RECOVERY, DESTRUCTION, COST_EFFICIENCY (definitions on RadarAxisKey).',
    complexity: fixedSizeList(6),
  })
  axes!: RadarAxis[];

  @Field(() => Float, { description: 'Mean of the six scores, 0–100 (unrounded).' })
  overallScore!: number;

  @Field(() => RadarGrade, { description: 'Grade of the overall score.' })
  grade!: RadarGrade;

  @Field(() => String, { description: 'The grade in English (Excellent … Critical).' })
  gradeLabelEn!: string;

  @Field(() => String, { description: 'The grade in Turkish (Mükemmel … Kritik).' })
  gradeLabelTr!: string;

  @Field(() => [String], {
    description:
      'Plotly scatterpolar `theta`: the English axis labels, the first repeated at the end so the polygon is closed (7 entries).',
    complexity: fixedSizeList(7),
  })
  theta!: string[];

  @Field(() => [Float], {
    description:
      'Plotly scatterpolar `r`: the scores 0–100 in theta’s order, the first repeated at the end (7 entries).',
    complexity: fixedSizeList(7),
  })
  r!: number[];
}

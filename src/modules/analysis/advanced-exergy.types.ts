/** Advanced exergy analysis of a run as the API shows it (engine: src/engine/advanced/advanced-exergy.ts). */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type * as Engine from '../../engine/advanced';
import { fixedSizeList, plantSizedList } from '../../graphql/cost-limits';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { RecommendationPriority } from './equipment-result.types';

export const AdvancedExergyMethod = graphqlEnumOf(
  allKeys<Engine.AdvancedExergyMethod>()(['engineering', 'heuristic']),
  {
    name: 'AdvancedExergyMethod',
    description: 'How a unit’s destruction was split into endogenous and exogenous parts.',
    valueDescriptions: {
      engineering:
        'Engineering method (Kelly, Tsatsaronis & Morosuk 2009) over the plant’s supply links: E_D^EN is the destruction the unit would have with every other unit ideal (no destruction, no loss) and the plant’s final products unchanged, the unit keeping its own E_D/E_P and E_L/E_P.',
      heuristic:
        'The unit has no supply link, so there is no stream to propagate: the original system’s fixed-coefficient heuristic (spec/advanced.md §B), whose isolation factors and interaction coefficients depend on the equipment types, not on this plant. An estimate.',
    },
  },
);
export type AdvancedExergyMethod = Engine.AdvancedExergyMethod;

export const AdvancedExergyQuadrant = graphqlEnumOf(
  allKeys<Engine.AdvancedExergyQuadrant>()([
    'avoidable_endogenous',
    'avoidable_exogenous',
    'unavoidable_endogenous',
    'unavoidable_exogenous',
  ]),
  {
    name: 'AdvancedExergyQuadrant',
    description: 'One of the four parts of a unit’s destruction (EN/EX × AV/UN).',
    valueDescriptions: {
      avoidable_endogenous: 'AV-EN: avoidable and due to the unit itself; what improving the unit can save.',
      avoidable_exogenous: 'AV-EX: avoidable but caused by the other units; saved by improving them.',
      unavoidable_endogenous: 'UN-EN: the unit’s own destruction at best practice.',
      unavoidable_exogenous: 'UN-EX: unavoidable and imposed by the other units.',
    },
  },
);
export type AdvancedExergyQuadrant = Engine.AdvancedExergyQuadrant;

@ObjectType({ description: 'Another unit causing part of a unit’s exogenous destruction.' })
export class ExogenousSource implements Engine.ExogenousSource {
  @Field(() => ID, { description: 'The causing unit.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the unit causing it.' }) name!: string;
  @Field(() => Float, {
    description:
      'Exogenous destruction it causes alone, kW. ENGINEERING: E_D,k^EX,r = E_D,k^{EN+r} − E_D,k^EN, the destruction with this unit real too minus the endogenous part. HEURISTIC: E_D^EX shared in proportion to α(type, source type)·δ_source.',
  })
  exergyDestroyedKW!: number;
}

@ObjectType({ description: 'EN/EX × AV/UN split of one unit’s exergy destruction.' })
export class UnitAdvancedExergy implements Engine.UnitAdvancedExergy {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) name!: string;
  @Field(() => EquipmentType, { description: 'Type of the equipment.' }) type!: EquipmentType;
  @Field(() => String, { description: 'Subtype key.' }) subtype!: string;
  @Field(() => AdvancedExergyMethod, { description: 'How EN and EX were obtained.' }) method!: AdvancedExergyMethod;
  @Field(() => Float, { description: 'E_D of the unit, kW.' }) exergyDestroyedKW!: number;
  @Field(() => Float, { description: 'Endogenous part E_D^EN, kW.' }) endogenousKW!: number;
  @Field(() => Float, { description: 'Exogenous part E_D^EX = E_D − E_D^EN, kW.' }) exogenousKW!: number;
  @Field(() => Float, { description: '100·E_D^EN/E_D, % (the original’s isolation factor φ).' })
  endogenousSharePct!: number;
  @Field(() => Float, { description: 'Avoidable destruction AV-EN + AV-EX, kW.' }) avoidableKW!: number;
  @Field(() => Float, { description: 'Unavoidable destruction UN-EN + UN-EX, kW.' }) unavoidableKW!: number;
  @Field(() => Float, { description: 'AV-EN = E_D^EN·AV/(AV + UN) with the unit’s own avoidable share, kW.' })
  avoidableEndogenousKW!: number;
  @Field(() => Float, { description: 'AV-EX = E_D^EX·AV/(AV + UN), kW.' }) avoidableExogenousKW!: number;
  @Field(() => Float, { description: 'UN-EN = E_D^EN − AV-EN, kW.' }) unavoidableEndogenousKW!: number;
  @Field(() => Float, { description: 'UN-EX = E_D^EX − AV-EX, kW. The four quadrants add up to E_D.' })
  unavoidableExogenousKW!: number;
  @Field(() => [ExogenousSource], {
    description: 'Units causing its exogenous part, largest first.',
    complexity: plantSizedList,
  })
  exogenousSources!: ExogenousSource[];
  @Field(() => Float, {
    description:
      'Exogenous destruction not attributed to one unit, kW; E_D^EN + Σ sources + this = E_D. ENGINEERING: the mexogenous part E_D^MX, caused by several other units’ inefficiencies acting together (≥ 0). HEURISTIC: the part the heuristic gives no source (no other unit falls short of its reference efficiency, or shares below 0.01 kW).',
  })
  mexogenousKW!: number;
  @Field(() => RecommendationPriority, {
    description:
      'HIGH when AV-EN > 30 % of E_D, MEDIUM when > 15 % or when less than 40 % of E_D is endogenous, else LOW.',
  })
  priority!: RecommendationPriority;
  @Field(() => String, { description: 'Why this priority (English).' }) priorityReason!: string;
  @Field(() => Int, { description: 'Position in the ranking by AV-EN, 1 = largest.' }) rank!: number;
  @Field(() => [String], { description: 'Caveats about this unit’s split.' }) warnings!: string[];
}

@ObjectType({ description: 'Plant sums of the split (over the units that destroy exergy).' })
export class AdvancedExergyTotals implements Engine.AdvancedExergyTotals {
  @Field(() => Float, { description: 'ΣE_D, kW.' }) exergyDestroyedKW!: number;
  @Field(() => Float, { description: 'ΣE_D^EN, kW.' }) endogenousKW!: number;
  @Field(() => Float, { description: 'ΣE_D^EX, kW.' }) exogenousKW!: number;
  @Field(() => Float, { description: 'Σ of the exogenous parts not attributed to one unit, kW.' })
  mexogenousKW!: number;
  @Field(() => Float, { description: 'ΣAV-EN, kW: what improving each unit by itself can save.' })
  avoidableEndogenousKW!: number;
  @Field(() => Float, { description: 'ΣAV-EX, kW.' }) avoidableExogenousKW!: number;
  @Field(() => Float, { description: 'ΣUN-EN, kW.' }) unavoidableEndogenousKW!: number;
  @Field(() => Float, { description: 'ΣUN-EX, kW.' }) unavoidableExogenousKW!: number;
  @Field(() => Float, { description: 'Endogenous ratio 100·ΣE_D^EN/ΣE_D, %.' }) endogenousRatioPct!: number;
  @Field(() => Float, { description: 'Share of the units whose exogenous part exceeds 5 % of their E_D, %.' })
  interactionDensityPct!: number;
}

@ObjectType({ description: 'The unit causing the most exogenous destruction in the others.' })
export class InfluentialUnit implements Engine.InfluentialUnit {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) name!: string;
  @Field(() => Float, { description: 'Exogenous destruction it causes, summed over the units it affects, kW.' })
  exogenousCausedKW!: number;
}

@ObjectType({ description: 'The unit whose destruction is most exogenous.' })
export class AffectedUnit implements Engine.AffectedUnit {
  @Field(() => ID, { description: 'Id of the equipment affected.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment affected.' }) name!: string;
  @Field(() => Float, { description: '100·E_D^EX/E_D, %.' }) exogenousSharePct!: number;
}

@ObjectType({ description: 'One edge of the interaction network: a unit causing exogenous destruction in another.' })
export class InteractionEdge implements Engine.InteractionEdge {
  @Field(() => ID, { description: 'The causing unit.' }) sourceId!: string;
  @Field(() => String, { description: 'Name of the unit causing the exogenous destruction.' }) sourceName!: string;
  @Field(() => ID, { description: 'The unit where the exergy is destroyed.' }) targetId!: string;
  @Field(() => String, { description: 'Name of the unit where it is destroyed.' }) targetName!: string;
  @Field(() => Float, { description: 'kW' }) exergyDestroyedKW!: number;
  @Field(() => AdvancedExergyMethod, { description: 'How the affected unit was split.' }) method!: AdvancedExergyMethod;
}

@ObjectType({
  description:
    'Who causes whose exogenous destruction: edges of at least minimumEdgeKW, and the same as a Plotly sankey trace (node.label = nodeLabels, link.source/target = indices into them, link.value = linkValuesKW).',
})
export class InteractionNetwork implements Engine.InteractionNetwork {
  @Field(() => Float, { description: 'Smallest edge shown, kW.' }) minimumEdgeKW!: number;
  @Field(() => [InteractionEdge], { description: 'Largest first.', complexity: plantSizedList })
  edges!: InteractionEdge[];
  @Field(() => [ID], { description: 'The units on some edge.' }) nodeIds!: string[];
  @Field(() => [String], { description: 'Their names, in nodeIds order.' }) nodeLabels!: string[];
  @Field(() => [Int], { description: 'Index of each edge’s source in nodeLabels.' }) linkSources!: number[];
  @Field(() => [Int], { description: 'Index of each edge’s target in nodeLabels.' }) linkTargets!: number[];
  @Field(() => [Float], { description: 'Each edge’s exergy destroyed, kW.' }) linkValuesKW!: number[];
}

@ObjectType({ description: 'One Plotly bar trace: a quadrant over the ranked units.' })
export class QuadrantSeries implements Engine.QuadrantSeries {
  @Field(() => AdvancedExergyQuadrant, { description: 'The quadrant the series shows.' })
  quadrant!: AdvancedExergyQuadrant;
  @Field(() => String, { description: 'Trace name: AV-EN, AV-EX, UN-EN or UN-EX.' }) name!: string;
  @Field(() => [Float], { description: 'kW per unit, in labels order.' }) valuesKW!: number[];
}

@ObjectType({
  description:
    'Plotly stacked bars (barmode stack): x = labels, one trace per quadrant; a bar’s height is the unit’s E_D.',
})
export class QuadrantChart implements Engine.QuadrantChart {
  @Field(() => [String], { description: 'Unit names in ranking order (largest AV-EN first).' }) labels!: string[];
  @Field(() => [ID], { description: 'Their equipment ids.' }) equipmentIds!: string[];
  @Field(() => [QuadrantSeries], { description: 'One series per quadrant.', complexity: fixedSizeList(4) })
  series!: QuadrantSeries[];
}

@ObjectType({
  description:
    'Advanced exergy analysis of the run: each destroying unit’s E_D split into endogenous/exogenous (by the engineering method over the supply links, the original’s heuristic for unlinked units, flagged per unit) and avoidable/unavoidable (with the unit’s own AV/UN ratio), ranked by AV-EN, with the interaction network and the quadrant chart.',
})
export class AdvancedExergyAnalysis implements Engine.AdvancedExergyResult {
  @Field(() => [UnitAdvancedExergy], {
    description: 'Units that destroy exergy, largest AV-EN first.',
    complexity: plantSizedList,
  })
  units!: UnitAdvancedExergy[];
  @Field(() => AdvancedExergyTotals, { description: "The plant's destruction split four ways, kW." })
  totals!: AdvancedExergyTotals;
  @Field(() => Int, { description: 'Units split by the engineering method.' }) engineeringUnitCount!: number;
  @Field(() => Int, { description: 'Units split by the heuristic (no supply link).' }) heuristicUnitCount!: number;
  @Field(() => InfluentialUnit, { nullable: true, description: 'null when no unit causes exogenous destruction.' })
  mostInfluential!: InfluentialUnit | null;
  @Field(() => AffectedUnit, { nullable: true, description: 'null when no unit has exogenous destruction.' })
  mostAffected!: AffectedUnit | null;
  @Field(() => InteractionNetwork, {
    description: 'Which units cause exogenous destruction in which others, as a network.',
  })
  interactionNetwork!: InteractionNetwork;
  @Field(() => QuadrantChart, {
    description: 'Each unit on endogenous-avoidable against exogenous-avoidable destruction, kW.',
  })
  quadrantChart!: QuadrantChart;
  @Field(() => [String], { description: 'Caveats about the analysis as a whole.' }) warnings!: string[];
}

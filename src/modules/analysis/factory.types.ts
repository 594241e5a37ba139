/** GraphQL types of a factory analysis (engine shapes: src/engine/factory/types.ts, src/engine/process/gap.ts). */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SankeyMode as EngineSankeyMode } from '../../engine/factory';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';
import { PlantCarbon } from './carbon.types';
import { EquipmentType } from '../equipment/equipment-type.enum';
import { ProcessType } from '../project/process-type.enum';
import { RecommendationPriority } from './equipment-result.types';
import type {
  Sankey as EngineSankey,
  FactoryTotals as EngineFactoryTotals,
  Hotspot as EngineHotspot,
  IntegrationOpportunity as EngineIntegrationOpportunity,
  NodeBalance as EngineNodeBalance,
  SankeyLink as EngineSankeyLink,
  SankeyNode as EngineSankeyNode,
} from '../../engine/factory';
import type {
  BatReference as EngineBatReference,
  BarChart as EngineBarChart,
  GapAnalysisResult as EngineGapAnalysisResult,
  GapDistributionItem as EngineGapDistributionItem,
  PieChart as EnginePieChart,
  WaterfallChart as EngineWaterfallChart,
  EsiGrade as EngineEsiGrade,
  GapStatus as EngineGapStatus,
} from '../../engine/process';
import { ESI_GRADE_KEYS, GAP_STATUS_KEYS } from '../../engine/process';

export const SankeyMode = graphqlEnumOf(
  allKeys<EngineSankeyMode>()(['EXERGY_FLOW', 'DESTRUCTION_FOCUS', 'COST_FLOW']),
  {
    name: 'SankeyMode',
    description: 'EXERGY_FLOW (kW), DESTRUCTION_FOCUS (avoidable/unavoidable split, kW), COST_FLOW (EUR/h).',
    valueDescriptions: {
      EXERGY_FLOW: 'Exergy flows through the plant, kW: fuel, internal supply, products, losses, destruction.',
      DESTRUCTION_FOCUS: 'As EXERGY_FLOW, with each unit’s destruction split into avoidable and unavoidable, kW.',
      COST_FLOW: 'The same flows priced at the energy price, EUR/h.',
    },
  },
);
export type SankeyMode = EngineSankeyMode;

export const EsiGrade = graphqlEnumOf(ESI_GRADE_KEYS, {
  name: 'EsiGrade',
  description:
    'Grade of the Exergetic Sustainability Index: A (ESI ≥ 0.50), B (≥ 0.35), C (≥ 0.20), D (≥ 0.10), E (≥ 0.05), F.',
  valueDescriptions: {
    A: 'ESI ≥ 0.50.',
    B: '0.35 ≤ ESI < 0.50.',
    C: '0.20 ≤ ESI < 0.35.',
    D: '0.10 ≤ ESI < 0.20.',
    E: '0.05 ≤ ESI < 0.10.',
    F: 'ESI < 0.05.',
  },
});
export type EsiGrade = EngineEsiGrade;

export const GapStatus = graphqlEnumOf(GAP_STATUS_KEYS, {
  name: 'GapStatus',
  description:
    "OK: the plant's exergy input is at least the process minimum, so it is graded; INCOMPLETE: the recorded equipment takes less than the minimum, so it cannot deliver the process (units missing, or the process parameters overstate the duty); INCONSISTENT: nothing to compare (no exergy input, or no positive minimum).",
  valueDescriptions: {
    ok: 'The plant’s exergy input is at least the process minimum: graded.',
    incomplete:
      'The recorded equipment takes less than the minimum (units missing, or the process parameters overstate the duty): not graded.',
    inconsistent: 'Nothing to compare (no exergy input, or no positive minimum): not graded.',
  },
});
export type GapStatus = EngineGapStatus;

export const SankeyUnit = { KW: 'kW', EUR_PER_H: 'EUR/h' } as const;
export type SankeyUnit = EngineSankey['unit'];
registerEnumType(SankeyUnit, {
  name: 'SankeyUnit',
  description: 'Unit of every value of a Sankey diagram: exergy flow or cost flow.',
  valuesConfig: {
    KW: { description: 'kW of exergy (EXERGY_FLOW and DESTRUCTION_FOCUS modes).' },
    EUR_PER_H: { description: 'EUR/h of exergy cost (COST_FLOW mode).' },
  },
});

export const SankeyNodeKind = graphqlEnumOf(
  allKeys<EngineSankeyNode['kind']>()(['source', 'equipment', 'product', 'loss', 'destruction']),
  {
    name: 'SankeyNodeKind',
    description: 'What a Sankey node stands for.',
    valueDescriptions: {
      source: 'A fuel or energy input at the plant boundary (electricity, gas …).',
      equipment: 'One equipment unit of the plant.',
      product: 'Exergy delivered to processes or exported.',
      loss: 'Exergy leaving the plant unused (flue gas, cooling water …).',
      destruction: 'Exergy destroyed by irreversibility inside the units.',
    },
  },
);
export type SankeyNodeKind = EngineSankeyNode['kind'];

export const SankeyLinkKind = graphqlEnumOf(
  allKeys<EngineSankeyLink['kind']>()([
    'fuel',
    'internal',
    'product',
    'loss',
    'destruction',
    'avoidable',
    'unavoidable',
  ]),
  {
    name: 'SankeyLinkKind',
    description: 'What a Sankey link carries.',
    valueDescriptions: {
      fuel: 'Exergy from a boundary source into a unit.',
      internal: 'Exergy one unit supplies to another (internal supply).',
      product: 'Exergy from a unit to the product node.',
      loss: 'Exergy from a unit to the loss node.',
      destruction: 'Exergy destroyed in a unit (EXERGY_FLOW and COST_FLOW modes).',
      avoidable: 'The avoidable part of a unit’s destruction (DESTRUCTION_FOCUS mode).',
      unavoidable: 'The unavoidable part of a unit’s destruction (DESTRUCTION_FOCUS mode).',
    },
  },
);
export type SankeyLinkKind = EngineSankeyLink['kind'];

export const IntegrationComplexity = graphqlEnumOf(
  allKeys<EngineIntegrationOpportunity['complexity']>()(['low', 'medium', 'high']),
  {
    name: 'IntegrationComplexity',
    description: 'How hard a heat-integration measure is to build.',
    valueDescriptions: {
      low: 'A simple retrofit on one unit (a heat exchanger, a control change).',
      medium: 'Piping or a heat exchanger between nearby units.',
      high: 'A larger project: new equipment, long pipe runs or process changes.',
    },
  },
);
export type IntegrationComplexity = EngineIntegrationOpportunity['complexity'];

export const GapPriority = graphqlEnumOf(
  allKeys<EngineGapDistributionItem['priority']>()(['critical', 'high', 'medium', 'low']),
  {
    name: 'GapPriority',
    description:
      'Priority of a unit in the gap distribution, from its share of the plant’s exergy destruction (RecommendationPriority plus CRITICAL).',
    valueDescriptions: {
      critical: 'More than 30 % of the plant’s destruction.',
      high: 'More than 15 %.',
      medium: 'More than 5 %.',
      low: '5 % or less.',
    },
  },
);
export type GapPriority = EngineGapDistributionItem['priority'];

export const WaterfallMeasure = graphqlEnumOf(
  allKeys<EngineWaterfallChart['measures'][number]>()(['absolute', 'relative', 'total']),
  {
    name: 'WaterfallMeasure',
    description: 'Plotly waterfall `measure` of one bar.',
    valueDescriptions: {
      absolute: 'The bar starts from zero.',
      relative: 'The bar adds to (or subtracts from) the running total.',
      total: 'The bar shows the running total.',
    },
  },
);
export type WaterfallMeasure = EngineWaterfallChart['measures'][number];

export const BatBasis = graphqlEnumOf(allKeys<EngineBatReference['basis']>()(['specific', 'efficiency']), {
  name: 'BatBasis',
  description: 'How a BAT reference states its benchmark.',
  valueDescriptions: {
    specific: 'Exergy per unit product (specificExergy, in unit).',
    efficiency: 'Exergetic efficiency relative to the thermodynamic minimum (specificExergy = 100/η).',
  },
});
export type BatBasis = EngineBatReference['basis'];

@ObjectType({ description: 'Plant totals at the plant boundary: internal supply streams are not counted twice.' })
export class FactoryTotals implements EngineFactoryTotals {
  @Field(() => Float, { description: 'Exergy entering the plant, kW.' }) exergyFuelKW!: number;
  @Field(() => Float, { description: 'Exergy delivered to processes or exported, kW.' }) exergyProductKW!: number;
  @Field(() => Float, { description: 'Exergy losses leaving the plant, kW.' }) exergyLossKW!: number;
  @Field(() => Float, { description: 'Exergy destroyed in all units, kW.' }) exergyDestroyedKW!: number;
  @Field(() => Float, { description: 'Exergy passed between units (internal supply), kW.' }) internalExergyKW!: number;
  @Field(() => Float, { nullable: true, description: 'Plant exergetic efficiency E_P/E_F, %; null when E_F is 0.' })
  exergeticEfficiencyPct!: number | null;
  @Field(() => Int, { description: 'Number of analysed equipment.' }) equipmentCount!: number;
  @Field(() => Float, { description: 'Avoidable destruction, kW.' }) exergyDestroyedAvoidableKW!: number;
  @Field(() => Float, { description: 'Unavoidable destruction, kW.' }) exergyDestroyedUnavoidableKW!: number;
  @Field(() => Float, { description: 'Exergy wasted per year, kWh/yr.' }) annualLossKWh!: number;
  @Field(() => Float, { nullable: true, description: 'Cost of the exergy wasted per year, EUR/yr.' })
  annualLossEur!: number;
  @Field(() => Float, { description: 'E_F − E_P − E_L − E_D, kW (0 up to rounding).' }) balanceResidualKW!: number;
  @Field(() => PlantCarbon, {
    nullable: true,
    description: 'CO₂ of the plant; null on runs from before CO₂ accounting.',
  })
  carbon!: PlantCarbon | null;
}

@ObjectType({ description: 'An equipment ranked by exergy destruction.' })
export class Hotspot implements EngineHotspot {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) name!: string;
  @Field(() => EquipmentType, { description: 'Type of the equipment.' }) type!: EquipmentType;
  @Field(() => String, { description: 'Subtype key of the equipment.' }) subtype!: string;
  @Field(() => Float, { description: 'kW' }) exergyDestroyedKW!: number;
  @Field(() => Float, { nullable: true, description: 'Share of the plant’s destruction, %.' }) sharePct!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cumulative share down the ranking, %.' }) cumulativeSharePct!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Exergetic efficiency, %.' }) exergeticEfficiencyPct!:
    number | null;
  @Field(() => Float, { description: 'EUR/yr' }) annualLossEur!: number;
  @Field(() => RecommendationPriority, { description: "Priority from the unit's share of the plant's destruction." })
  priority!: RecommendationPriority;
}

@ObjectType({ description: 'A heat-integration opportunity between units (or a unit and a generic sink).' })
export class IntegrationOpportunity implements EngineIntegrationOpportunity {
  @Field(() => String, { description: 'Pattern key, e.g. compressor_heat_to_boiler.' }) pattern!: string;
  @Field(() => String, { description: 'Short title, English.' }) title!: string;
  @Field(() => String, { description: 'Short title, Turkish.' }) titleTr!: string;
  @Field(() => ID, { description: 'Id of the equipment the heat comes from.' }) sourceId!: string;
  @Field(() => String, { description: 'Name of the unit the heat comes from.' }) source!: string;
  @Field(() => ID, { description: 'Id of the equipment that would use it; null for a generic sink.', nullable: true })
  targetId!: string | null;
  @Field(() => String, { description: 'Name of the unit (or generic sink) that would use it.' }) target!: string;
  @Field(() => Float, { nullable: true, description: 'Temperature the heat is available at, °C.' })
  sourceTemperatureC!: number | null;
  @Field(() => Float, { nullable: true, description: 'Temperature the sink needs, °C.' }) sinkTemperatureC!:
    number | null;
  @Field(() => Float, { description: 'Recoverable heat, cooling or electric power, kW.' }) recoverableKW!: number;
  @Field(() => Float, { description: 'EUR/yr' }) savingsEurPerYear!: number;
  @Field(() => Float, { description: 'EUR' }) investmentEur!: number;
  @Field(() => Float, { nullable: true, description: 'Simple payback, years; null without savings.' }) paybackYears!:
    number | null;
  @Field(() => IntegrationComplexity, { description: 'How hard the measure is to build.' })
  complexity!: IntegrationComplexity;
  @Field(() => String, { description: 'The opportunity in a sentence, English.' }) description!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "Fossil CO₂ avoided, t/yr: the electricity (at the grid factor) or boiler fuel (the plant's largest fired boiler, natural gas when none; 90 % efficiency) the recovery displaces; null on runs from before CO₂ accounting.",
  })
  co2AvoidedTonnesPerYear!: number | null;
}

@ObjectType({ description: 'A Sankey node.' })
export class SankeyNode implements EngineSankeyNode {
  @Field(() => String, { description: 'Id of the node within this diagram (links refer to it).' }) id!: string;
  @Field(() => String, { description: 'Node label.' }) label!: string;
  @Field(() => SankeyNodeKind, { description: 'What the node stands for.' })
  kind!: SankeyNodeKind;
  @Field(() => String, { description: 'Node colour (CSS hex).' }) color!: string;
  @Field(() => ID, { description: 'Id of the equipment for a unit node; null otherwise.', nullable: true })
  equipmentId!: string | null;
}

@ObjectType({ description: 'A Sankey link.' })
export class SankeyLink implements EngineSankeyLink {
  @Field(() => String, { description: 'Id of the node the flow leaves (SankeyNode.id).' }) source!: string;
  @Field(() => String, { description: 'Id of the node the flow enters (SankeyNode.id).' }) target!: string;
  @Field(() => Float, { description: 'kW, or EUR/h in COST_FLOW mode (see Sankey.unit).' }) value!: number;
  @Field(() => SankeyLinkKind, { description: 'What the link carries.' })
  kind!: SankeyLinkKind;
  @Field(() => String, { description: 'Link colour (CSS rgba).' }) color!: string;
  @Field(() => String, { description: 'Hover text of the link.' }) label!: string;
}

@ObjectType({ description: 'Balance of one unit node: in = out + loss + destruction.' })
export class SankeyNodeBalance implements EngineNodeBalance {
  @Field(() => String, { description: 'Id of the unit node (SankeyNode.id).' }) nodeId!: string;
  @Field(() => Float, { description: 'In Sankey.unit.' }) inflow!: number;
  @Field(() => Float, { description: 'In Sankey.unit.' }) outflow!: number;
  @Field(() => Float, { description: 'inflow − outflow, in Sankey.unit.' }) residual!: number;
}

@ObjectType({ description: 'Balance check of the diagram’s unit nodes.' })
export class SankeyBalance {
  @Field(() => [SankeyNodeBalance], { description: 'Balance of each unit node.' }) nodes!: SankeyNodeBalance[];
  @Field(() => Float, { description: 'Largest |residual|, in Sankey.unit.' }) maxResidual!: number;
  @Field(() => Boolean, { description: 'True when every node balances within rounding.' }) ok!: boolean;
}

@ObjectType({ description: 'Plotly sankey trace arrays (node index based).' })
export class SankeyPlotly {
  @Field(() => [String], { description: "Label of each node (the index is the node's number)." }) nodeLabels!: string[];
  @Field(() => [String], { description: 'Colour of each node.' }) nodeColors!: string[];
  @Field(() => [Int], { description: "Index into nodeLabels of each link's source." }) linkSources!: number[];
  @Field(() => [Int], { description: "Index into nodeLabels of each link's target." }) linkTargets!: number[];
  @Field(() => [Float], { description: 'In Sankey.unit.' }) linkValues!: number[];
  @Field(() => [String], { description: 'Colour of each link.' }) linkColors!: string[];
}

@ObjectType({ description: 'Grassmann diagram of the plant.' })
export class Sankey {
  @Field(() => SankeyMode, { description: 'Which flows are drawn.' }) mode!: SankeyMode;
  @Field(() => SankeyUnit, { description: 'Unit of every value in the diagram: kW, or EUR/h in COST_FLOW mode.' })
  unit!: SankeyUnit;
  @Field(() => [SankeyNode], { description: 'Sources, units, product, loss and destruction nodes.' })
  nodes!: SankeyNode[];
  @Field(() => [SankeyLink], { description: 'The flows between nodes.' }) links!: SankeyLink[];
  @Field(() => SankeyBalance, { description: 'Per-node balance check: in = out + loss + destruction.' })
  balance!: SankeyBalance;
  @Field(() => SankeyPlotly, { description: 'The same diagram as Plotly sankey trace arrays.' }) plotly!: SankeyPlotly;
}

@ObjectType({ description: 'One equipment’s share of the plant’s exergy destruction.' })
export class GapDistributionItem implements EngineGapDistributionItem {
  @Field(() => ID, { description: 'Id of the equipment.' }) equipmentId!: string;
  @Field(() => String, { description: 'Name of the equipment.' }) equipmentName!: string;
  @Field(() => EquipmentType, { description: 'Type of the equipment.' }) equipmentType!: EquipmentType;
  @Field(() => Float, { description: 'kW' }) exergyDestroyedKW!: number;
  @Field(() => Float, { description: '%' }) gapSharePct!: number;
  @Field(() => Float, { description: '%' }) cumulativePct!: number;
  @Field(() => GapPriority, { description: 'Priority from the unit’s share of the plant’s destruction.' })
  priority!: GapPriority;
}

@ObjectType({ description: 'Plotly waterfall data.' })
export class WaterfallChart implements EngineWaterfallChart {
  @Field(() => [String], { description: 'Bar labels, in the order of values.' }) labels!: string[];
  @Field(() => [Float], { description: 'kW' }) values!: number[];
  @Field(() => [WaterfallMeasure], { description: 'Plotly measure of each bar, in the order of labels.' })
  measures!: WaterfallMeasure[];
}

@ObjectType({ description: 'Bar chart data.' })
export class BarChart implements EngineBarChart {
  @Field(() => [String], { description: 'Bar labels: minimum, BAT and actual.' }) labels!: string[];
  @Field(() => [Float], { description: 'kW' }) values!: number[];
  @Field(() => [String], { description: 'Bar colours (CSS hex), in the order of labels.' }) colors!: string[];
}

@ObjectType({ description: 'Pie chart data.' })
export class PieChart implements EnginePieChart {
  @Field(() => [String], { description: 'Slice labels, in the order of values.' }) labels!: string[];
  @Field(() => [Float], { description: 'kW' }) values!: number[];
}

@ObjectType({ description: 'Top-down gap analysis: thermodynamic minimum, BAT and the actual plant.' })
export class GapAnalysis implements EngineGapAnalysisResult {
  @Field(() => ProcessType, { description: 'The process compared.' }) processType!: ProcessType;
  @Field(() => String, {
    description: "The project's own name for the process; null when none was given.",
    nullable: true,
  })
  processLabel!: string | null;
  @Field(() => String, { description: 'Subcategory key of the process.' }) subcategory!: string;
  @Field(() => Float, { description: 'kW' }) minimumExergyKW!: number;
  @Field(() => Float, { description: 'kW' }) batExergyKW!: number;
  @Field(() => Float, { description: 'Plant exergy input (boundary E_F), kW.' }) actualExergyKW!: number;
  @Field(() => Float, { description: 'actual − minimum, kW.' }) totalGapKW!: number;
  @Field(() => Float, { description: 'actual − BAT, kW (negative: better than BAT).' }) batGapKW!: number;
  @Field(() => Float, { description: 'BAT − minimum, kW.' }) technologyGapKW!: number;
  @Field(() => Float, { nullable: true, description: '% of actual.' }) totalGapPct!: number | null;
  @Field(() => Float, { nullable: true, description: '% of actual.' }) batGapPct!: number | null;
  @Field(() => Float, { nullable: true, description: '% of actual.' }) technologyGapPct!: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual exergy per unit product, in specificUnit.' })
  specificActual!: number | null;
  @Field(() => Float, { nullable: true, description: 'BAT exergy per unit product, in specificUnit.' }) specificBat!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Minimum exergy per unit product, in specificUnit.' })
  specificMinimum!: number | null;
  @Field(() => String, { description: 'e.g. kWh/kg water.' }) specificUnit!: string;
  @Field(() => Float, { nullable: true, description: 'actual / minimum (dimensionless); null when the minimum is 0.' })
  actualToMinimumRatio!: number | null;
  @Field(() => Float, { nullable: true, description: 'actual / BAT (dimensionless); null when BAT is 0.' })
  actualToBatRatio!: number | null;
  @Field(() => [GapDistributionItem], {
    description: "Each unit's share of the plant's exergy destruction, largest first.",
  })
  gapDistribution!: GapDistributionItem[];
  @Field(() => Float, { description: 'EUR/yr' }) annualTotalGapCostEur!: number;
  @Field(() => Float, { description: 'EUR/yr' }) annualBatGapCostEur!: number;
  @Field(() => Float, { description: 'EUR/kWh' }) energyPriceEurPerKWh!: number;
  @Field(() => Float, { description: 'h/yr' }) operatingHoursPerYear!: number;
  @Field(() => String, { description: 'The best available technique the BAT figure describes.' })
  batTechnology!: string;
  @Field(() => String, { description: 'Where the BAT figure comes from.' }) batSource!: string;
  @Field(() => Float, { description: '%' }) batEfficiencyPct!: number;
  @Field(() => Float, {
    description: 'minimum / actual, clamped to 0–1 (dimensionless); a rating only when status is OK.',
  })
  exergeticSustainabilityIndex!: number;
  @Field(() => GapStatus, {
    description: 'Whether the plant can be graded against the process; see warnings for why not.',
  })
  status!: GapStatus;
  @Field(() => EsiGrade, { nullable: true, description: 'A (ESI ≥ 0.50) … F; null unless status is OK.' })
  grade!: EsiGrade | null;
  @Field(() => String, { description: 'What the grade means, English.' }) gradeDescriptionEn!: string;
  @Field(() => String, { description: 'What the grade means, Turkish.' }) gradeDescriptionTr!: string;
  @Field(() => String, { description: 'How the thermodynamic minimum was computed.' }) minExergyMethod!: string;
  @Field(() => [String], {
    description: 'Assumptions behind the thermodynamic minimum (dead state, product states …).',
  })
  minExergyAssumptions!: string[];
  @Field(() => WaterfallChart, {
    description:
      "The gap as a waterfall from the thermodynamic minimum up to the actual plant: the technology limit, then the largest units' destruction, kW.",
  })
  waterfall!: WaterfallChart;
  @Field(() => BarChart, { description: 'Minimum, BAT and actual exergy as a bar chart, kW.' })
  comparisonBar!: BarChart;
  @Field(() => PieChart, {
    description: 'The plant’s exergy destruction by unit (the seven largest, then Other) as a pie chart, kW.',
  })
  gapPie!: PieChart;
  @Field(() => [String], { description: 'Why the plant could not be graded, or what limits the comparison, English.' })
  warnings!: string[];
  @Field(() => [String], { description: 'The warnings in Turkish.' }) warningsTr!: string[];
}

@ObjectType({ description: 'A BAT reference row with its source.' })
export class BatReference {
  @Field(() => ProcessType, { description: 'The process the row benchmarks.' }) processType!: ProcessType;
  @Field(() => String, { description: 'Subcategory key of the process (processTypes.subtypes).' }) subcategory!: string;
  @Field(() => String, { description: "The row's name in English." }) label!: string;
  @Field(() => String, { description: "The row's name in Turkish." }) labelTr!: string;
  @Field(() => BatBasis, { description: 'How the benchmark is stated.' })
  basis!: BatBasis;
  @Field(() => Float, { description: 'Exergy per unit product, in `unit`.' }) specificExergy!: number;
  @Field(() => String, { description: 'Unit of specificExergy (e.g. kWh/kg water, kWh/m³ FAD at 7 bar).' })
  unit!: string;
  @Field(() => Float, { description: '%' }) exergyEfficiencyPct!: number;
  @Field(() => String, { description: 'The best available technique the figure describes.' }) technology!: string;
  @Field(() => String, { description: 'Where the figure comes from (BREF document, standard or study).' })
  source!: string;
}

/** Inputs and results of the factory-level analysis. */
import type { CarbonSettings, EquipmentResult, EquipmentTypeKey } from '../equipment/types';
import type { DeadState } from '../thermo';

export interface FactoryEquipmentInput {
  id: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  result: EquipmentResult;
  /** Another unit of the plant supplying this unit's input (its product is this unit's fuel). */
  supplierId: string | null;
}

export interface FactoryInput {
  equipment: FactoryEquipmentInput[];
  operatingHoursPerYear: number;
  energyPriceEurPerKWh: number;
  deadState: DeadState;
  carbon: CarbonSettings;
}

/** The plant's CO₂ at its boundary, t/yr (the units' own emissions; supplied streams are not counted again). */
export interface PlantCarbon {
  co2DirectTonnesPerYear: number;
  co2IndirectTonnesPerYear: number;
  co2BiogenicTonnesPerYear: number;
  co2EmissionsTonnesPerYear: number;
  co2CostEurPerYear: number;
  /** Units whose fuel comes partly from outside the modelled plant (heat or steam bought in): its CO₂ is not counted. */
  unitsWithUnknownSupply: string[];
  gridEmissionFactorKgPerKWh: number;
  carbonPriceEurPerTonne: number;
}

export interface FactoryTotals {
  /** Exergy entering the plant boundary, kW. */
  exergyFuelKW: number;
  /** Exergy delivered to processes or exported (internal products excluded), kW. */
  exergyProductKW: number;
  exergyLossKW: number;
  exergyDestroyedKW: number;
  /** Internal streams between units (not in E_F or E_P), kW. */
  internalExergyKW: number;
  exergeticEfficiencyPct: number | null;
  equipmentCount: number;
  exergyDestroyedAvoidableKW: number;
  exergyDestroyedUnavoidableKW: number;
  annualLossKWh: number;
  annualLossEur: number;
  /** E_F − E_P − E_L − E_D; 0 up to rounding. */
  balanceResidualKW: number;
  /** null only on runs stored before CO₂ accounting (schema < 5). */
  carbon: PlantCarbon | null;
}

export type Priority = 'high' | 'medium' | 'low';

export interface Hotspot {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  exergyDestroyedKW: number;
  /** % of the plant's destruction */
  sharePct: number | null;
  cumulativeSharePct: number | null;
  exergeticEfficiencyPct: number | null;
  annualLossEur: number;
  priority: Priority;
}

export interface IntegrationOpportunity {
  pattern: string;
  title: string;
  titleTr: string;
  sourceId: string;
  source: string;
  targetId: string | null;
  target: string;
  /** °C the heat is available at */
  sourceTemperatureC: number | null;
  /** °C the sink needs */
  sinkTemperatureC: number | null;
  /** kW thermal (or kW electric for drives) */
  recoverableKW: number;
  savingsEurPerYear: number;
  investmentEur: number;
  paybackYears: number | null;
  complexity: 'low' | 'medium' | 'high';
  description: string;
  /** Fossil CO₂ avoided, t/yr: the fuel or electricity the recovered heat displaces; null on runs before schema 5. */
  co2AvoidedTonnesPerYear: number | null;
}

export type SankeyMode = 'EXERGY_FLOW' | 'DESTRUCTION_FOCUS' | 'COST_FLOW';

export interface SankeyNode {
  id: string;
  label: string;
  kind: 'source' | 'equipment' | 'product' | 'loss' | 'destruction';
  color: string;
  equipmentId: string | null;
}

export interface SankeyLink {
  source: string;
  target: string;
  /** kW, or EUR/h in COST_FLOW mode */
  value: number;
  kind: 'fuel' | 'internal' | 'product' | 'loss' | 'destruction' | 'avoidable' | 'unavoidable';
  color: string;
  label: string;
}

export interface NodeBalance {
  nodeId: string;
  inflow: number;
  outflow: number;
  residual: number;
}

export interface Sankey {
  mode: SankeyMode;
  unit: 'kW' | 'EUR/h';
  nodes: SankeyNode[];
  links: SankeyLink[];
  balance: { nodes: NodeBalance[]; maxResidual: number; ok: boolean };
}

export interface FactoryResult {
  /** The units' results in input order, with their CO₂ allocated over the plant's supply links. */
  units: EquipmentResult[];
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
  /** Average cost of boundary exergy, EUR/kWh (prices the COST_FLOW Sankey). */
  averageFuelCostEurPerKWh: number | null;
}

export class FactoryInputError extends Error {
  constructor(
    readonly equipmentId: string,
    message: string,
  ) {
    super(message);
    this.name = 'FactoryInputError';
  }
}

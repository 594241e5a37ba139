/**
 * The original system's fixed-coefficient split of a unit's destruction into endogenous and exogenous parts
 * (spec/advanced.md §B), kept only for units the plant's supply links do not connect: there is no stream to
 * propagate, so nothing better than the heuristic is known. Its coefficients depend on the equipment types, not on
 * this plant, and its reference efficiencies exceed realistic exergy efficiencies (boilers), so δ runs large: the
 * result is flagged HEURISTIC wherever it is used.
 *
 *   δ_j = (η_ref,j − η_j)/η_ref,j clamped to [−0.5, 1]                    (η = E_P/E_F of unit j)
 *   φ_i = φ0(type_i)·(1 − Σ_{j≠i, δ_j>0} α(type_i, type_j)·δ_j) clamped to [0.20, 0.95]
 *   E_D,i^EN = φ_i·E_D,i;  E_D,i^EX = E_D,i − E_D,i^EN, shared among the j in proportion to α(type_i, type_j)·δ_j
 */
import type { EquipmentTypeKey } from '../equipment/types';
import type { FactoryEquipmentInput } from '../factory/types';

/** Base isolation factor φ0 by type. */
const BASE_ISOLATION: Record<EquipmentTypeKey, number> = {
  compressor: 0.75,
  boiler: 0.8,
  chiller: 0.65,
  pump: 0.85,
  heat_exchanger: 0.55,
  steam_turbine: 0.7,
  dryer: 0.6,
};

/** α(affected, source): how strongly a source type's inefficiency is taken to raise the affected type's E_D. */
const INTERACTION: Record<EquipmentTypeKey, Partial<Record<EquipmentTypeKey, number>>> = {
  compressor: { boiler: 0.05, heat_exchanger: 0.08 },
  boiler: { heat_exchanger: 0.1, steam_turbine: 0.08, dryer: 0.06 },
  chiller: { compressor: 0.1, boiler: 0.08, heat_exchanger: 0.12 },
  pump: { boiler: 0.05, heat_exchanger: 0.06 },
  heat_exchanger: { boiler: 0.15, compressor: 0.08, steam_turbine: 0.1, dryer: 0.07 },
  steam_turbine: { boiler: 0.2, heat_exchanger: 0.1, pump: 0.05 },
  dryer: { boiler: 0.12, heat_exchanger: 0.1, steam_turbine: 0.08 },
};

/** Reference exergy efficiency (0–1) by type, and by subtype where the original lists one (spec/equipment.md). */
const REFERENCE_EFFICIENCY: Record<EquipmentTypeKey, { default: number; subtypes: Record<string, number> }> = {
  compressor: {
    default: 0.8,
    subtypes: { screw: 0.8, screw_oilfree: 0.8, piston: 0.78, scroll: 0.76, centrifugal: 0.85, roots: 0.8 },
  },
  boiler: {
    default: 0.82,
    subtypes: {
      steam_firetube: 0.82,
      steam_watertube: 0.85,
      hotwater: 0.78,
      condensing: 0.95,
      waste_heat: 0.7,
      electric: 0.9,
      biomass: 0.72,
    },
  },
  chiller: {
    default: 0.4,
    subtypes: {
      screw: 0.4,
      centrifugal: 0.45,
      scroll: 0.38,
      reciprocating: 0.35,
      absorption: 0.25,
      air_cooled: 0.35,
      water_cooled: 0.42,
    },
  },
  pump: {
    default: 0.8,
    subtypes: {
      centrifugal: 0.8,
      positive_displacement: 0.75,
      submersible: 0.7,
      vertical_turbine: 0.78,
      booster: 0.72,
      vacuum: 0.65,
    },
  },
  heat_exchanger: {
    default: 0.75,
    subtypes: {
      shell_tube: 0.75,
      plate: 0.85,
      air_cooled: 0.6,
      double_pipe: 0.7,
      spiral: 0.78,
      economizer: 0.72,
      recuperator: 0.74,
    },
  },
  steam_turbine: {
    default: 0.78,
    subtypes: { back_pressure: 0.78, condensing: 0.82, extraction: 0.76, orc: 0.7, micro_turbine: 0.65 },
  },
  dryer: {
    default: 0.45,
    subtypes: {
      convective: 0.45,
      belt: 0.48,
      heat_pump: 0.6,
      rotary: 0.5,
      spray: 0.42,
      fluidized_bed: 0.55,
      drum: 0.46,
      infrared: 0.4,
    },
  },
};

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** δ_j: how far unit j falls short of its reference efficiency; 0 without exergy of fuel. */
export function referenceDeviation(unit: FactoryEquipmentInput): number {
  const { exergyFuelKW, exergyProductKW } = unit.result;
  if (exergyFuelKW <= 0) return 0;
  const table = REFERENCE_EFFICIENCY[unit.type];
  const reference = table.subtypes[unit.subtype] ?? table.default;
  return clamp((reference - exergyProductKW / exergyFuelKW) / reference, -0.5, 1);
}

export interface HeuristicSplit {
  /** φ_i, 0.20–0.95 */
  isolationFactor: number;
  /** Weight α·δ_j of each other unit that falls short of its reference (the exogenous part is shared by these). */
  sourceWeights: { unit: FactoryEquipmentInput; weight: number }[];
}

/** φ_i and the exogenous source weights of `unit` among `others` (the other units that destroy exergy). */
export function heuristicSplit(unit: FactoryEquipmentInput, others: FactoryEquipmentInput[]): HeuristicSplit {
  const sourceWeights = others
    .map((other) => ({
      unit: other,
      weight: (INTERACTION[unit.type][other.type] ?? 0) * Math.max(0, referenceDeviation(other)),
    }))
    .filter((source) => source.weight > 0);
  const reduction = sourceWeights.reduce((sum, source) => sum + source.weight, 0);
  return { isolationFactor: clamp(BASE_ISOLATION[unit.type] * (1 - reduction), 0.2, 0.95), sourceWeights };
}

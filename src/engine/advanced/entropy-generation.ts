/**
 * Entropy generation of every unit and of the plant: S_gen = E_D/T0 (Gouy–Stodola) at the run's dead state, split
 * by mechanism from the unit's own physics where its engine resolves it — the heat exchanger's pressure-drop
 * destruction (the rest is its heat transfer), the pump's hydraulic friction and throttling (pressure drop) and its
 * motor losses (electrical and mechanical dissipation), the fired boiler's combustion at its adiabatic flame
 * temperature (the rest is heat transfer; the original's fixed 75 % for combustion overstated it about twofold),
 * the steam turbine's expansion friction T0·ṁ·Δs (the rest its mechanical and generator losses) —
 * and by fixed typical fractions elsewhere (the original
 * system's table, spec/advanced.md §C), flagged FIXED_FRACTIONS. The parts always sum to S_gen. The destruction
 * ratio E_D/E_F is reported under that name: it is not Bejan's entropy-generation number (spec caveat).
 */
import type { EquipmentTypeKey } from '../equipment/types';
import type { FactoryEquipmentInput } from '../factory/types';

export type EntropyMechanism = 'heat_transfer' | 'pressure_drop' | 'mixing_combustion' | 'dissipation';
export const ENTROPY_MECHANISMS: readonly EntropyMechanism[] = [
  'heat_transfer',
  'pressure_drop',
  'mixing_combustion',
  'dissipation',
];
export type DecompositionMethod = 'physics' | 'physics_and_fractions' | 'fixed_fractions';

export interface EntropyPart {
  mechanism: EntropyMechanism;
  /** kW/K */
  entropyGenerationKWPerK: number;
  /** % of the unit's S_gen */
  sharePct: number | null;
}

export interface UnitEntropyGeneration {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  /** S_gen = E_D/T0, kW/K */
  entropyGenerationKWPerK: number;
  /** E_D/E_F (0–1); null without exergy of fuel */
  destructionRatio: number | null;
  method: DecompositionMethod;
  parts: EntropyPart[];
  dominantMechanism: EntropyMechanism | null;
  /** Be = S_ht/(S_ht + S_dp) where both come from physics (heat exchangers); null otherwise */
  bejanNumber: number | null;
  /** % of the plant's S_gen */
  plantSharePct: number | null;
}

export interface EntropyGenerationResult {
  deadStateTemperatureK: number;
  /** ΣS_gen, kW/K */
  totalEntropyGenerationKWPerK: number;
  /** T0·ΣS_gen = ΣE_D, kW */
  exergyDestroyedKW: number;
  mechanisms: { mechanism: EntropyMechanism; entropyGenerationKWPerK: number; sharePct: number | null }[];
  /** Highest S_gen first. */
  units: UnitEntropyGeneration[];
  /** Stacked-bar data: one trace per mechanism over the units (kW/K). */
  chart: { labels: string[]; series: { mechanism: EntropyMechanism; values: number[] }[] };
  warnings: string[];
}

type Fractions = Record<Exclude<EntropyMechanism, 'dissipation'>, number>;
const fractions = (heat_transfer: number, pressure_drop: number, mixing_combustion: number): Fractions => ({
  heat_transfer,
  pressure_drop,
  mixing_combustion,
});

/** Typical split by type (and a few subtypes), spec/advanced.md §C; mixing includes combustion. */
const TYPICAL: Record<EquipmentTypeKey, { default: Fractions; subtypes?: Record<string, Fractions> }> = {
  compressor: {
    default: fractions(0.25, 0.7, 0.05),
    subtypes: {
      screw_oilfree: fractions(0.2, 0.75, 0.05),
      piston: fractions(0.3, 0.65, 0.05),
      centrifugal: fractions(0.2, 0.75, 0.05),
      roots: fractions(0.3, 0.6, 0.1),
    },
  },
  boiler: {
    default: fractions(0.2, 0.05, 0.75),
    subtypes: {
      steam_watertube: fractions(0.18, 0.05, 0.77),
      hotwater: fractions(0.25, 0.05, 0.7),
      condensing: fractions(0.15, 0.05, 0.8),
      waste_heat: fractions(0.45, 0.05, 0.5),
      electric: fractions(0.9, 0.05, 0.05),
    },
  },
  chiller: {
    default: fractions(0.55, 0.3, 0.15),
    subtypes: {
      centrifugal: fractions(0.5, 0.35, 0.15),
      reciprocating: fractions(0.5, 0.3, 0.2),
      absorption: fractions(0.65, 0.1, 0.25),
      air_cooled: fractions(0.6, 0.25, 0.15),
    },
  },
  pump: { default: fractions(0.1, 0.85, 0.05) },
  heat_exchanger: { default: fractions(0.8, 0.15, 0.05) },
  steam_turbine: {
    default: fractions(0.3, 0.65, 0.05),
    subtypes: { condensing: fractions(0.25, 0.7, 0.05), orc: fractions(0.35, 0.55, 0.1) },
  },
  dryer: {
    default: fractions(0.4, 0.15, 0.45),
    subtypes: {
      rotary: fractions(0.4, 0.2, 0.4),
      drum: fractions(0.4, 0.2, 0.4),
      fluidized_bed: fractions(0.35, 0.25, 0.4),
      spray: fractions(0.45, 0.1, 0.45),
      heat_pump: fractions(0.5, 0.15, 0.35),
      infrared: fractions(0.55, 0.1, 0.35),
    },
  },
};

/** Destruction (kW) the unit's physics assigns to mechanisms; the rest is split by the typical fractions. */
function resolvedDestruction(unit: FactoryEquipmentInput): Partial<Record<EntropyMechanism, number>> {
  const m = unit.result.metrics as Record<string, unknown>;
  const destroyed = unit.result.exergyDestroyedKW;
  const num = (key: string) => (typeof m[key] === 'number' ? (m[key] as number) : 0);
  if (unit.type === 'heat_exchanger') {
    const pressure = Math.min(Math.max(num('pressureDropDestructionKW'), 0), destroyed);
    return { pressure_drop: pressure, heat_transfer: destroyed - pressure };
  }
  if (unit.type === 'pump') {
    return { pressure_drop: num('pumpLossKW') + num('throttleLossKW'), dissipation: num('motorLossKW') };
  }
  if (unit.type === 'steam_turbine' && typeof m.expansionDestructionKW === 'number') {
    // friction in the blading and leakage (T0·ṁ·Δs), then the mechanical and generator losses
    const expansion = Math.min(Math.max(m.expansionDestructionKW, 0), destroyed);
    return { pressure_drop: expansion, dissipation: destroyed - expansion };
  }
  if (unit.type === 'boiler') {
    // fired: the combustion step from the adiabatic flame, the rest heat transfer to the water (boiler/combustion.ts);
    // electric: Joule heating; waste heat: heat transfer alone. Runs stored before the combustion step: fractions.
    if (typeof m.combustionDestructionKW === 'number') {
      const combustion = Math.min(Math.max(m.combustionDestructionKW, 0), destroyed);
      return { mixing_combustion: combustion, heat_transfer: destroyed - combustion };
    }
    if (unit.subtype === 'electric') return { dissipation: destroyed };
    if (unit.subtype === 'waste_heat') return { heat_transfer: destroyed };
  }
  return {};
}

function decompose(unit: FactoryEquipmentInput, t0: number): { method: DecompositionMethod; parts: EntropyPart[] } {
  const destroyed = unit.result.exergyDestroyedKW;
  const resolved = resolvedDestruction(unit);
  let modelled = Object.values(resolved).reduce((s, v) => s + Math.max(0, v ?? 0), 0);
  // Physics that accounts for more than the balance's E_D (rounding in the engine) is scaled to it.
  const scale = modelled > destroyed && modelled > 0 ? destroyed / modelled : 1;
  modelled *= scale;
  const rest = Math.max(0, destroyed - modelled);
  const typical = TYPICAL[unit.type].subtypes?.[unit.subtype] ?? TYPICAL[unit.type].default;
  const kW: Record<EntropyMechanism, number> = {
    heat_transfer: 0,
    pressure_drop: 0,
    mixing_combustion: 0,
    dissipation: 0,
  };
  for (const mechanism of ENTROPY_MECHANISMS) kW[mechanism] = Math.max(0, resolved[mechanism] ?? 0) * scale;
  if (rest > 1e-12 * Math.max(destroyed, 1)) {
    kW.heat_transfer += rest * typical.heat_transfer;
    kW.pressure_drop += rest * typical.pressure_drop;
    kW.mixing_combustion += rest * typical.mixing_combustion;
  }
  const method: DecompositionMethod =
    modelled === 0 ? 'fixed_fractions' : rest > 1e-9 * Math.max(destroyed, 1) ? 'physics_and_fractions' : 'physics';
  const total = destroyed / t0;
  const parts = ENTROPY_MECHANISMS.map((mechanism) => ({
    mechanism,
    entropyGenerationKWPerK: kW[mechanism] / t0,
    sharePct: total > 0 ? (100 * (kW[mechanism] / t0)) / total : null,
  }));
  return { method, parts };
}

export function analyseEntropyGeneration(
  units: FactoryEquipmentInput[],
  deadStateTemperatureK: number,
): EntropyGenerationResult {
  const t0 = deadStateTemperatureK;
  const rows: UnitEntropyGeneration[] = units.map((unit) => {
    const { method, parts } = decompose(unit, t0);
    const sGen = unit.result.exergyDestroyedKW / t0;
    const dominant = parts.reduce<EntropyPart | null>(
      (best, p) => (p.entropyGenerationKWPerK > (best?.entropyGenerationKWPerK ?? 0) ? p : best),
      null,
    );
    const heat = parts.find((p) => p.mechanism === 'heat_transfer')!.entropyGenerationKWPerK;
    const pressure = parts.find((p) => p.mechanism === 'pressure_drop')!.entropyGenerationKWPerK;
    return {
      equipmentId: unit.id,
      name: unit.name,
      type: unit.type,
      subtype: unit.subtype,
      entropyGenerationKWPerK: sGen,
      destructionRatio: unit.result.exergyFuelKW > 0 ? unit.result.exergyDestroyedKW / unit.result.exergyFuelKW : null,
      method,
      parts,
      dominantMechanism: dominant?.mechanism ?? null,
      bejanNumber:
        method === 'physics' && unit.type === 'heat_exchanger' && heat + pressure > 0 ? heat / (heat + pressure) : null,
      plantSharePct: null,
    };
  });
  const total = rows.reduce((s, r) => s + r.entropyGenerationKWPerK, 0);
  for (const row of rows) row.plantSharePct = total > 0 ? (100 * row.entropyGenerationKWPerK) / total : null;
  rows.sort(
    (a, b) => b.entropyGenerationKWPerK - a.entropyGenerationKWPerK || a.equipmentId.localeCompare(b.equipmentId),
  );
  const mechanisms = ENTROPY_MECHANISMS.map((mechanism) => {
    const value = rows.reduce((s, r) => s + r.parts.find((p) => p.mechanism === mechanism)!.entropyGenerationKWPerK, 0);
    return { mechanism, entropyGenerationKWPerK: value, sharePct: total > 0 ? (100 * value) / total : null };
  });
  const warnings: string[] = [];
  const fixed = rows.filter((r) => r.method === 'fixed_fractions' && r.entropyGenerationKWPerK > 0).map((r) => r.name);
  if (fixed.length)
    warnings.push(
      `The split by mechanism of ${fixed.join(', ')} uses typical fractions for the type, not the unit's physics.`,
    );
  if (total === 0) warnings.push('No exergy is destroyed in the analysed units: nothing to decompose.');
  return {
    deadStateTemperatureK: t0,
    totalEntropyGenerationKWPerK: total,
    exergyDestroyedKW: total * t0,
    mechanisms,
    units: rows,
    chart: {
      labels: rows.map((r) => r.name),
      series: ENTROPY_MECHANISMS.map((mechanism) => ({
        mechanism,
        values: rows.map((r) => r.parts.find((p) => p.mechanism === mechanism)!.entropyGenerationKWPerK),
      })),
    },
    warnings,
  };
}

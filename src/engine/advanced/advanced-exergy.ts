/**
 * Advanced exergy analysis: each unit's destruction split into endogenous/exogenous (EN/EX) and
 * avoidable/unavoidable (AV/UN) parts.
 *
 * Units connected by supply links use the engineering method (Kelly, Tsatsaronis & Morosuk 2009, Energy 34:384):
 * E_D,k^EN is the destruction of unit k when every other unit is ideal (ε = 1: no destruction, no loss) and the
 * plant's final products are unchanged; k keeps its own E_D/E_P and E_L/E_P.
 *
 * Per unit k: F_k, P_k, L_k, D_k are E_F, E_P, E_L, E_D; r_k = F_k/P_k = 1 + (D_k + L_k)/P_k ≥ 1 (fuel per unit of
 * product) and d_k = D_k/P_k. A consumer c takes t_c of its supplier's product (allocateSupply); σ_c = t_c/F_c is the
 * share of c's fuel from inside the plant (the rest, bought at the boundary, no other unit changes).
 * Final product: x_k = P_k − Σ_{c supplied by k} t_c, what k delivers outside the modelled plant — to the process or
 * exported. A supplier whose whole product feeds its consumers has x_k = 0; one that also exports (a boiler sending
 * steam to a turbine and to the process) keeps its export x_k as a final product. The x are held fixed.
 *
 * With the units of a set R real (their own r) and every other ideal (r = 1, a supplier delivers exactly what its
 * consumers need as fuel), the product unit k must deliver is
 *   P_k(R) = x_k + Σ_{c ∈ consumers(k)} σ_c·F_c(R),   F_c(R) = r_c·P_c(R) if c ∈ R, else P_c(R)
 * (R = all units gives back the actual P_k; k's own fuel does not enter its product, so P_k(∅) = P_k({k})), and
 *   E_D,k^EN   = d_k·P_k(∅)
 *   E_D,k^EX   = D_k − E_D,k^EN = d_k·(P_k − P_k(∅))
 *   E_D,k^EX,r = d_k·(P_k({r}) − P_k(∅))          Kelly et al.'s E_D,k^{EN+r} − E_D,k^EN: the part r causes alone
 *   E_D,k^MX   = E_D,k^EX − Σ_{r≠k} E_D,k^EX,r      the mexogenous part: the others' inefficiencies acting together
 *
 * Chain A supplies B supplies C (σ = 1):
 *   P_C = x_C,  P_B = x_B + r_C·x_C,  P_A = x_A + r_B·(x_B + r_C·x_C)
 *   C:  E_D^EN = D_C (nothing downstream: a terminal unit's destruction is all endogenous)
 *   B:  E_D^EN = d_B·(x_B + x_C);  E_D^EX = E_D^EX,C = d_B·(r_C − 1)·x_C
 *   A:  E_D^EN = d_A·(x_A + x_B + x_C)
 *       E_D^EX,B = d_A·(r_B − 1)·(x_B + x_C),  E_D^EX,C = d_A·(r_C − 1)·x_C,  E_D^MX = d_A·(r_B − 1)·(r_C − 1)·x_C
 *       E_D^EX = E_D^EX,B + E_D^EX,C + E_D^MX = d_A·[(r_B − 1)·x_B + (r_B·r_C − 1)·x_C]
 * Reconciliation: P_k(R) is a polynomial in the (r_j − 1) ≥ 0 with non-negative coefficients, each term holding a
 * unit at most once (a path down the tree), so every E_D,k^EX,r (the terms in r_j − 1 alone) and E_D,k^MX (the terms
 * of two or more) are ≥ 0 and E_D,k^EN + Σ_r E_D,k^EX,r + E_D,k^MX = E_D,k exactly.
 * What the model leaves out: a unit's E_D/E_P is fixed, so units upstream of k never change E_D,k (exogenous
 * destruction flows from consumers up to their suppliers); a unit with no product (P_k = 0) has nothing to scale by
 * and its destruction is all endogenous.
 *
 * Units with no link at all use the original's fixed-coefficient heuristic (advanced-exergy-heuristic.ts), flagged.
 * Either way EN and EX are split into AV and UN with the unit's own AV/(AV + UN), so the four quadrants add up to E_D.
 */
import type { EquipmentTypeKey } from '../equipment/types';
import { allocateSupply } from '../factory/totals';
import type { FactoryEquipmentInput, Priority } from '../factory/types';
import { heuristicSplit } from './advanced-exergy-heuristic';
import {
  interactionNetwork,
  quadrantChart,
  type InteractionNetwork,
  type QuadrantChart,
} from './advanced-exergy-charts';

export type AdvancedExergyMethod = 'engineering' | 'heuristic';

export interface ExogenousSource {
  equipmentId: string;
  name: string;
  /** The part of the affected unit's E_D^EX this unit causes, kW */
  exergyDestroyedKW: number;
}

export interface UnitAdvancedExergy {
  equipmentId: string;
  name: string;
  type: EquipmentTypeKey;
  subtype: string;
  method: AdvancedExergyMethod;
  /** kW, all below */
  exergyDestroyedKW: number;
  endogenousKW: number;
  exogenousKW: number;
  /** 100·EN/E_D (the original's isolation factor φ, in %) */
  endogenousSharePct: number;
  avoidableKW: number;
  unavoidableKW: number;
  avoidableEndogenousKW: number;
  avoidableExogenousKW: number;
  unavoidableEndogenousKW: number;
  unavoidableExogenousKW: number;
  /** Largest first */
  exogenousSources: ExogenousSource[];
  /** EX not attributed to any single other unit: E_D^MX (engineering), or the part the heuristic gives no source */
  mexogenousKW: number;
  priority: Priority;
  priorityReason: string;
  /** 1 = largest AV-EN */
  rank: number;
  warnings: string[];
}

export interface AdvancedExergyTotals {
  exergyDestroyedKW: number;
  endogenousKW: number;
  exogenousKW: number;
  mexogenousKW: number;
  avoidableEndogenousKW: number;
  avoidableExogenousKW: number;
  unavoidableEndogenousKW: number;
  unavoidableExogenousKW: number;
  /** 100·ΣEN/ΣE_D */
  endogenousRatioPct: number;
  /** % of the units whose EX exceeds 5 % of their E_D */
  interactionDensityPct: number;
}

export interface InfluentialUnit {
  equipmentId: string;
  name: string;
  /** Σ of the exogenous destruction it causes in the others, kW */
  exogenousCausedKW: number;
}

export interface AffectedUnit {
  equipmentId: string;
  name: string;
  /** 100·EX/E_D */
  exogenousSharePct: number;
}

export interface AdvancedExergyResult {
  /** Units that destroy exergy, ranked by AV-EN (largest first) */
  units: UnitAdvancedExergy[];
  totals: AdvancedExergyTotals;
  engineeringUnitCount: number;
  heuristicUnitCount: number;
  /** The unit causing the most exogenous destruction in others (kW summed over all it affects) */
  mostInfluential: InfluentialUnit | null;
  /** The unit with the largest exogenous share of its own destruction */
  mostAffected: AffectedUnit | null;
  interactionNetwork: InteractionNetwork;
  quadrantChart: QuadrantChart;
  warnings: string[];
}

interface Split {
  method: AdvancedExergyMethod;
  endogenousKW: number;
  sources: ExogenousSource[];
  mexogenousKW: number;
  warnings: string[];
}

interface SupplyNode {
  unit: FactoryEquipmentInput;
  /** x_k, kW */
  finalProductKW: number;
  /** σ_k */
  internalShare: number;
  consumers: SupplyNode[];
}

function supplyTree(units: FactoryEquipmentInput[]): Map<string, SupplyNode> {
  const { internalByConsumer, usedBySupplier } = allocateSupply(units);
  const nodes = new Map<string, SupplyNode>();
  for (const unit of units) {
    const { exergyFuelKW, exergyProductKW } = unit.result;
    const taken = internalByConsumer.get(unit.id) ?? 0;
    nodes.set(unit.id, {
      unit,
      finalProductKW: Math.max(0, exergyProductKW - (usedBySupplier.get(unit.id) ?? 0)),
      internalShare: exergyFuelKW > 0 ? taken / exergyFuelKW : 0,
      consumers: [],
    });
  }
  for (const unit of units)
    if (unit.supplierId !== null) nodes.get(unit.supplierId)!.consumers.push(nodes.get(unit.id)!);
  return nodes;
}

/** P_k(R): the product `node` must deliver with the units in `real` at their own F/P and the others ideal. */
function requiredProductKW(node: SupplyNode, real: ReadonlySet<string>): number {
  return node.consumers.reduce((sum, c) => sum + c.internalShare * requiredFuelKW(c, real), node.finalProductKW);
}

function requiredFuelKW(node: SupplyNode, real: ReadonlySet<string>): number {
  const product = requiredProductKW(node, real);
  if (!real.has(node.unit.id)) return product;
  const { exergyFuelKW, exergyProductKW } = node.unit.result;
  // r_c·P_c(R) as F_c·(P_c(R)/P_c): the ratio is ≤ 1, so a tiny P_c cannot overflow. A unit without product takes
  // its actual fuel whatever is asked of it (nothing to scale by).
  return exergyProductKW > 0 ? exergyFuelKW * (product / exergyProductKW) : exergyFuelKW;
}

function descendants(node: SupplyNode): SupplyNode[] {
  return node.consumers.flatMap((c) => [c, ...descendants(c)]);
}

/** A remainder that is ≥ 0 in exact arithmetic: what is left of rounding is not a part. */
const withoutRounding = (remainderKW: number, destroyedKW: number) =>
  Math.abs(remainderKW) <= 1e-9 * destroyedKW ? 0 : remainderKW;

function engineeringSplit(node: SupplyNode): Split {
  const { exergyDestroyedKW: destroyed, exergyProductKW: product } = node.unit.result;
  if (product <= 0) {
    const warning = 'no exergy of product to hold fixed: its destruction is counted endogenous';
    return { method: 'engineering', endogenousKW: destroyed, sources: [], mexogenousKW: 0, warnings: [warning] };
  }
  // d_k·P_k(R) as D_k·(P_k(R)/P_k), bounded by D_k however small P_k is.
  const scaled = (requiredKW: number) => destroyed * (requiredKW / product);
  const idealOthers = requiredProductKW(node, new Set());
  const endogenousKW = Math.min(destroyed, scaled(idealOthers));
  const sources = descendants(node)
    .map((r) => ({
      equipmentId: r.unit.id,
      name: r.unit.name,
      exergyDestroyedKW: scaled(requiredProductKW(node, new Set([r.unit.id]))) - scaled(idealOthers),
    }))
    .filter((s) => s.exergyDestroyedKW > 0)
    .sort((a, b) => b.exergyDestroyedKW - a.exergyDestroyedKW);
  const joint = destroyed - endogenousKW - sources.reduce((sum, s) => sum + s.exergyDestroyedKW, 0);
  const mexogenousKW = withoutRounding(joint, destroyed);
  return { method: 'engineering', endogenousKW, sources, mexogenousKW, warnings: [] };
}

/** Sources below this share nothing in the original (spec §B); their kW stay in the unattributed part. */
const HEURISTIC_MIN_SOURCE_KW = 0.01;

function heuristicUnitSplit(unit: FactoryEquipmentInput, others: FactoryEquipmentInput[]): Split {
  const destroyed = unit.result.exergyDestroyedKW;
  const { isolationFactor, sourceWeights } = heuristicSplit(unit, others);
  const endogenousKW = isolationFactor * destroyed;
  const exogenousKW = destroyed - endogenousKW;
  const totalWeight = sourceWeights.reduce((sum, s) => sum + s.weight, 0);
  const sources = sourceWeights
    .map((s) => ({
      equipmentId: s.unit.id,
      name: s.unit.name,
      exergyDestroyedKW: (exogenousKW * s.weight) / totalWeight,
    }))
    .filter((s) => s.exergyDestroyedKW >= HEURISTIC_MIN_SOURCE_KW)
    .sort((a, b) => b.exergyDestroyedKW - a.exergyDestroyedKW);
  const mexogenousKW = withoutRounding(
    exogenousKW - sources.reduce((sum, s) => sum + s.exergyDestroyedKW, 0),
    destroyed,
  );
  const warnings = [
    'no supply link: EN/EX from the fixed-coefficient heuristic (type coefficients, not this plant)',
    ...(totalWeight === 0 && exogenousKW > 0
      ? ['no other unit falls short of its reference efficiency: the heuristic’s exogenous part has no source']
      : []),
  ];
  return { method: 'heuristic', endogenousKW, sources, mexogenousKW, warnings };
}

function priorityOf(avoidableEndogenousKW: number, destroyed: number, endogenousShare: number) {
  const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
  const share = avoidableEndogenousKW / destroyed;
  if (share > 0.3)
    return { priority: 'high' as const, reason: `AV-EN is ${pct(share)} of E_D (> 30 %): improve the unit itself` };
  if (share > 0.15) return { priority: 'medium' as const, reason: `AV-EN is ${pct(share)} of E_D (> 15 %)` };
  if (endogenousShare < 0.4)
    return {
      priority: 'medium' as const,
      reason: `only ${pct(endogenousShare)} of E_D is endogenous: improve the units that cause its exogenous part`,
    };
  return { priority: 'low' as const, reason: `AV-EN is ${pct(share)} of E_D: little to gain at the unit` };
}

function unitRow(unit: FactoryEquipmentInput, split: Split): Omit<UnitAdvancedExergy, 'rank'> {
  const { exergyDestroyedKW: destroyed, exergyDestroyedAvoidableKW, exergyDestroyedUnavoidableKW } = unit.result;
  const known = exergyDestroyedAvoidableKW + exergyDestroyedUnavoidableKW;
  const avoidableShare = known > 0 ? Math.min(1, Math.max(0, exergyDestroyedAvoidableKW / known)) : 0;
  const warnings = [...split.warnings];
  if (known <= 0) warnings.push('no avoidable/unavoidable split for this unit: its destruction is counted unavoidable');
  const endogenousKW = split.endogenousKW;
  const exogenousKW = destroyed - endogenousKW;
  const avoidableEndogenousKW = avoidableShare * endogenousKW;
  const avoidableExogenousKW = avoidableShare * exogenousKW;
  const { priority, reason } = priorityOf(avoidableEndogenousKW, destroyed, endogenousKW / destroyed);
  return {
    equipmentId: unit.id,
    name: unit.name,
    type: unit.type,
    subtype: unit.subtype,
    method: split.method,
    exergyDestroyedKW: destroyed,
    endogenousKW,
    exogenousKW,
    endogenousSharePct: (100 * endogenousKW) / destroyed,
    avoidableKW: avoidableEndogenousKW + avoidableExogenousKW,
    unavoidableKW: destroyed - avoidableEndogenousKW - avoidableExogenousKW,
    avoidableEndogenousKW,
    avoidableExogenousKW,
    unavoidableEndogenousKW: endogenousKW - avoidableEndogenousKW,
    unavoidableExogenousKW: exogenousKW - avoidableExogenousKW,
    exogenousSources: split.sources,
    mexogenousKW: split.mexogenousKW,
    priority,
    priorityReason: reason,
    warnings,
  };
}

/** The EN/EX × AV/UN split of every unit that destroys exergy; null when none does. */
export function analyseAdvancedExergy(units: FactoryEquipmentInput[]): AdvancedExergyResult | null {
  const destroying = units.filter((u) => u.result.exergyDestroyedKW > 0);
  if (destroying.length === 0) return null;
  const tree = supplyTree(units);
  const linked = (id: string) => tree.get(id)!.unit.supplierId !== null || tree.get(id)!.consumers.length > 0;
  const rows = destroying
    .map((unit) =>
      unitRow(
        unit,
        linked(unit.id)
          ? engineeringSplit(tree.get(unit.id)!)
          : heuristicUnitSplit(
              unit,
              destroying.filter((other) => other.id !== unit.id),
            ),
      ),
    )
    .sort(
      (a, b) =>
        b.avoidableEndogenousKW - a.avoidableEndogenousKW ||
        b.exergyDestroyedKW - a.exergyDestroyedKW ||
        a.equipmentId.localeCompare(b.equipmentId),
    )
    .map((row, i) => ({ ...row, rank: i + 1 }));
  return summarise(rows, units);
}

function summarise(rows: UnitAdvancedExergy[], units: FactoryEquipmentInput[]): AdvancedExergyResult {
  const sum = (f: (row: UnitAdvancedExergy) => number) => rows.reduce((s, row) => s + f(row), 0);
  const destroyed = sum((r) => r.exergyDestroyedKW);
  const totals: AdvancedExergyTotals = {
    exergyDestroyedKW: destroyed,
    endogenousKW: sum((r) => r.endogenousKW),
    exogenousKW: sum((r) => r.exogenousKW),
    mexogenousKW: sum((r) => r.mexogenousKW),
    avoidableEndogenousKW: sum((r) => r.avoidableEndogenousKW),
    avoidableExogenousKW: sum((r) => r.avoidableExogenousKW),
    unavoidableEndogenousKW: sum((r) => r.unavoidableEndogenousKW),
    unavoidableExogenousKW: sum((r) => r.unavoidableExogenousKW),
    endogenousRatioPct: (100 * sum((r) => r.endogenousKW)) / destroyed,
    interactionDensityPct: (100 * rows.filter((r) => r.exogenousKW > 0.05 * r.exergyDestroyedKW).length) / rows.length,
  };
  const caused = new Map<string, number>();
  for (const row of rows)
    for (const s of row.exogenousSources)
      caused.set(s.equipmentId, (caused.get(s.equipmentId) ?? 0) + s.exergyDestroyedKW);
  const [influentialId, influentialKW] = [...caused].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  const affected = [...rows].sort((a, b) => a.endogenousSharePct - b.endogenousSharePct)[0];
  const heuristicUnitCount = rows.filter((r) => r.method === 'heuristic').length;
  const warnings: string[] = [];
  if (heuristicUnitCount > 0)
    warnings.push(
      `${heuristicUnitCount} of ${rows.length} units have no supply link: their split is the original's fixed-coefficient heuristic (spec/advanced.md §B), which does not depend on this plant; link them (suppliedById) for the engineering method`,
    );
  if (totals.exogenousKW > 0.5 * destroyed)
    warnings.push('more than half of the destruction is exogenous: improving units one by one misses most of it');
  return {
    units: rows,
    totals,
    engineeringUnitCount: rows.length - heuristicUnitCount,
    heuristicUnitCount,
    mostInfluential:
      influentialId !== undefined && influentialKW! > 0
        ? {
            equipmentId: influentialId,
            name: units.find((u) => u.id === influentialId)!.name,
            exogenousCausedKW: influentialKW!,
          }
        : null,
    mostAffected:
      affected.exogenousKW > 0
        ? {
            equipmentId: affected.equipmentId,
            name: affected.name,
            exogenousSharePct: 100 - affected.endogenousSharePct,
          }
        : null,
    interactionNetwork: interactionNetwork(rows),
    quadrantChart: quadrantChart(rows),
    warnings,
  };
}

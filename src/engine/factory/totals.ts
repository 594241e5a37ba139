/**
 * Plant totals at the plant boundary (spec/factory.md Correction F-1; Kotas;
 * Bejan, Tsatsaronis & Moran 1996 ch. 3): a unit's fuel supplied by another
 * unit's product is an internal stream, counted neither as plant fuel nor as
 * plant product. E_D and E_L add up; E_F,plant = E_P,plant + E_L + E_D.
 */
import { FactoryInputError, type FactoryEquipmentInput, type FactoryTotals, type PlantCarbon } from './types';

export interface SupplyAllocation {
  /** consumer id → exergy it takes from its supplier, kW */
  internalByConsumer: Map<string, number>;
  /** supplier id → its product used inside the plant, kW */
  usedBySupplier: Map<string, number>;
}

/** Checks the links (known id, not itself, no cycle) and allocates each supplier's product to its consumers in order. */
export function allocateSupply(equipment: FactoryEquipmentInput[]): SupplyAllocation {
  const byId = new Map(equipment.map((e) => [e.id, e]));
  for (const e of equipment) {
    if (e.supplierId === null) continue;
    if (e.supplierId === e.id) throw new FactoryInputError(e.id, `${e.name} cannot supply itself`);
    if (!byId.has(e.supplierId))
      throw new FactoryInputError(e.id, `${e.name} is supplied by an unknown equipment ${e.supplierId}`);
    const seen = new Set([e.id]);
    for (let at = byId.get(e.supplierId); at; at = at.supplierId ? byId.get(at.supplierId) : undefined) {
      if (seen.has(at.id)) throw new FactoryInputError(e.id, `supply links through ${e.name} form a cycle`);
      seen.add(at.id);
    }
  }
  const remaining = new Map(equipment.map((e) => [e.id, e.result.exergyProductKW]));
  const internalByConsumer = new Map<string, number>();
  const usedBySupplier = new Map<string, number>();
  for (const e of equipment) {
    if (e.supplierId === null) continue;
    const available = remaining.get(e.supplierId) ?? 0;
    const taken = Math.min(available, e.result.exergyFuelKW);
    remaining.set(e.supplierId, available - taken);
    internalByConsumer.set(e.id, taken);
    usedBySupplier.set(e.supplierId, (usedBySupplier.get(e.supplierId) ?? 0) + taken);
  }
  return { internalByConsumer, usedBySupplier };
}

export function factoryTotals(
  equipment: FactoryEquipmentInput[],
  allocation: SupplyAllocation,
  carbon: PlantCarbon,
): FactoryTotals {
  const sum = (f: (e: FactoryEquipmentInput) => number) => equipment.reduce((s, e) => s + f(e), 0);
  const internal = sum((e) => allocation.internalByConsumer.get(e.id) ?? 0);
  const fuel = sum((e) => e.result.exergyFuelKW) - internal;
  const product = sum((e) => e.result.exergyProductKW) - internal;
  const loss = sum((e) => e.result.exergyLossKW);
  const destroyed = sum((e) => e.result.exergyDestroyedKW);
  return {
    exergyFuelKW: fuel,
    exergyProductKW: product,
    exergyLossKW: loss,
    exergyDestroyedKW: destroyed,
    internalExergyKW: internal,
    exergeticEfficiencyPct: fuel > 0 ? (100 * product) / fuel : null,
    equipmentCount: equipment.length,
    exergyDestroyedAvoidableKW: sum((e) => e.result.exergyDestroyedAvoidableKW),
    exergyDestroyedUnavoidableKW: sum((e) => e.result.exergyDestroyedUnavoidableKW),
    annualLossKWh: sum((e) => e.result.annualLossKWh),
    annualLossEur: sum((e) => e.result.annualLossEur),
    balanceResidualKW: fuel - product - loss - destroyed,
    carbon,
  };
}

/**
 * CO₂ over the plant: each unit's own emissions count only for the share of
 * its fuel bought at the boundary; the share a supply link covers carries the
 * supplier's CO₂ per kWh of product exergy (exergy-based allocation, as in
 * exergoeconomic cost allocation: Tsatsaronis 1993; Lazzaretto & Tsatsaronis
 * 2006 SPECO — every kWh of exergy of one product carries the same CO₂, so a
 * CHP's power and heat share it by exergy, not by energy). The units then add
 * up to the plant's boundary emissions with nothing counted twice.
 */
import { carbonAccount, withCo2Avoided } from '../equipment/common/carbon';
import type { CarbonSettings, EquipmentCarbon, EquipmentResult } from '../equipment/types';
import type { SupplyAllocation } from './totals';
import type { FactoryEquipmentInput, PlantCarbon } from './types';

/** Each unit's result with its CO₂ allocated over the supply links (links already checked by allocateSupply). */
export function allocateCarbon(
  equipment: FactoryEquipmentInput[],
  supply: SupplyAllocation,
  settings: CarbonSettings,
): FactoryEquipmentInput[] {
  const byId = new Map(equipment.map((e) => [e.id, e]));
  const received = new Map<string, number | null>();
  const passedOn = new Map<string, number | null>();
  const carried = new Map<string, number | null>();

  // Suppliers before their consumers: follow each chain up, memoising what every unit carries.
  const carriedBy = (unit: FactoryEquipmentInput): number | null => {
    if (carried.has(unit.id)) return carried.get(unit.id) ?? null;
    const own = ownCarbon(unit, supply);
    let fromSupplier: number | null = 0;
    const taken = supply.internalByConsumer.get(unit.id) ?? 0;
    if (unit.supplierId !== null && taken > 0) {
      const supplier = byId.get(unit.supplierId)!;
      const supplierCarried = carriedBy(supplier);
      const supplierProductKWh = supplier.result.exergyProductKW * supplier.result.operatingHoursPerYear;
      // A consumer cannot draw on its supplier for longer than the supplier runs.
      const hours = Math.min(unit.result.operatingHoursPerYear, supplier.result.operatingHoursPerYear);
      fromSupplier =
        supplierCarried === null
          ? null
          : supplierProductKWh > 0
            ? (supplierCarried * taken * hours) / supplierProductKWh
            : 0;
      passedOn.set(supplier.id, add(passedOn.get(supplier.id) ?? 0, fromSupplier));
    }
    const supplied = own.unknownShare ? null : fromSupplier;
    received.set(unit.id, supplied);
    const total = supplied === null ? null : own.direct + own.indirect + supplied;
    carried.set(unit.id, total);
    return total;
  };
  for (const unit of equipment) carriedBy(unit);

  return equipment.map((unit): FactoryEquipmentInput => {
    const own = ownCarbon(unit, supply);
    const standalone = unit.result.carbon!;
    const carbon = carbonAccount(
      {
        source: standalone.source,
        fuel: standalone.fuel,
        boundaryShare: own.share,
        direct: own.direct,
        indirect: own.indirect,
        biogenic: own.biogenic,
        supplied: received.get(unit.id) ?? null,
        passedOn: passedOn.has(unit.id) ? (passedOn.get(unit.id) ?? null) : 0,
        exergyProductKW: unit.result.exergyProductKW,
        hours: unit.result.operatingHoursPerYear,
        products: standalone.products,
      },
      settings,
    );
    const result: EquipmentResult = {
      ...unit.result,
      carbon,
      recommendations: withCo2Avoided(unit.result.recommendations, carbon, unit.result.exergyFuelKW),
    };
    return { ...unit, result };
  });
}

function add(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** A unit's own CO₂ scaled to the share of its fuel bought at the boundary. */
function ownCarbon(unit: FactoryEquipmentInput, supply: SupplyAllocation) {
  const standalone = unit.result.carbon;
  if (!standalone) throw new Error(`${unit.name}: a result without a CO₂ account cannot be allocated`);
  const fuel = unit.result.exergyFuelKW;
  const taken = supply.internalByConsumer.get(unit.id) ?? 0;
  const share = fuel > 0 ? Math.max(0, Math.min(1, (fuel - taken) / fuel)) : 1;
  return {
    share,
    direct: standalone.co2DirectTonnesPerYear * share,
    indirect: standalone.co2IndirectTonnesPerYear * share,
    biogenic: standalone.co2BiogenicTonnesPerYear * share,
    // A supplied stream (heat, steam) not covered by a link comes from outside the model: its CO₂ is unknown.
    unknownShare: standalone.source === 'supplied' && share > 1e-9,
  };
}

/** The plant's CO₂ at its boundary: the sum of the units' own (boundary) emissions. */
export function plantCarbon(equipment: FactoryEquipmentInput[], settings: CarbonSettings): PlantCarbon {
  const sum = (f: (carbon: EquipmentCarbon) => number) => equipment.reduce((s, e) => s + f(e.result.carbon!), 0);
  const emissions = sum((c) => c.co2EmissionsTonnesPerYear);
  return {
    co2DirectTonnesPerYear: sum((c) => c.co2DirectTonnesPerYear),
    co2IndirectTonnesPerYear: sum((c) => c.co2IndirectTonnesPerYear),
    co2BiogenicTonnesPerYear: sum((c) => c.co2BiogenicTonnesPerYear),
    co2EmissionsTonnesPerYear: emissions,
    co2CostEurPerYear: emissions * settings.carbonPriceEurPerTonne,
    unitsWithUnknownSupply: equipment
      .filter((e) => e.result.carbon!.co2SuppliedTonnesPerYear === null)
      .map((e) => e.id),
    gridEmissionFactorKgPerKWh: settings.gridEmissionFactorKgPerKWh,
    carbonPriceEurPerTonne: settings.carbonPriceEurPerTonne,
  };
}

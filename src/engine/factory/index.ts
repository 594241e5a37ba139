/**
 * Factory-level analysis: plant totals at the boundary (no double counting
 * of internal supply), hotspots, heat-integration opportunities and the
 * Grassmann Sankey in three modes.
 *
 *   analyseFactory({ equipment, operatingHoursPerYear, energyPriceEurPerKWh, deadState, carbon }) → FactoryResult
 *     (units' results with CO₂ allocated by exergy over the supply links, totals with the plant's CO₂)
 *   buildFactorySankey(input, mode) → Sankey (EXERGY_FLOW | DESTRUCTION_FOCUS | COST_FLOW)
 *   buildFactorySankeys(input, modes) → one Sankey per mode
 *   analysePlantPinch({ units, deltaTMinK }) → PlantPinch | null (the units' heat streams through the pinch)
 * Throws FactoryInputError for a supply link to an unknown unit, to itself, or in a cycle.
 */
import { findIntegrationOpportunities } from './integration';
import { rankHotspots } from './hotspots';
import { buildSankey } from './sankey';
import { allocateCarbon, plantCarbon } from './carbon';
import { allocateSupply, factoryTotals } from './totals';
import type { FactoryInput, FactoryResult, Sankey, SankeyMode } from './types';

export * from './types';
export { MIN_APPROACH_K } from './integration';
export * from './pinch';

/** Plant-average cost of boundary exergy, EUR/kWh; null when nothing enters the plant. */
function averageFuelCost(input: SankeyInput, internal: Map<string, number>): number | null {
  let cost = 0;
  let exergy = 0;
  for (const e of input.equipment) {
    const boundary = e.result.exergyFuelKW - (internal.get(e.id) ?? 0);
    cost += boundary * e.result.economics.fuelCostEurPerKWh;
    exergy += boundary;
  }
  return exergy > 0 ? cost / exergy : null;
}

export function analyseFactory(input: FactoryInput): FactoryResult {
  const allocation = allocateSupply(input.equipment);
  const equipment = allocateCarbon(input.equipment, allocation, input.carbon);
  return {
    units: equipment.map((e) => e.result),
    totals: factoryTotals(equipment, allocation, plantCarbon(equipment, input.carbon)),
    hotspots: rankHotspots(equipment),
    integrationOpportunities: findIntegrationOpportunities(equipment, input.energyPriceEurPerKWh, input.carbon),
    averageFuelCostEurPerKWh: averageFuelCost(input, allocation.internalByConsumer),
  };
}

/** What the Sankey reads (CO₂ settings do not enter it). */
export type SankeyInput = Omit<FactoryInput, 'carbon'>;

export function buildFactorySankey(input: SankeyInput, mode: SankeyMode): Sankey {
  return buildFactorySankeys(input, [mode])[mode];
}

/** The Sankey in several modes, allocating the supply links and the average cost once. */
export function buildFactorySankeys<M extends SankeyMode>(input: SankeyInput, modes: readonly M[]): Record<M, Sankey> {
  const allocation = allocateSupply(input.equipment);
  const cost = averageFuelCost(input, allocation.internalByConsumer);
  return Object.fromEntries(
    modes.map((mode) => [mode, buildSankey(input.equipment, allocation, mode, cost)]),
  ) as Record<M, Sankey>;
}

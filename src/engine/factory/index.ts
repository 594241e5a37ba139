/**
 * Factory-level analysis: plant totals at the boundary (no double counting
 * of internal supply), hotspots, heat-integration opportunities and the
 * Grassmann Sankey in three modes.
 *
 *   analyseFactory({ equipment, operatingHoursPerYear, energyPriceEurPerKWh, deadState }) → FactoryResult
 *   buildFactorySankey(input, mode) → Sankey (EXERGY_FLOW | DESTRUCTION_FOCUS | COST_FLOW)
 *   buildFactorySankeys(input, modes) → one Sankey per mode
 * Throws FactoryInputError for a supply link to an unknown unit, to itself, or in a cycle.
 */
import { findIntegrationOpportunities } from './integration';
import { rankHotspots } from './hotspots';
import { buildSankey } from './sankey';
import { allocateSupply, factoryTotals } from './totals';
import type { FactoryInput, FactoryResult, Sankey, SankeyMode } from './types';

export * from './types';
export { MIN_APPROACH_K } from './integration';

/** Plant-average cost of boundary exergy, EUR/kWh; null when nothing enters the plant. */
function averageFuelCost(input: FactoryInput, internal: Map<string, number>): number | null {
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
  return {
    totals: factoryTotals(input.equipment, allocation),
    hotspots: rankHotspots(input.equipment),
    integrationOpportunities: findIntegrationOpportunities(input.equipment, input.energyPriceEurPerKWh),
    averageFuelCostEurPerKWh: averageFuelCost(input, allocation.internalByConsumer),
  };
}

export function buildFactorySankey(input: FactoryInput, mode: SankeyMode): Sankey {
  return buildFactorySankeys(input, [mode])[mode];
}

/** The Sankey in several modes, allocating the supply links and the average cost once. */
export function buildFactorySankeys<M extends SankeyMode>(input: FactoryInput, modes: readonly M[]): Record<M, Sankey> {
  const allocation = allocateSupply(input.equipment);
  const cost = averageFuelCost(input, allocation.internalByConsumer);
  return Object.fromEntries(
    modes.map((mode) => [mode, buildSankey(input.equipment, allocation, mode, cost)]),
  ) as Record<M, Sankey>;
}

/**
 * The combustion step of a fired boiler, apart from its heat transfer: the fuel burns adiabatically with its air
 * (both entering at T0) into products at the adiabatic flame temperature, destroying
 *   E_D,comb = E_fuel − ṁ_products · ex(T_ad),
 * and the rest of the boiler's destruction is heat transfer from those products to the water (Bejan, Tsatsaronis
 * & Moran 1996; Kotas 1985). Complete combustion, no dissociation: methane with its stoichiometric air and own
 * LHV gives about 2,330 K, the textbook 2,328 K (Princeton, "Adiabatic Flame Temperature").
 */
import {
  gasFlowExergyKJPerKg,
  gasHeatKJPerKg,
  IDEAL_GAS_T_MAX_K,
  mixtureCpKJPerKgK,
  type DeadState,
  type GasMixture,
} from '../../thermo';

export interface CombustionStep {
  /** K */
  adiabaticFlameTemperatureK: number;
  /** kW */
  combustionDestructionKW: number;
}

/**
 * `fuelMassKgPerS` of fuel giving `lhvKJPerKg` into `productsKgPerKgFuel` of `products`; null when the products
 * would be hotter than the gas properties reach (3,500 K: a heating value no real fuel has).
 */
export function combustionStep(
  products: GasMixture,
  productsKgPerKgFuel: number,
  lhvKJPerKg: number,
  fuelMassKgPerS: number,
  fuelExergyKW: number,
  dead: DeadState,
): CombustionStep | null {
  const t0 = dead.temperatureK;
  const heatTo = (k: number) => productsKgPerKgFuel * gasHeatKJPerKg(products, t0, k);
  if (!(lhvKJPerKg > 0) || !(productsKgPerKgFuel > 0) || heatTo(IDEAL_GAS_T_MAX_K) < lhvKJPerKg) return null;
  // Newton on h(T) = LHV with dh/dT = cp, kept inside the bracket [T0, T_max]: 4–6 steps to a millikelvin
  let low = t0;
  let high = IDEAL_GAS_T_MAX_K;
  let flame = Math.min(high, t0 + lhvKJPerKg / (1.3 * productsKgPerKgFuel));
  for (let step = 0; step < 50; step++) {
    const excess = heatTo(flame) - lhvKJPerKg;
    if (excess > 0) high = flame;
    else low = flame;
    const next = flame - excess / (productsKgPerKgFuel * mixtureCpKJPerKgK(products, flame));
    const bounded = next > low && next < high ? next : (low + high) / 2;
    if (Math.abs(bounded - flame) < 1e-6) break;
    flame = bounded;
  }
  const productsExergy = fuelMassKgPerS * productsKgPerKgFuel * gasFlowExergyKJPerKg(products, flame, dead);
  return { adiabaticFlameTemperatureK: flame, combustionDestructionKW: Math.max(0, fuelExergyKW - productsExergy) };
}

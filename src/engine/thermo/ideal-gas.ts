/**
 * Ideal-gas properties of N₂, O₂, Ar, CO₂ and H₂O from temperature-dependent
 * polynomials, their mixtures (dry air, combustion products of the catalog
 * fuels) and the physical flow exergy of a gas stream.
 *
 * Species data: NASA 7-coefficient polynomials of the GRI-Mech 3.0 thermodynamic
 * data file thermo30.dat (Smith, Golden, Frenklach et al., GRI-Mech 3.0, 1999,
 * http://combustion.berkeley.edu/gri-mech/), two ranges split at 1000 K:
 *   cp°/R = a1 + a2 T + a3 T² + a4 T³ + a5 T⁴
 *   h°/(R T) = a1 + a2 T/2 + a3 T²/3 + a4 T³/4 + a5 T⁴/5 + a6/T     (h° includes the enthalpy of formation)
 *   s°/R = a1 ln T + a2 T + a3 T²/2 + a4 T³/3 + a5 T⁴/4 + a7           (at the standard pressure)
 * The file states O₂, CO₂ and H₂O for 200–3500 K and N₂, Ar for 300–5000 K; we accept 200–3500 K for all (N₂'s
 * low-range polynomial is within 0.05 % of JANAF cp at 200–300 K, Ar's cp is the constant 5R/2). The standard
 * pressure is taken as p° = 100 kPa (JANAF 1 bar); the data predate that choice for some species, which moves s° by at
 * most R ln(1.01325) = 0.11 J/(mol·K), 0.06 % of s° — inside the 0.3 % the tests hold against JANAF and the gas tables.
 * Molar masses: NASA Glenn thermo.inp (McBride, Zehe & Gordon 2002, NASA/TP-2002-211556).
 * R: CODATA 2018, 8.314462618 J/(mol·K).
 */
import { ThermoInputError, ThermoRangeError, requireFinite } from './errors';
import type { DeadState } from './dead-state';
import { getFuel, type FuelKey } from './fuels';

export type GasSpecies = 'N2' | 'O2' | 'Ar' | 'CO2' | 'H2O';
export const GAS_SPECIES: readonly GasSpecies[] = ['N2', 'O2', 'Ar', 'CO2', 'H2O'];

/** Universal gas constant, J/(mol·K) = kJ/(kmol·K) (CODATA 2018). */
export const UNIVERSAL_GAS_CONSTANT = 8.314462618;
/** Standard pressure of s°, kPa. */
export const STANDARD_PRESSURE_KPA = 100;
/** Reference temperature of the sensible enthalpy, K. */
export const REFERENCE_TEMPERATURE_K = 298.15;
export const IDEAL_GAS_T_MIN_K = 200;
export const IDEAL_GAS_T_MAX_K = 3500;

type Coefficients = readonly [number, number, number, number, number, number, number];
interface Nasa7 {
  /** kg/kmol */
  molarMass: number;
  /** 200–1000 K */
  low: Coefficients;
  /** 1000–3500 K */
  high: Coefficients;
}

/** GRI-Mech 3.0 thermo30.dat coefficients a1…a7 (see the header). */
const SPECIES: Record<GasSpecies, Nasa7> = {
  N2: {
    molarMass: 28.0134,
    low: [3.298677, 1.4082404e-3, -3.963222e-6, 5.641515e-9, -2.444854e-12, -1.0208999e3, 3.950372],
    high: [2.92664, 1.4879768e-3, -5.68476e-7, 1.0097038e-10, -6.753351e-15, -9.227977e2, 5.980528],
  },
  O2: {
    molarMass: 31.9988,
    low: [3.78245636, -2.99673416e-3, 9.84730201e-6, -9.68129509e-9, 3.24372837e-12, -1.06394356e3, 3.65767573],
    high: [3.28253784, 1.48308754e-3, -7.57966669e-7, 2.09470555e-10, -2.16717794e-14, -1.08845772e3, 5.45323129],
  },
  Ar: {
    molarMass: 39.948,
    low: [2.5, 0, 0, 0, 0, -7.45375e2, 4.366],
    high: [2.5, 0, 0, 0, 0, -7.45375e2, 4.366],
  },
  CO2: {
    molarMass: 44.0095,
    low: [2.35677352, 8.98459677e-3, -7.12356269e-6, 2.45919022e-9, -1.43699548e-13, -4.83719697e4, 9.90105222],
    high: [3.85746029, 4.41437026e-3, -2.21481404e-6, 5.23490188e-10, -4.72084164e-14, -4.8759166e4, 2.27163806],
  },
  H2O: {
    molarMass: 18.01528,
    low: [4.19864056, -2.0364341e-3, 6.52040211e-6, -5.48797062e-9, 1.77197817e-12, -3.02937267e4, -8.49032208e-1],
    high: [3.03399249, 2.17691804e-3, -1.64072518e-7, -9.7041987e-11, 1.68200992e-14, -3.00042971e4, 4.9667701],
  },
};

function coefficients(species: GasSpecies, temperatureK: number): Coefficients {
  requireFinite('temperature', temperatureK, 'K');
  if (!(temperatureK >= IDEAL_GAS_T_MIN_K && temperatureK <= IDEAL_GAS_T_MAX_K)) {
    throw new ThermoRangeError(
      'temperature',
      temperatureK,
      IDEAL_GAS_T_MIN_K,
      IDEAL_GAS_T_MAX_K,
      'K',
      'ideal-gas polynomials (GRI-Mech 3.0)',
    );
  }
  const data = SPECIES[species];
  if (!data) throw new ThermoInputError(`unknown gas species "${species}"; known: ${GAS_SPECIES.join(', ')}`);
  return temperatureK < 1000 ? data.low : data.high;
}

export function speciesMolarMassKgPerKmol(species: GasSpecies): number {
  return SPECIES[species].molarMass;
}

/** cp°(T), J/(mol·K). */
export function speciesCpJPerMolK(species: GasSpecies, temperatureK: number): number {
  const [a1, a2, a3, a4, a5] = coefficients(species, temperatureK);
  const t = temperatureK;
  return UNIVERSAL_GAS_CONSTANT * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))));
}

/** Absolute enthalpy h°(T) including the enthalpy of formation at 298.15 K, J/mol. */
export function speciesEnthalpyJPerMol(species: GasSpecies, temperatureK: number): number {
  const [a1, a2, a3, a4, a5, a6] = coefficients(species, temperatureK);
  const t = temperatureK;
  return UNIVERSAL_GAS_CONSTANT * (t * (a1 + t * (a2 / 2 + t * (a3 / 3 + t * (a4 / 4 + (t * a5) / 5)))) + a6);
}

/** Sensible enthalpy h°(T) − h°(298.15 K), J/mol. */
export function speciesSensibleEnthalpyJPerMol(species: GasSpecies, temperatureK: number): number {
  return speciesEnthalpyJPerMol(species, temperatureK) - speciesEnthalpyJPerMol(species, REFERENCE_TEMPERATURE_K);
}

/** Standard entropy s°(T) at p° = 100 kPa, J/(mol·K). */
export function speciesEntropyJPerMolK(species: GasSpecies, temperatureK: number): number {
  const [a1, a2, a3, a4, a5, , a7] = coefficients(species, temperatureK);
  const t = temperatureK;
  return UNIVERSAL_GAS_CONSTANT * (a1 * Math.log(t) + t * (a2 + t * (a3 / 2 + t * (a4 / 3 + (t * a5) / 4))) + a7);
}

/** Mole fractions by species; missing species are 0. Normalised on use. */
export type GasMixture = Readonly<Partial<Record<GasSpecies, number>>>;

/**
 * Dry air by mole: N₂ 0.7808, O₂ 0.2095, Ar 0.0093, CO₂ 0.0004 (U.S. Standard Atmosphere 1976, Table 3 — N₂ 0.78084,
 * O₂ 0.209476, Ar 0.00934 — rounded, with CO₂ at the present 400 ppm instead of 1976's 314 ppm). M = 28.966 kg/kmol.
 */
export const DRY_AIR: GasMixture = Object.freeze({ N2: 0.7808, O2: 0.2095, Ar: 0.0093, CO2: 0.0004 });

interface PreparedMixture {
  parts: [GasSpecies, number][];
  molarMass: number;
}
// A mixture's normalised fractions and molar mass, worked out once per mixture object: the property functions are
// called many times on the same few mixtures (air, each fuel's products), and this was a tenth of an analysis.
const prepared = new WeakMap<GasMixture, PreparedMixture>();

function prepare(mixture: GasMixture): PreparedMixture {
  const known = prepared.get(mixture);
  if (known) return known;
  let total = 0;
  for (const species of GAS_SPECIES) {
    const x = mixture[species] ?? 0;
    if (!(x >= 0 && Number.isFinite(x))) throw new ThermoRangeError(`mole fraction of ${species}`, x, 0, 1, '-');
    total += x;
  }
  if (!(total > 0))
    throw new ThermoInputError('a gas mixture needs at least one species with a positive mole fraction');
  const parts = GAS_SPECIES.filter((s) => (mixture[s] ?? 0) > 0).map((s): [GasSpecies, number] => [
    s,
    (mixture[s] ?? 0) / total,
  ]);
  const result = { parts, molarMass: parts.reduce((m, [s, x]) => m + x * SPECIES[s].molarMass, 0) };
  // only a frozen mixture can be remembered: one that may still change must be read afresh each time
  if (Object.isFrozen(mixture)) prepared.set(mixture, result);
  return result;
}

function fractions(mixture: GasMixture): [GasSpecies, number][] {
  return prepare(mixture).parts;
}

/** Molar mass Σ xᵢ Mᵢ, kg/kmol. */
export function mixtureMolarMassKgPerKmol(mixture: GasMixture): number {
  return prepare(mixture).molarMass;
}

/** Specific gas constant R/M, kJ/(kg·K). */
export function mixtureGasConstantKJPerKgK(mixture: GasMixture): number {
  return UNIVERSAL_GAS_CONSTANT / mixtureMolarMassKgPerKmol(mixture);
}

/** cp(T) = Σ xᵢ cp,ᵢ / M, kJ/(kg·K). */
export function mixtureCpKJPerKgK(mixture: GasMixture, temperatureK: number): number {
  const parts = fractions(mixture);
  const molar = parts.reduce((c, [s, x]) => c + x * speciesCpJPerMolK(s, temperatureK), 0);
  return molar / mixtureMolarMassKgPerKmol(mixture);
}

/** Sensible enthalpy h(T) − h(298.15 K) = Σ xᵢ Δhᵢ / M, kJ/kg (ideal gas: no heat of mixing). */
export function mixtureSensibleEnthalpyKJPerKg(mixture: GasMixture, temperatureK: number): number {
  const parts = fractions(mixture);
  const molar = parts.reduce((h, [s, x]) => h + x * speciesSensibleEnthalpyJPerMol(s, temperatureK), 0);
  return molar / mixtureMolarMassKgPerKmol(mixture);
}

/**
 * Entropy of the mixture at (T, p), kJ/(kg·K): Σ xᵢ [s°ᵢ(T) − R ln xᵢ] − R ln(p/p°), over M. The mixing term
 * −R Σ xᵢ ln xᵢ and the pressure term cancel in exergy differences at fixed composition and pressure.
 */
export function mixtureEntropyKJPerKgK(
  mixture: GasMixture,
  temperatureK: number,
  pressureKPa: number = STANDARD_PRESSURE_KPA,
): number {
  requireFinite('pressure', pressureKPa, 'kPa');
  if (!(pressureKPa > 0)) throw new ThermoRangeError('pressure', pressureKPa, 0, Number.MAX_VALUE, 'kPa');
  const parts = fractions(mixture);
  const r = UNIVERSAL_GAS_CONSTANT;
  const molar =
    parts.reduce((s, [sp, x]) => s + x * (speciesEntropyJPerMolK(sp, temperatureK) - r * Math.log(x)), 0) -
    r * Math.log(pressureKPa / STANDARD_PRESSURE_KPA);
  return molar / mixtureMolarMassKgPerKmol(mixture);
}

/** Heat to take 1 kg of the mixture from T1 to T2 at constant pressure, h(T2) − h(T1), kJ/kg. */
export function gasHeatKJPerKg(mixture: GasMixture, fromK: number, toK: number): number {
  return mixtureSensibleEnthalpyKJPerKg(mixture, toK) - mixtureSensibleEnthalpyKJPerKg(mixture, fromK);
}

/** Mean cp between T1 and T2, [h(T2) − h(T1)]/(T2 − T1), kJ/(kg·K); cp(T1) when equal. */
export function mixtureMeanCpKJPerKgK(mixture: GasMixture, t1K: number, t2K: number): number {
  if (Math.abs(t2K - t1K) < 1e-6) return mixtureCpKJPerKgK(mixture, 0.5 * (t1K + t2K));
  return gasHeatKJPerKg(mixture, t1K, t2K) / (t2K - t1K);
}

/**
 * Physical flow exergy of a gas stream at (T, p) of fixed composition relative to (T0, p0):
 * ex = [h(T) − h(T0)] − T0 [s(T, p) − s(T0, p0)], kJ/kg. With p = p0 (the default) this is the thermal part only;
 * it is ≥ 0 on both sides of T0 (gas colder than the ambient carries cold exergy).
 */
export function gasFlowExergyKJPerKg(
  mixture: GasMixture,
  temperatureK: number,
  dead: DeadState,
  pressureKPa: number = dead.pressureKPa,
): number {
  const t0 = dead.temperatureK;
  const dh = gasHeatKJPerKg(mixture, t0, temperatureK);
  const ds =
    mixtureEntropyKJPerKgK(mixture, temperatureK, pressureKPa) - mixtureEntropyKJPerKgK(mixture, t0, dead.pressureKPa);
  return dh - t0 * ds;
}

/** Exergy change of a stream going from T1 to T2 at the same pressure, ex(T2) − ex(T1), kJ/kg. */
export function gasExergyChangeKJPerKg(mixture: GasMixture, fromK: number, toK: number, dead: DeadState): number {
  const dh = gasHeatKJPerKg(mixture, fromK, toK);
  const ds = mixtureEntropyKJPerKgK(mixture, toK) - mixtureEntropyKJPerKgK(mixture, fromK);
  return dh - dead.temperatureK * ds;
}

/** Mass fractions of an as-fired fuel (ultimate analysis plus moisture; ash is the rest). */
export interface FuelComposition {
  carbon: number;
  hydrogen: number;
  oxygen: number;
  nitrogen: number;
  sulfur: number;
  moisture: number;
  source: string;
}

/**
 * Typical as-fired ultimate analyses, mass fractions. They fix the product composition (the mole fractions, hence
 * cp, h and s per kg of flue gas) and the stoichiometric air/fuel ratio, hence the boiler's flue-gas mass flow
 * (the original's table had 11.5 and 6.5 kg/kg for coal and wood, the ratios of drier, richer grades: these
 * analyses, at their LHV of 25 and 17 MJ/kg, need 8.75 and 5.06). Sulfur burns to SO₂, which is counted with CO₂ (one mole of CO₂ per mole of SO₂:
 * cp of SO₂ is 39.9 against 37.1 J/(mol·K) for CO₂ at 300 K, and at 1 % S it is under 0.1 % of the product moles).
 */
export const FUEL_COMPOSITIONS: Record<Exclude<FuelKey, 'electricity'>, FuelComposition> = {
  // Methane: pipeline gas is 85–97 % methane by volume (ISO 6976 / EN 16726 H-gas); ethane and inerts change the
  // product cp by less than 0.5 %. Pure CH₄ needs 17.24 kg of air per kg.
  natural_gas: {
    carbon: 0.7487,
    hydrogen: 0.2513,
    oxygen: 0,
    nitrogen: 0,
    sulfur: 0,
    moisture: 0,
    source: 'methane CH4 (12.011/16.043 C, 4.032/16.043 H)',
  },
  // Residual (No. 6) fuel oil: C 86, H 11, S 2, O 0.5, N 0.5 %, a representative analysis within the ranges of
  // Babcock & Wilcox, Steam: Its Generation and Use, 41st ed. (2005), ch. 9 (No. 6 oil: C 86.5–90.2, H 9.5–12, S 0.7–3.5 %).
  fuel_oil: {
    carbon: 0.86,
    hydrogen: 0.11,
    oxygen: 0.005,
    nitrogen: 0.005,
    sulfur: 0.02,
    moisture: 0,
    source: 'typical No. 6 residual oil (B&W Steam 41st ed. ch. 9 ranges)',
  },
  // High-volatile bituminous coal as received: C 65, H 4.5, O 7.5, N 1.3, S 1.2, moisture 8, ash 12.5 % — a
  // representative analysis in the ranges of B&W Steam 41st ed. ch. 8 (LHV ≈ 25 MJ/kg, the catalog's value).
  coal: {
    carbon: 0.65,
    hydrogen: 0.045,
    oxygen: 0.075,
    nitrogen: 0.013,
    sulfur: 0.012,
    moisture: 0.08,
    source: 'typical bituminous coal, as received (B&W Steam 41st ed. ch. 8 ranges)',
  },
  // Wood at 15 % moisture (LHV ≈ 17 MJ/kg, the catalog's value): dry wood C 50, H 6, O 43.2, N 0.3, ash 0.5 %
  // (typical of the Phyllis2 database of ECN/TNO for wood), times 0.85.
  biomass: {
    carbon: 0.425,
    hydrogen: 0.051,
    oxygen: 0.3672,
    nitrogen: 0.00255,
    sulfur: 0,
    moisture: 0.15,
    source: 'wood at 15 % moisture, typical dry analysis C50 H6 O43.2 N0.3 (Phyllis2)',
  },
  // Commercial LPG, propane/butane: C 82, H 18 % (propane 81.7/18.3, butane 82.7/17.3).
  lpg: {
    carbon: 0.82,
    hydrogen: 0.18,
    oxygen: 0,
    nitrogen: 0,
    sulfur: 0,
    moisture: 0,
    source: 'propane/butane mix (C3H8 81.7 % C, C4H10 82.7 % C)',
  },
  // Diesel (EN 590, ≤ 10 ppm S): C 86.5, H 13.5 %, the usual ultimate analysis of gas oil (≈ C12H23).
  diesel: {
    carbon: 0.865,
    hydrogen: 0.135,
    oxygen: 0,
    nitrogen: 0,
    sulfur: 0,
    moisture: 0,
    source: 'diesel / gas oil C 86.5 %, H 13.5 %',
  },
};

const ATOMIC = { C: 12.011, H: 1.00794, O: 15.9994, N: 14.0067, S: 32.065 };

export interface CombustionProducts {
  /** Mole fractions of the products (wet). */
  mixture: GasMixture;
  /** kmol of products per kg of fuel. */
  productKmolPerKgFuel: number;
  /** kg of products per kg of fuel, from the product moles (1 + air − ash, less the S→SO₂ mass counted as CO₂). */
  productKgPerKgFuel: number;
  /** Stoichiometric air/fuel mass ratio from the composition, kg dry air/kg fuel. */
  stoichiometricAirFuelRatio: number;
}

/** Complete combustion of 1 kg of fuel with dry air (DRY_AIR) at the given excess air, %. */
export function combustionProductsOf(composition: FuelComposition, excessAirPct: number): CombustionProducts {
  requireFinite('excess air', excessAirPct, '%');
  if (!(excessAirPct >= 0)) throw new ThermoRangeError('excess air', excessAirPct, 0, Number.MAX_VALUE, '%');
  const { carbon, hydrogen, oxygen, nitrogen, sulfur, moisture } = composition;
  const molC = carbon / ATOMIC.C;
  const molH2O = hydrogen / (2 * ATOMIC.H) + moisture / SPECIES.H2O.molarMass;
  const molS = sulfur / ATOMIC.S;
  const o2Stoich = molC + hydrogen / (4 * ATOMIC.H) + molS - oxygen / (2 * ATOMIC.O);
  const air = DRY_AIR as Required<Pick<GasMixture, 'N2' | 'O2' | 'Ar' | 'CO2'>>;
  const airKmol = ((1 + excessAirPct / 100) * o2Stoich) / air.O2;
  const products: Record<GasSpecies, number> = {
    CO2: molC + molS + airKmol * air.CO2, // SO₂ counted as CO₂ (see FUEL_COMPOSITIONS)
    H2O: molH2O,
    N2: airKmol * air.N2 + nitrogen / (2 * ATOMIC.N),
    O2: (excessAirPct / 100) * o2Stoich,
    Ar: airKmol * air.Ar,
  };
  const total = GAS_SPECIES.reduce((n, s) => n + products[s], 0);
  const mixture = Object.freeze(Object.fromEntries(GAS_SPECIES.map((s) => [s, products[s] / total])) as GasMixture);
  const airMolarMass = mixtureMolarMassKgPerKmol(DRY_AIR);
  return {
    mixture,
    productKmolPerKgFuel: total,
    productKgPerKgFuel: total * mixtureMolarMassKgPerKmol(mixture),
    stoichiometricAirFuelRatio: (o2Stoich / air.O2) * airMolarMass,
  };
}

// Products by fuel and excess air, kept (frozen) for the last few hundred pairs: a plant asks for the same few.
const productsCache = new Map<string, CombustionProducts>();
const PRODUCTS_CACHE_SIZE = 512;

/** Combustion products of a catalog fuel (FUEL_COMPOSITIONS) at the given excess air, %. */
export function fuelCombustionProducts(fuelKey: string, excessAirPct: number): CombustionProducts {
  const fuel = getFuel(fuelKey);
  if (fuel.key === 'electricity')
    throw new ThermoInputError('electricity is not burned; it has no combustion products');
  const key = `${fuel.key}:${excessAirPct}`;
  let products = productsCache.get(key);
  if (!products) {
    products = Object.freeze(combustionProductsOf(FUEL_COMPOSITIONS[fuel.key], excessAirPct));
    if (productsCache.size >= PRODUCTS_CACHE_SIZE) productsCache.delete(productsCache.keys().next().value!);
    productsCache.set(key, products);
  }
  return products;
}

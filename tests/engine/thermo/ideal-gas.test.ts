/**
 * Ideal-gas properties (GRI-Mech 3.0 NASA polynomials) against published tables.
 *
 * JANAF: Chase, NIST-JANAF Thermochemical Tables, 4th ed. (1998), J. Phys. Chem. Ref. Data Monograph 9; columns
 * Cp°, S° (J/(mol·K), 1 bar) and H° − H°(298.15) (kJ/mol). Air: Çengel & Boles, Thermodynamics: An Engineering
 * Approach, Table A-17 (ideal-gas properties of air, from Keenan, Chao & Kaye, Gas Tables, 1983), h and s° in kJ/kg
 * and kJ/(kg·K). Table A-17 has its own zero of h and s°, so our values are put on its scale at 300 K
 * (h = 300.19 kJ/kg, s° = 1.70203 kJ/(kg·K)) and compared at the other temperatures.
 */
import {
  DEFAULT_DEAD_STATE,
  DRY_AIR,
  GAS_SPECIES,
  ThermoInputError,
  ThermoRangeError,
  combustionProductsOf,
  fuelCombustionProducts,
  gasExergyChangeKJPerKg,
  gasFlowExergyKJPerKg,
  gasHeatKJPerKg,
  mixtureCpKJPerKgK,
  mixtureEntropyKJPerKgK,
  mixtureGasConstantKJPerKgK,
  mixtureMeanCpKJPerKgK,
  mixtureMolarMassKgPerKmol,
  mixtureSensibleEnthalpyKJPerKg,
  speciesCpJPerMolK,
  speciesEnthalpyJPerMol,
  speciesEntropyJPerMolK,
  speciesSensibleEnthalpyJPerMol,
  type GasMixture,
  type GasSpecies,
} from '../../../src/engine/thermo';

const relative = (value: number, reference: number) => Math.abs(value / reference - 1);

describe('air against Çengel & Boles Table A-17', () => {
  const h300 = mixtureSensibleEnthalpyKJPerKg(DRY_AIR, 300);
  const s300 = mixtureEntropyKJPerKgK(DRY_AIR, 300);
  // [T K, h kJ/kg, s° kJ/(kg·K)] as printed in Table A-17
  it.each([
    [250, 250.05, 1.51917],
    [298, 298.18, 1.69528],
    [400, 400.98, 1.99194],
    [500, 503.02, 2.21952],
    [600, 607.02, 2.40902],
    [800, 821.95, 2.71787],
    [1000, 1046.04, 2.9677],
    [1200, 1277.79, 3.17888],
    [1500, 1635.97, 3.44516],
  ])('T = %d K: h = %f kJ/kg, s° = %f kJ/(kg·K) within 0.3 %', (t, h, s) => {
    const h_ = mixtureSensibleEnthalpyKJPerKg(DRY_AIR, t) - h300 + 300.19;
    const s_ = mixtureEntropyKJPerKgK(DRY_AIR, t) - s300 + 1.70203;
    expect(relative(h_, h)).toBeLessThan(0.003);
    expect(relative(s_, s)).toBeLessThan(0.003);
    // the changes from 300 K, the quantities an analysis uses, hold to 0.3 % too (at 250 K: 50.33 vs 50.14 kJ/kg)
    if (t !== 298) expect(relative(h_ - 300.19, h - 300.19)).toBeLessThan(0.003);
  });

  it('molar mass 28.966 kg/kmol and R = 0.28704 kJ/(kg·K); cp 1.0035 at 300 K, 1.1429 at 1000 K', () => {
    // M = 0.7808·28.0134 + 0.2095·31.9988 + 0.0093·39.948 + 0.0004·44.0095 = 21.87286 + 6.70375 + 0.37152 + 0.01760
    expect(mixtureMolarMassKgPerKmol(DRY_AIR)).toBeCloseTo(28.96573, 4);
    expect(mixtureGasConstantKJPerKgK(DRY_AIR)).toBeCloseTo(0.28704, 5);
    // Table A-2(b): cp of air 1.005 at 300 K, 1.142 at 1000 K
    expect(relative(mixtureCpKJPerKgK(DRY_AIR, 300), 1.005)).toBeLessThan(0.003);
    expect(relative(mixtureCpKJPerKgK(DRY_AIR, 1000), 1.142)).toBeLessThan(0.003);
  });
});

/** JANAF rows [T, Cp°, S°, H° − H°298] per species. Ar: Cp = 5R/2 = 20.786, S°(298.15) = 154.846. */
const JANAF: Record<Exclude<GasSpecies, 'Ar'>, [number, number, number, number][]> = {
  N2: [
    [298.15, 29.124, 191.609, 0],
    [300, 29.125, 191.789, 0.054],
    [500, 29.58, 206.739, 5.912],
    [1000, 32.697, 228.17, 21.463],
    [1500, 34.936, 241.88, 38.405],
  ],
  O2: [
    [298.15, 29.376, 205.147, 0],
    [500, 31.091, 220.693, 6.084],
    [1000, 34.87, 243.578, 22.703],
    [1500, 36.966, 258.068, 40.6],
  ],
  CO2: [
    [298.15, 37.129, 213.795, 0],
    [300, 37.221, 214.025, 0.069],
    [500, 44.627, 234.901, 8.305],
    [1000, 54.308, 269.299, 33.397],
    [1500, 58.379, 292.199, 61.705],
  ],
  H2O: [
    [298.15, 33.59, 188.834, 0],
    [300, 33.596, 189.042, 0.062],
    [500, 35.226, 206.534, 6.922],
    [1000, 41.268, 232.738, 26.0],
    [1500, 47.073, 250.62, 48.151],
  ],
};
const janaf = (species: GasSpecies, t: number): { cp: number; s: number; dh: number } => {
  if (species === 'Ar') {
    const cp = 2.5 * 8.314462618;
    return { cp, s: 154.846 + cp * Math.log(t / 298.15), dh: (cp * (t - 298.15)) / 1000 };
  }
  const row = JANAF[species].find((r) => r[0] === t);
  if (!row) throw new Error(`no JANAF row for ${species} at ${t} K`);
  return { cp: row[1], s: row[2], dh: row[3] };
};

describe('species against JANAF', () => {
  it.each([
    ['N2', 300],
    ['N2', 1000],
    ['CO2', 300],
    ['CO2', 1000],
    ['H2O', 300],
    ['H2O', 1000],
  ] as [GasSpecies, number][])('cp° of %s at %d K within 0.3 %', (species, t) => {
    expect(relative(speciesCpJPerMolK(species, t), janaf(species, t).cp)).toBeLessThan(0.003);
  });

  it.each(
    (['N2', 'O2', 'CO2', 'H2O'] as const).flatMap((sp) =>
      [500, 1000, 1500].map((t) => [sp, t] as [GasSpecies, number]),
    ),
  )('H° − H°298 and S° of %s at %d K within 0.3 %', (species, t) => {
    const ref = janaf(species, t);
    expect(relative(speciesSensibleEnthalpyJPerMol(species, t) / 1000, ref.dh)).toBeLessThan(0.003);
    expect(relative(speciesEntropyJPerMolK(species, t), ref.s)).toBeLessThan(0.003);
  });

  it('the two ranges meet at 1000 K: cp, h and s continuous within 0.05 %', () => {
    for (const species of GAS_SPECIES) {
      const below = 1000 - 1e-9;
      expect(relative(speciesCpJPerMolK(species, below), speciesCpJPerMolK(species, 1000))).toBeLessThan(5e-4);
      expect(relative(speciesEntropyJPerMolK(species, below), speciesEntropyJPerMolK(species, 1000))).toBeLessThan(
        5e-4,
      );
      expect(Math.abs(speciesEnthalpyJPerMol(species, below) - speciesEnthalpyJPerMol(species, 1000))).toBeLessThan(20);
    }
  });

  it('h° includes the enthalpy of formation: H2O −241.8, CO2 −393.5 kJ/mol at 298.15 K (JANAF)', () => {
    expect(speciesEnthalpyJPerMol('H2O', 298.15) / 1000).toBeCloseTo(-241.83, 0);
    expect(speciesEnthalpyJPerMol('CO2', 298.15) / 1000).toBeCloseTo(-393.52, 0);
    expect(speciesEnthalpyJPerMol('N2', 298.15)).toBeCloseTo(0, -1);
  });

  it('outside 200–3500 K is a range error, not an extrapolation', () => {
    expect(() => speciesCpJPerMolK('N2', 150)).toThrow(ThermoRangeError);
    expect(() => mixtureCpKJPerKgK(DRY_AIR, 4000)).toThrow(ThermoRangeError);
    expect(() => mixtureCpKJPerKgK({}, 300)).toThrow(ThermoInputError);
  });
});

describe('natural-gas flue gas at 15 % excess air', () => {
  // CH4 + 1.15·2 O2 (with air): air = 2.3/0.2095 = 10.97852 mol per mol CH4. Products per mol CH4:
  // CO2 1 + 0.0004·10.97852 = 1.00439, H2O 2, O2 0.3, N2 0.7808·10.97852 = 8.57203, Ar 0.0093·10.97852 = 0.10210;
  // total 11.97852 → x = CO2 0.083849, H2O 0.166966, O2 0.025045, N2 0.715617, Ar 0.008524.
  const x: GasMixture = { CO2: 0.083849, H2O: 0.166966, O2: 0.025045, N2: 0.715617, Ar: 0.008524 };
  const products = fuelCombustionProducts('natural_gas', 15);

  it('the composition follows from methane and dry air', () => {
    for (const species of GAS_SPECIES) expect(products.mixture[species] ?? 0).toBeCloseTo(x[species] ?? 0, 4);
    // M = 0.083849·44.0095 + 0.166966·18.01528 + 0.025045·31.9988 + 0.715617·28.0134 + 0.008524·39.948 = 27.887
    expect(mixtureMolarMassKgPerKmol(products.mixture)).toBeCloseTo(27.887, 2);
  });

  // JANAF species combined by hand, Σ xᵢ (H° − H°298)ᵢ, kJ/mol:
  //  500 K: 0.715617·5.912 + 0.025045·6.084 + 0.008524·4.196 + 0.083849·8.305 + 0.166966·6.922 = 6.2710 → 224.87 kJ/kg
  // 1000 K: 0.715617·21.463 + 0.025045·22.703 + 0.008524·14.589 + 0.083849·33.397 + 0.166966·26.000 = 23.194 → 831.7 kJ/kg
  // 1500 K: 0.715617·38.405 + 0.025045·40.600 + 0.008524·24.982 + 0.083849·61.705 + 0.166966·48.151 = 41.927 → 1503.4 kJ/kg
  // and Σ xᵢ S°ᵢ(T) (the mixing term is the same on both sides and left out).
  it.each([500, 1000, 1500])('h − h298 and Σ x s° at %d K within 0.3 % of the JANAF species combined', (t) => {
    const m = mixtureMolarMassKgPerKmol(x);
    const dhRef = GAS_SPECIES.reduce((sum, sp) => sum + (x[sp] ?? 0) * janaf(sp, t).dh, 0);
    const sRef = GAS_SPECIES.reduce((sum, sp) => sum + (x[sp] ?? 0) * janaf(sp, t).s, 0);
    const sRef298 = GAS_SPECIES.reduce((sum, sp) => sum + (x[sp] ?? 0) * janaf(sp, 298.15).s, 0);
    expect(relative(mixtureSensibleEnthalpyKJPerKg(x, t), (1000 * dhRef) / m)).toBeLessThan(0.003);
    const sOurs = GAS_SPECIES.reduce((sum, sp) => sum + (x[sp] ?? 0) * speciesEntropyJPerMolK(sp, t), 0);
    expect(relative(sOurs, sRef)).toBeLessThan(0.003);
    // the entropy change from 298.15 K, which the exergy uses, to 0.3 % as well
    const sOurs298 = GAS_SPECIES.reduce((sum, sp) => sum + (x[sp] ?? 0) * speciesEntropyJPerMolK(sp, 298.15), 0);
    expect(relative(sOurs - sOurs298, sRef - sRef298)).toBeLessThan(0.003);
  });
  it('the 1000 K value by hand: 23.194 kJ/mol / 27.887 kg/kmol = 831.7 kJ/kg', () => {
    expect(mixtureSensibleEnthalpyKJPerKg(x, 1000)).toBeCloseTo(831.7, 0);
  });
});

describe('the defect: constant cp against the polynomials', () => {
  const dead = DEFAULT_DEAD_STATE; // 25 °C, 101.325 kPa
  const constantCpExergy = (cp: number, t: number) =>
    cp * (t - dead.temperatureK - dead.temperatureK * Math.log(t / dead.temperatureK));

  it('air at 300 °C: cp = 1.005 puts the exergy 2.1 % and the heat 1.6 % low', () => {
    const t = 573.15;
    // constant cp: 1.005·(275 − 298.15·ln(573.15/298.15)) = 1.005·80.1446 = 80.545 kJ/kg; polynomials 82.314
    expect(constantCpExergy(1.005, t)).toBeCloseTo(80.545, 2);
    const exact = gasFlowExergyKJPerKg(DRY_AIR, t, dead);
    expect(exact).toBeCloseTo(82.31, 1);
    expect(100 * (constantCpExergy(1.005, t) / exact - 1)).toBeCloseTo(-2.15, 1);
    // heat from 25 °C: 1.005·275 = 276.38 against h(573.15) − h(298.15) = 280.97 kJ/kg (mean cp 1.0217)
    expect(gasHeatKJPerKg(DRY_AIR, 298.15, t)).toBeCloseTo(280.97, 1);
    expect(mixtureMeanCpKJPerKgK(DRY_AIR, 298.15, t)).toBeCloseTo(1.0217, 3);
  });

  it('natural-gas flue gas (15 % excess air) at 800 °C: cp = 1.1 puts the exergy 9.7 % low', () => {
    const flue = fuelCombustionProducts('natural_gas', 15).mixture;
    const t = 1073.15;
    // constant cp: 1.1·(775 − 298.15·ln(1073.15/298.15)) = 1.1·393.143 = 432.46 kJ/kg; polynomials 478.93
    expect(constantCpExergy(1.1, t)).toBeCloseTo(432.46, 1);
    const exact = gasFlowExergyKJPerKg(flue, t, dead);
    expect(exact).toBeCloseTo(478.9, 0);
    expect(100 * (constantCpExergy(1.1, t) / exact - 1)).toBeCloseTo(-9.7, 1);
    // the exergy a waste-heat boiler takes from this gas cooling 800 → 180 °C: 445.3 against 399.3 kJ/kg at cp 1.1
    expect(gasExergyChangeKJPerKg(flue, 453.15, t, dead)).toBeCloseTo(445.3, 0);
  });
});

describe('exergy of a gas stream', () => {
  it('is 0 at the dead state, positive on either side of it, and adds R T0 ln(p/p0) for pressure', () => {
    const dead = DEFAULT_DEAD_STATE;
    expect(gasFlowExergyKJPerKg(DRY_AIR, dead.temperatureK, dead)).toBeCloseTo(0, 10);
    expect(gasFlowExergyKJPerKg(DRY_AIR, 250, dead)).toBeGreaterThan(0);
    // 7 bar at 25 °C: 0.287045·298.15·ln(700/101.325) = 165.41 kJ/kg (the isothermal-work test of air.ts, R = 0.28705)
    expect(gasFlowExergyKJPerKg(DRY_AIR, dead.temperatureK, dead, 700)).toBeCloseTo(165.41, 1);
    expect(gasExergyChangeKJPerKg(DRY_AIR, 400, 500, dead)).toBeCloseTo(
      gasFlowExergyKJPerKg(DRY_AIR, 500, dead) - gasFlowExergyKJPerKg(DRY_AIR, 400, dead),
      9,
    );
  });
});

describe('combustion products of the catalog fuels', () => {
  it('stoichiometric air/fuel ratios from the compositions match the trade’s figures and a hand calculation', () => {
    // the usual figures: methane 17.2, diesel 14.5, propane/butane 15.7/15.5, No. 6 oil 13.8 kg/kg
    const trade = { natural_gas: 17.2, fuel_oil: 13.8, lpg: 15.6, diesel: 14.5 } as const;
    for (const [key, ratio] of Object.entries(trade)) {
      expect(relative(fuelCombustionProducts(key, 0).stoichiometricAirFuelRatio, ratio)).toBeLessThan(0.01);
    }
    // coal C 65, H 4.5, O 7.5, S 1.2 %: O2 = 0.65/12.011 + 0.045/4.0318 + 0.012/32.065 − 0.075/31.9988
    // = 0.063312 kmol/kg; air = O2 / 0.2095 × 28.96 = 8.75 kg/kg (the original’s 11.5 belongs to a richer coal)
    const o2 = 0.65 / 12.011 + 0.045 / 4.03176 + 0.012 / 32.065 - 0.075 / 31.9988;
    const coal = fuelCombustionProducts('coal', 0).stoichiometricAirFuelRatio;
    expect(coal).toBeCloseTo(8.75, 2);
    expect(relative(coal, (o2 / 0.2095) * 28.96)).toBeLessThan(0.002);
    expect(fuelCombustionProducts('biomass', 0).stoichiometricAirFuelRatio).toBeCloseTo(5.055, 2);
  });

  it('excess air shows up as O2: 15 % on methane gives 2.5 % O2 wet; every fuel sums to 1', () => {
    for (const key of ['natural_gas', 'fuel_oil', 'coal', 'biomass', 'lpg', 'diesel']) {
      const { mixture } = fuelCombustionProducts(key, 15);
      expect(GAS_SPECIES.reduce((s, sp) => s + (mixture[sp] ?? 0), 0)).toBeCloseTo(1, 12);
    }
    expect(fuelCombustionProducts('natural_gas', 15).mixture.O2).toBeCloseTo(0.025045, 5);
    expect(fuelCombustionProducts('natural_gas', 0).mixture.O2).toBe(0);
    expect(() => fuelCombustionProducts('electricity', 15)).toThrow(ThermoInputError);
    expect(() =>
      combustionProductsOf({ carbon: 1, hydrogen: 0, oxygen: 0, nitrogen: 0, sulfur: 0, moisture: 0, source: 'C' }, -5),
    ).toThrow(ThermoRangeError);
  });
});

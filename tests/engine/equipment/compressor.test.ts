/** compressor (spec/equipment.md §2): the first-law efficiency and the inputs no compressor can have. */
import { issuesOf, run } from '../../support/engine';

describe('energyEfficiencyPct is the isothermal efficiency W_iso/W_el', () => {
  it('37 kW, 6.2 m³/min FAD, 7.5 barg, air leaving at 150 °C: 60.23 %, not above 100 %', () => {
    // ṁ = 6.2/60 · 101.325/(0.28705·298.15) = 0.122339 kg/s; W_iso = ṁ R T_in ln(851.325/101.325)
    // = 0.122339 · 0.28705 · 298.15 · 2.128460 = 22.2855 kW → 100 · 22.2855/37 = 60.231 %.
    // The former (ṁ cp ΔT + W_iso)/W counted the heat in the hot air as useful: (0.122339 · 1.005 · 125 + 22.2855)/37
    // = (15.3688 + 22.2855)/37 = 101.77 %.
    const r = run('compressor', 'screw', {
      power_kW: 37,
      flow_rate_m3_min: 6.2,
      outlet_pressure_bar: 7.5,
      outlet_temp_C: 150,
    });
    expect(r.energyEfficiencyPct).toBeCloseTo(60.231, 2);
    expect(r.energyEfficiencyPct).toBe(r.metrics.isothermalEfficiencyPct);
  });
});

it('refuses air that leaves with less exergy than it enters, with the numbers', () => {
  // intake 60 °C in a 25 °C ambient, 0.01 barg, delivered at 25 °C:
  // ṁ = 6.2/60 · 101.325/(0.28705 · 333.15) = 0.109486 kg/s;
  // thermal exergy lost 1.005 · [35 − 298.15 · ln(333.15/298.15)] = 1.916038 kJ/kg → 0.209780 kW;
  // pressure exergy added 0.28705 · 298.15 · ln(102.325/101.325) = 0.840507 kJ/kg → 0.092024 kW; E_P = −0.117756 kW
  const issues = issuesOf('compressor', 'screw', {
    power_kW: 10,
    flow_rate_m3_min: 6.2,
    outlet_pressure_bar: 0.01,
    inlet_temp_C: 60,
    outlet_temp_C: 25,
  });
  expect(issues.map((i) => [i.path, i.code])).toEqual([
    ['outlet_temp_C', 'INCONSISTENT'],
    ['inlet_temp_C', 'INCONSISTENT'],
    ['outlet_pressure_bar', 'INCONSISTENT'],
  ]);
  expect(issues[0].message).toMatch(/less exergy than it enters \(-0\.118 kW\)/);
  expect(issues[0].message).toMatch(/adds 0\.092 kW/);
  expect(issues[0].message).toMatch(/loses 0\.210 kW of thermal exergy relative to the 25\.0 °C ambient/);
});

it('refuses an electric input below the reversible isothermal work of the delivery', () => {
  // 6.2 m³/min FAD to 7.5 barg (851.325 kPa): W_iso = 22.2855 kW (above); 10 kW would be an isothermal
  // efficiency of 222.9 %
  const issues = issuesOf('compressor', 'screw', {
    power_kW: 10,
    flow_rate_m3_min: 6.2,
    outlet_pressure_bar: 7.5,
    outlet_temp_C: 25,
  });
  expect(issues.map((i) => i.path)).toEqual(['power_kW', 'flow_rate_m3_min', 'outlet_pressure_bar']);
  expect(issues[0].message).toMatch(
    /10 kW is less than the 22\.29 kW of reversible isothermal compression of 6\.2 m³\/min from intake to 8\.51 bar absolute.*isothermal efficiency 223 %/,
  );
});

/** The fuel catalog over HTTP, open to anonymous callers like the other catalogs, with values checked by hand. */
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const FUELS = `{ fuels { key labelEn labelTr lowerHeatingValueKJPerKg higherHeatingValueKJPerKg chemicalExergyKJPerKg
  exergyToLhvRatio co2FactorKgPerKg co2FactorKgPerKWh source } }`;

it('lists every burnable fuel (not electricity) to anyone, each with a source', async () => {
  const { data, errors } = await server.gql(FUELS, {}, { authorization: '' });
  expect(errors).toBeUndefined();
  expect(data.fuels.map((f: any) => f.key)).toEqual(['natural_gas', 'fuel_oil', 'coal', 'biomass', 'lpg', 'diesel']);
  for (const fuel of data.fuels) {
    expect(fuel.higherHeatingValueKJPerKg).toBeGreaterThan(fuel.lowerHeatingValueKJPerKg);
    expect(fuel.chemicalExergyKJPerKg).toBeGreaterThan(fuel.lowerHeatingValueKJPerKg); // φ > 1 for fuels
    expect(fuel.source).toMatch(/IPCC 2006/);
  }
});

it('natural gas: LHV 47.1 MJ/kg, HHV 52.2 MJ/kg (GREET), φ 1.04, 56.1 t CO₂/TJ', async () => {
  const { data } = await server.gql(FUELS);
  const gas = data.fuels.find((f: any) => f.key === 'natural_gas');
  expect(gas.lowerHeatingValueKJPerKg).toBe(47_100);
  expect(gas.higherHeatingValueKJPerKg).toBe(52_200);
  expect(gas.chemicalExergyKJPerKg).toBeCloseTo(1.04 * 47_100, 9); // 48 984 kJ/kg
  // 56.1 kg CO₂/GJ × 0.0471 GJ/kg = 2.64231 kg/kg; per kWh: 56.1 kg/GJ × 0.0036 GJ/kWh = 0.20196 kg/kWh.
  expect(gas.co2FactorKgPerKg).toBeCloseTo(2.64231, 4);
  expect(gas.co2FactorKgPerKWh).toBeCloseTo(0.20196, 4);
});

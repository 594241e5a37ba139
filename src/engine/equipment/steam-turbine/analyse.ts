/**
 * Steam-turbine exergy model, corrected (spec/equipment.md §7 with C-ST1..C-ST3,
 * C-EC3): the expansion uses IAPWS-IF97 (C-ST1: the original treated steam as
 * an ideal gas); the product is the electric power (C-ST2); a condensing unit's
 * exhaust exergy rejected in the condenser is a loss; CHP heat is the latent
 * heat of the exhaust down to condensate (C-ST3).
 * Control volume: turbine (+ condenser or CHP heat exchanger), steam in, condensate
 * out for condensing/CHP units; steam in and exhaust out otherwise.
 */
import {
  CELSIUS_TO_KELVIN,
  saturatedLiquidAtP,
  saturationTemperatureK,
  waterFlowExergyKJPerKg,
  waterStatePH,
  waterStatePS,
  waterStatePT,
  type DeadState,
  type WaterState,
} from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult, HeatRecoveryStream, LossStream } from '../types';
import type { SteamTurbineSubtypeData } from './parameters';
import { steamTurbineHeatStreams } from './heat-streams';
import { steamTurbineRecommendations } from './recommendations';

export interface SteamTurbineMetrics {
  type: 'steam_turbine';
  /** kW */
  shaftPowerKW: number;
  /** kW */
  electricPowerKW: number;
  /** kJ/kg */
  isentropicEnthalpyDropKJPerKg: number;
  /** °C */
  exhaustTempC: number;
  /** Vapour fraction of the exhaust; null when superheated */
  exhaustQuality: number | null;
  /** Exergy of the exhaust relative to the dead state, kW */
  exhaustExergyKW: number;
  /** Exhaust heat used (CHP), kW thermal */
  heatRecoveredKW: number;
  /** kg of steam per kWh of electricity */
  specificSteamConsumptionKgPerKWh: number | null;
  /** Superheat of the inlet steam, K */
  inletSuperheatK: number;
  /**
   * Exergy destroyed by the expansion's own irreversibility (blade and leakage friction), T0·ṁ·(s_exhaust − s_inlet),
   * kW; the rest of the turbine's destruction is its mechanical and generator losses
   */
  expansionDestructionKW: number;
}

interface Expansion {
  inlet: WaterState;
  exhaust: WaterState;
  isentropicDrop: number;
  electricPerKg: number;
  shaftPerKg: number;
}

function expand(
  pInMPa: number,
  tInK: number,
  pOutMPa: number,
  isentropic: number,
  mechanical: number,
  generator: number,
): Expansion {
  const inlet = waterStatePT(pInMPa, tInK);
  const ideal = waterStatePS(pOutMPa, inlet.entropyKJPerKgK);
  const isentropicDrop = inlet.enthalpyKJPerKg - ideal.enthalpyKJPerKg;
  const exhaust = waterStatePH(pOutMPa, inlet.enthalpyKJPerKg - isentropic * isentropicDrop);
  const shaftPerKg = (inlet.enthalpyKJPerKg - exhaust.enthalpyKJPerKg) * mechanical;
  return { inlet, exhaust, isentropicDrop, shaftPerKg, electricPerKg: shaftPerKg * generator };
}

/** Per kg: fuel, product, loss of the control volume (see header). */
function balancePerKg(e: Expansion, dead: DeadState, condensate: WaterState, closed: boolean, chpFraction: number) {
  const exIn = waterFlowExergyKJPerKg(e.inlet, dead);
  const exOut = waterFlowExergyKJPerKg(e.exhaust, dead);
  if (!closed) return { fuel: exIn - exOut, product: e.electricPerKg, loss: 0, heat: 0, heatExergy: 0 };
  const exCondensate = waterFlowExergyKJPerKg(condensate, dead);
  const rejectedExergy = exOut - exCondensate;
  const heat = chpFraction * (e.exhaust.enthalpyKJPerKg - condensate.enthalpyKJPerKg);
  const heatExergy = chpFraction * rejectedExergy; // C-ST3: latent heat at T_sat, exergy (h − h_c) − T0 (s − s_c)
  return {
    fuel: exIn - exCondensate,
    product: e.electricPerKg + heatExergy,
    loss: rejectedExergy - heatExergy,
    heat,
    heatExergy,
  };
}

export function analyseSteamTurbine({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<SteamTurbineSubtypeData>): EquipmentResult<SteamTurbineMetrics> {
  const dead = context.deadState;
  const pIn = p.num('inlet_pressure_bar') / 10;
  const pOut = p.num('outlet_pressure_bar') / 10;
  const tIn = p.num('inlet_temp_C') + CELSIUS_TO_KELVIN;
  if (pOut >= pIn) throw inconsistent(['outlet_pressure_bar'], 'the exhaust pressure must be below the inlet pressure');
  const saturationIn = pIn < 22.064 ? saturationTemperatureK(pIn) : 0;
  if (tIn < saturationIn)
    throw inconsistent(
      ['inlet_temp_C'],
      `steam at ${p.num('inlet_pressure_bar')} bar is wet below ${(saturationIn - CELSIUS_TO_KELVIN).toFixed(1)} °C; give superheated or saturated steam`,
    );
  if (pOut > 22.064)
    throw inconsistent(['outlet_pressure_bar'], 'the exhaust must be below the critical pressure (220.64 bar)');

  const massFlow = p.num('mass_flow_kg_s');
  const chp = p.bool('is_chp');
  const closed = data.condensing || chp;
  const chpFraction = chp ? p.num('heat_recovery_fraction') : 0;
  const condensate = saturatedLiquidAtP(pOut);
  const actual = expand(
    pIn,
    tIn,
    pOut,
    p.num('isentropic_efficiency'),
    p.num('mechanical_efficiency'),
    p.num('generator_efficiency'),
  );
  const perKg = balancePerKg(actual, dead, condensate, closed, chpFraction);
  // C-G2: same steam states with best-practice efficiencies give the unavoidable destruction per unit product.
  const best = expand(pIn, tIn, pOut, data.best.isentropic, data.best.mechanical, data.best.generator);
  const bestPerKg = balancePerKg(best, dead, condensate, closed, chpFraction);
  const bestDestroyed = bestPerKg.fuel - bestPerKg.product - bestPerKg.loss;

  const electric = massFlow * actual.electricPerKg;
  const losses: LossStream[] =
    perKg.loss > 0
      ? [
          {
            key: data.condensing ? 'condenser' : 'exhaust_heat',
            label: data.condensing ? 'Exhaust heat rejected in the condenser' : 'Exhaust heat not recovered',
            exergyKW: massFlow * perKg.loss,
          },
        ]
      : [];
  const exhaustHeat = massFlow * (actual.exhaust.enthalpyKJPerKg - condensate.enthalpyKJPerKg) * (1 - chpFraction);
  const heatRecovery: HeatRecoveryStream[] =
    exhaustHeat > 0 && actual.exhaust.temperatureK > dead.temperatureK + 15
      ? [
          {
            key: 'exhaust',
            label: 'Exhaust steam condensation heat',
            heatKW: exhaustHeat,
            exergyKW: massFlow * perKg.loss,
            temperatureC: actual.exhaust.temperatureK - CELSIUS_TO_KELVIN,
            medium: 'steam',
          },
        ]
      : [];
  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const steamPrice = effectivePrice(p, 'fuel_price_eur_kwh', context.energyPriceEurPerKWh);
  const electricityPrice = effectivePrice(p, 'electricity_price_eur_kwh', context.energyPriceEurPerKWh);
  const metrics: SteamTurbineMetrics = {
    type: 'steam_turbine',
    shaftPowerKW: massFlow * actual.shaftPerKg,
    electricPowerKW: electric,
    isentropicEnthalpyDropKJPerKg: actual.isentropicDrop,
    exhaustTempC: actual.exhaust.temperatureK - CELSIUS_TO_KELVIN,
    exhaustQuality: actual.exhaust.quality,
    exhaustExergyKW: massFlow * waterFlowExergyKJPerKg(actual.exhaust, dead),
    heatRecoveredKW: massFlow * perKg.heat,
    specificSteamConsumptionKgPerKWh: ratio(massFlow * 3600, electric),
    inletSuperheatK: saturationIn > 0 ? tIn - saturationIn : 0,
    expansionDestructionKW:
      massFlow * dead.temperatureK * Math.max(0, actual.exhaust.entropyKJPerKgK - actual.inlet.entropyKJPerKgK),
  };
  return buildEquipmentResult({
    type: 'steam_turbine',
    subtype: subtype,
    exergyFuelKW: massFlow * perKg.fuel,
    exergyProductKW: massFlow * perKg.product,
    losses,
    energyEfficiencyPct: ratio(
      100 * (electric + massFlow * perKg.heat),
      massFlow *
        (actual.inlet.enthalpyKJPerKg - (closed ? condensate.enthalpyKJPerKg : actual.exhaust.enthalpyKJPerKg)),
    ),
    fuelKind: 'steam',
    fuelEnergyKW: null,
    // A CHP unit's CO₂ is shared between its power and its heat by exergy, not by energy (Correction C-ST3's heat exergy)
    products: chp
      ? [
          { key: 'power', label: 'Electric power', exergyKW: electric },
          { key: 'heat', label: 'Useful heat', exergyKW: massFlow * perKg.heatExergy },
        ]
      : undefined,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: steamPrice,
    fuelExergyCostEurPerKWh: steamPrice,
    unavoidableDestructionPerProduct: bestPerKg.product > 0 ? Math.max(0, bestDestroyed) / bestPerKg.product : null,
    heatRecovery,
    heatStreams: steamTurbineHeatStreams({
      massFlowKgPerS: massFlow,
      exhaust: actual.exhaust,
      exhaustPressureMPa: pOut,
      recoveredFraction: chpFraction,
      ambientK: dead.temperatureK,
    }),
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: massFlow * actual.shaftPerKg,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['isentropic_efficiency'],
    recommendations: (result) =>
      steamTurbineRecommendations(result, {
        hours,
        steamPrice,
        electricityPrice,
        chp,
        condensing: data.condensing,
        isentropic: p.num('isentropic_efficiency'),
        outletBar: p.num('outlet_pressure_bar'),
      }),
  });
}

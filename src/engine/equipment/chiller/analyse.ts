/**
 * Chiller exergy model, corrected (spec/equipment.md §4.3 with C-CH1..C-CH3):
 * product = cold exergy Q_e (T0/T_m − 1) at the thermodynamic mean temperature
 * of the chilled water (C-CH1); condenser heat is a loss (C-CH2); absorption
 * units burn heat exergy Q_g (1 − T0/T_g) priced as heat (C-CH3). A COP above
 * the Carnot COP of the stated temperatures is rejected.
 */
import { CELSIUS_TO_KELVIN, coldExergyKW, heatExergyKW, logMeanTemperatureK } from '../../thermo';
import type { AnalyseArgs } from '../common/module';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult } from '../types';
import type { ChillerSubtypeData } from './parameters';
import { chillerHeatStreams } from './heat-streams';
import { chillerRecommendations } from './recommendations';

export interface ChillerMetrics {
  type: 'chiller';
  /** Q_e / W (electric) or Q_e / Q_g (absorption) */
  cop: number | null;
  /** Carnot COP between evaporating and condensing temperatures (3 K approaches) */
  copCarnot: number | null;
  /** kW electric per ton of refrigeration (3.517 kW); null for absorption */
  kwPerTon: number | null;
  /** Heat rejected at the condenser, kW thermal */
  condenserHeatKW: number;
  /** Thermodynamic mean temperature of the chilled water, °C */
  chilledWaterMeanTempC: number;
  /** Mean condensing-side temperature, °C */
  condenserMeanTempC: number;
  /** COP / COP_Carnot, % */
  secondLawCopRatioPct: number | null;
}

const KW_PER_TON = 3.517;

/** Approach between water and refrigerant on both heat exchangers, K (spec §4.3). */
const APPROACH_K = 3;
/** Condensing temperature above the air at an air-cooled condenser, K. */
const AIR_CONDENSER_RISE_K = 10;

export function analyseChiller({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<ChillerSubtypeData>): EquipmentResult<ChillerMetrics> {
  const dead = context.deadState;
  const t0 = dead.temperatureK;
  const cooling = p.num('cooling_capacity_kW');
  const supplyK = p.num('chw_supply_temp_C') + CELSIUS_TO_KELVIN;
  const returnK = p.num('chw_return_temp_C') + CELSIUS_TO_KELVIN;
  if (returnK <= supplyK) {
    throw inconsistent(['chw_return_temp_C'], 'chilled water must return warmer than it is supplied');
  }
  const airCooled = p.str('condenser_type') === 'air';
  let condenserMeanK: number;
  if (airCooled) {
    condenserMeanK = p.num('ambient_temp_C', t0 - CELSIUS_TO_KELVIN) + CELSIUS_TO_KELVIN;
  } else {
    const cwIn = p.num('cw_supply_temp_C') + CELSIUS_TO_KELVIN;
    const cwOut = p.num('cw_return_temp_C') + CELSIUS_TO_KELVIN;
    if (cwOut <= cwIn) throw inconsistent(['cw_return_temp_C'], 'condenser water must leave warmer than it enters');
    condenserMeanK = logMeanTemperatureK(cwIn, cwOut);
  }
  const chilledMeanK = logMeanTemperatureK(supplyK, returnK);
  if (condenserMeanK <= chilledMeanK) {
    throw inconsistent(
      [airCooled ? 'ambient_temp_C' : 'cw_supply_temp_C'],
      'heat must be rejected hotter than the chilled water',
    );
  }
  const evaporatingK = supplyK - APPROACH_K;
  const condensingK = airCooled
    ? condenserMeanK + AIR_CONDENSER_RISE_K
    : p.num('cw_return_temp_C') + CELSIUS_TO_KELVIN + APPROACH_K;
  const carnotRefrigeration = evaporatingK / (condensingK - evaporatingK);

  // Correction C-CH1: cold exergy at the thermodynamic mean temperature.
  const product = chilledMeanK < t0 ? coldExergyKW(cooling, chilledMeanK, dead) : 0;

  let fuel: number,
    cop: number,
    copCarnot: number,
    condenserHeat: number,
    fuelCost: number,
    bestFuel: number,
    priceShown: number;
  const electricPrice = effectivePrice(p, 'electricity_price_eur_kwh', context.energyPriceEurPerKWh);
  if (data.absorption) {
    const generatorHeat = p.num('generator_heat_kW');
    const generatorK = p.num('generator_temp_C') + CELSIUS_TO_KELVIN;
    const pump = p.num('pump_power_kW');
    const heatExergy = heatExergyKW(generatorHeat, generatorK, dead);
    fuel = heatExergy + pump;
    cop = cooling / generatorHeat;
    copCarnot = generatorK > condensingK ? carnotRefrigeration * ((generatorK - condensingK) / generatorK) : 0;
    condenserHeat = cooling + generatorHeat + pump;
    // C-CH3: heat priced per kWh of heat exergy, the pump at the electricity price.
    const heatPrice = p.has('heat_price_eur_kwh') ? p.num('heat_price_eur_kwh') : context.energyPriceEurPerKWh;
    const carnot = 1 - t0 / generatorK;
    fuelCost = fuel > 0 ? (heatPrice * generatorHeat + electricPrice * pump) / fuel : 0;
    priceShown = heatPrice;
    const bestGenerator = cooling / data.bestCop;
    bestFuel = bestGenerator * carnot + pump;
  } else {
    fuel = p.num('compressor_power_kW');
    cop = cooling / fuel;
    copCarnot = carnotRefrigeration;
    condenserHeat = cooling + fuel;
    fuelCost = electricPrice;
    priceShown = electricPrice;
    bestFuel = Math.max(cooling / data.bestCop, product);
  }
  if (copCarnot > 0 && cop > copCarnot) {
    const power = data.absorption ? 'generator_heat_kW' : 'compressor_power_kW';
    throw inconsistent([
      {
        path: power,
        message: `COP ${cop.toFixed(2)} exceeds the Carnot COP ${copCarnot.toFixed(2)} of these temperatures`,
      },
      { path: 'cooling_capacity_kW', message: `COP ${cop.toFixed(2)} exceeds the Carnot COP ${copCarnot.toFixed(2)}` },
    ]);
  }
  // Correction C-CH2: condenser heat leaving above T0 is an exergy loss (≈ 0 for air-cooled at ambient).
  const condenserLoss = condenserMeanK > t0 ? heatExergyKW(condenserHeat, condenserMeanK, dead) : 0;
  const bestCondenserLoss = condenserMeanK > t0 ? heatExergyKW(cooling + bestFuel, condenserMeanK, dead) : 0;
  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const metrics: ChillerMetrics = {
    type: 'chiller',
    cop,
    copCarnot: copCarnot > 0 ? copCarnot : null,
    kwPerTon: data.absorption ? null : ratio(KW_PER_TON, cop),
    condenserHeatKW: condenserHeat,
    chilledWaterMeanTempC: chilledMeanK - CELSIUS_TO_KELVIN,
    condenserMeanTempC: condenserMeanK - CELSIUS_TO_KELVIN,
    secondLawCopRatioPct: copCarnot > 0 ? (100 * cop) / copCarnot : null,
  };
  return buildEquipmentResult({
    type: 'chiller',
    subtype: subtype,
    exergyFuelKW: fuel,
    exergyProductKW: product,
    losses: condenserLoss > 0 ? [{ key: 'condenser_heat', label: 'Condenser heat', exergyKW: condenserLoss }] : [],
    energyEfficiencyPct: null,
    fuelKind: data.absorption ? 'heat' : 'electricity',
    fuelEnergyKW: data.absorption ? p.num('generator_heat_kW') : null,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: priceShown,
    fuelExergyCostEurPerKWh: fuelCost,
    unavoidableDestructionPerProduct:
      product > 0 ? Math.max(0, bestFuel - product - bestCondenserLoss) / product : null,
    heatRecovery: airCooled
      ? []
      : [
          {
            key: 'condenser_heat',
            label: 'Condenser water',
            heatKW: condenserHeat,
            exergyKW: condenserLoss,
            temperatureC: p.num('cw_return_temp_C'),
            medium: 'water',
          },
        ],
    heatStreams: chillerHeatStreams({
      coolingKW: cooling,
      chilledReturnC: p.num('chw_return_temp_C'),
      chilledSupplyC: p.num('chw_supply_temp_C'),
      condenserHeatKW: condenserHeat,
      condenser: airCooled
        ? { airCooled: true, condensingC: condensingK - CELSIUS_TO_KELVIN }
        : { airCooled: false, returnC: p.num('cw_return_temp_C'), supplyC: p.num('cw_supply_temp_C') },
      generator: data.absorption
        ? { heatKW: p.num('generator_heat_kW'), temperatureC: p.num('generator_temp_C') }
        : null,
    }),
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: cooling,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['cooling_capacity_kW', data.absorption ? 'generator_heat_kW' : 'compressor_power_kW'],
    warnings:
      chilledMeanK >= t0
        ? [
            {
              code: 'CHILLED_ABOVE_AMBIENT',
              message: 'The chilled water is not below the dead-state temperature: its cold has no exergy.',
            },
          ]
        : [],
    recommendations: (result) =>
      chillerRecommendations(result, {
        power: data.absorption ? p.num('pump_power_kW') : fuel,
        hours,
        price: electricPrice,
        absorption: data.absorption,
        supplyC: p.num('chw_supply_temp_C'),
        cwSupplyC: p.num('cw_supply_temp_C'),
        airCooled,
        ambientC: t0 - CELSIUS_TO_KELVIN,
      }),
  });
}

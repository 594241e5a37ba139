/**
 * Pump exergy model (spec/equipment.md §5.3 with C-PU1, C-PU2): E_F = P_el,
 * E_P = ρ g Q H (flow-exergy rise of an incompressible liquid); all losses are
 * destruction (the heat goes into the fluid), decomposed from the measurement
 * so they close: motor loss from the motor efficiency, the rest in the pump
 * and valve (C-PU1).
 */
import type { AnalyseArgs } from '../common/module';
import { inconsistent } from '../common/parameters';
import { buildEquipmentResult, effectiveHours, effectivePrice, ratio } from '../common/result';
import type { EquipmentResult } from '../types';
import type { PumpSubtypeData } from './parameters';
import { pumpRecommendations } from './recommendations';

export interface PumpMetrics {
  type: 'pump';
  /** ρ g Q H, kW */
  hydraulicPowerKW: number;
  /** P_hyd / P_el, % */
  wireToWaterEfficiencyPct: number | null;
  /** P_el · η_motor, kW */
  shaftPowerKW: number;
  motorLossKW: number;
  /** Loss in the pump itself, kW (shaft − hydraulic − valve). */
  pumpLossKW: number;
  /** Loss across the control valve, kW. */
  throttleLossKW: number;
  /** Measured pump efficiency P_hyd/shaft, % */
  pumpEfficiencyMeasuredPct: number | null;
  /** Electric power a VSD would save, kW (affinity-law estimate). */
  vsdSavingsPotentialKW: number;
}

const G = 9.80665;

export function analysePump({
  params: p,
  data,
  subtype,
  context,
}: AnalyseArgs<PumpSubtypeData>): EquipmentResult<PumpMetrics> {
  const power = p.num('motor_power_kW');
  const hydraulic =
    (p.num('fluid_density_kg_m3') * G * (p.num('flow_rate_m3_h') / 3600) * p.num('total_head_m')) / 1000;
  const shaft = (power * p.num('motor_efficiency_pct')) / 100;
  const throttle = (power * p.num('throttle_loss_pct')) / 100;
  if (hydraulic + throttle > shaft) {
    throw inconsistent(
      ['motor_power_kW', 'flow_rate_m3_h', 'total_head_m'],
      `hydraulic power ρgQH = ${hydraulic.toFixed(2)} kW plus valve loss exceeds the shaft power ${shaft.toFixed(2)} kW`,
    );
  }
  const control = p.str('control_method');
  // C-PU2: with a VSD the valve loss disappears and the pump runs nearer its best point (≈ 25 % of input for bypass).
  const vsdPotential =
    p.bool('has_vsd') || control === 'vsd'
      ? 0
      : control === 'throttle'
        ? throttle / (p.num('motor_efficiency_pct') / 100)
        : control === 'bypass'
          ? 0.25 * power
          : 0;
  const bestPower = hydraulic / (data.bestPumpEfficiency * data.bestMotorEfficiency);
  const hours = effectiveHours(p, context.operatingHoursPerYear);
  const price = effectivePrice(p, 'electricity_price_eur_kwh', context.energyPriceEurPerKWh);
  const metrics: PumpMetrics = {
    type: 'pump',
    hydraulicPowerKW: hydraulic,
    wireToWaterEfficiencyPct: ratio(100 * hydraulic, power),
    shaftPowerKW: shaft,
    motorLossKW: power - shaft,
    pumpLossKW: shaft - hydraulic - throttle,
    throttleLossKW: throttle,
    pumpEfficiencyMeasuredPct: ratio(100 * hydraulic, shaft - throttle),
    vsdSavingsPotentialKW: vsdPotential,
  };
  return buildEquipmentResult({
    type: 'pump',
    subtype: subtype,
    exergyFuelKW: power,
    exergyProductKW: hydraulic,
    losses: [],
    energyEfficiencyPct: ratio(100 * hydraulic, power),
    fuelKind: 'electricity',
    fuelEnergyKW: null,
    carbonSettings: context.carbon,
    operatingHoursPerYear: hours,
    energyPriceEurPerKWh: price,
    fuelExergyCostEurPerKWh: price,
    unavoidableDestructionPerProduct: hydraulic > 0 ? (bestPower - hydraulic) / hydraulic : null,
    heatRecovery: [],
    // Its losses warm the liquid by a fraction of a kelvin: no heat load worth a pinch stream.
    heatStreams: [],
    metrics,
    benchmark: data.benchmark,
    costCorrelation: data.cost,
    capacityKW: power,
    purchasedEquipmentCostEur: p.optionalNum('equipment_cost_eur'),
    inconsistentInputs: ['motor_power_kW'],
    recommendations: (result) =>
      pumpRecommendations(result, { power, hours, price, control, hasVsd: p.bool('has_vsd') }),
  });
}

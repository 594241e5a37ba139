/** Checks a process definition against the process catalog (and its physics). */
import { ResolvedParameters, validateParameters } from '../equipment/common/parameters';
import type { ParameterValues, ValidationIssue } from '../equipment/types';
import { saturationTemperatureK, type DeadState } from '../thermo';
import { getProcessType } from './catalog';
import type { ProcessTypeKey } from './bat';

/** Catalog checks (as for equipment: subcategories play the role of subtypes), then impossible combinations. */
export function validateProcessDefinition(
  processType: ProcessTypeKey,
  subcategory: string,
  parameters: ParameterValues,
  dead: DeadState,
): ValidationIssue[] {
  const type = getProcessType(processType);
  const module = { type: processType as never, subtypes: type.subcategories, parameters: type.parameters };
  const issues = validateParameters(module, subcategory, parameters).map((i) =>
    i.code === 'UNKNOWN_SUBTYPE' ? { ...i, path: 'subcategory' } : i,
  );
  if (issues.length) return issues;
  const p = resolvedProcessParameters(processType, subcategory, parameters);
  const t0C = dead.temperatureK - 273.15;
  const bad = (path: string, message: string): ValidationIssue[] => [{ path, code: 'INCONSISTENT', message }];
  switch (processType) {
    case 'drying':
      return p.moisture_out_pct >= p.moisture_in_pct
        ? bad('moisture_out_pct', 'must be below moisture_in_pct: drying removes water')
        : [];
    case 'heating':
      return p.temp_out_C <= p.temp_in_C ? bad('temp_out_C', 'must be above temp_in_C for a heating process') : [];
    case 'cooling':
      return p.cold_temp_C >= t0C
        ? bad('cold_temp_C', `must be below the ambient (dead-state) ${t0C} °C for cooling`)
        : [];
    case 'cold_storage':
      return p.target_temp_C >= t0C ? bad('target_temp_C', `must be below the ambient (dead-state) ${t0C} °C`) : [];
    case 'steam_generation': {
      if (p.steam_pressure_bar > 220) return bad('steam_pressure_bar', 'must be below the critical pressure');
      const saturationC = saturationTemperatureK(p.steam_pressure_bar / 10) - 273.15;
      return p.feedwater_temp_C >= saturationC
        ? bad(
            'feedwater_temp_C',
            `must be below the saturation temperature ${saturationC.toFixed(1)} °C at ${p.steam_pressure_bar} bar: water at ${p.feedwater_temp_C} °C would already be steam at the boiler pressure, not feedwater`,
          )
        : [];
    }
    case 'compressed_air':
      return p.discharge_pressure_bar * 100 <= dead.pressureKPa
        ? bad('discharge_pressure_bar', 'must be above the ambient pressure (absolute)')
        : [];
    case 'chp':
      return p.electrical_output_kW + p.thermal_output_kW > p.fuel_input_kW
        ? bad('thermal_output_kW', 'electricity plus heat cannot exceed the fuel input')
        : [];
    default:
      return [];
  }
}

/** Parameters with defaults applied, as plain numbers for the minimum-exergy formulas. */
export function resolvedProcessParameters(
  processType: ProcessTypeKey,
  subcategory: string,
  parameters: ParameterValues,
): Record<string, number> {
  const type = getProcessType(processType);
  const resolved = new ResolvedParameters(
    { type: processType as never, subtypes: type.subcategories, parameters: type.parameters },
    subcategory,
    parameters,
  );
  const out: Record<string, number> = {};
  for (const d of type.parameters) {
    const value = resolved.optionalNum(d.key);
    if (value !== null) out[d.key] = value;
  }
  return out;
}

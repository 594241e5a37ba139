/** Shorthands for parameter definitions, so each catalog reads as a table. */
import type { ParameterDefinition, ParameterOption } from '../types';

type Common = Pick<ParameterDefinition, 'labelEn' | 'labelTr' | 'description'> & Partial<ParameterDefinition>;

export function numberParam(
  key: string,
  unit: string,
  min: number | null,
  max: number | null,
  common: Common,
): ParameterDefinition {
  return { key, kind: 'number', unit, defaultValue: null, min, max, required: false, ...common };
}

export function requiredNumber(
  key: string,
  unit: string,
  min: number,
  max: number,
  common: Common,
): ParameterDefinition {
  return { key, kind: 'number', unit, defaultValue: null, min, max, minExclusive: true, required: true, ...common };
}

export function enumParam(
  key: string,
  options: ParameterOption[],
  defaultValue: string,
  common: Common,
): ParameterDefinition {
  return { key, kind: 'enum', unit: null, defaultValue, min: null, max: null, options, required: false, ...common };
}

export function boolParam(key: string, defaultValue: boolean, common: Common): ParameterDefinition {
  return { key, kind: 'boolean', unit: null, defaultValue, min: null, max: null, required: false, ...common };
}

/** The parameters every type shares: hours, equipment cost, price (key varies by type). */
export function commonParameters(priceKey: string, priceUnit: string, priceMax: number): ParameterDefinition[] {
  return [
    numberParam('operating_hours', 'h/yr', 0, 8760, {
      labelEn: 'Operating hours',
      labelTr: 'Çalışma saati',
      description: 'Hours per year this unit runs; the project’s operating hours when omitted.',
    }),
    numberParam(priceKey, priceUnit, 0, priceMax, {
      labelEn: 'Energy price',
      labelTr: 'Enerji fiyatı',
      description: 'Price of this unit’s energy input; the project’s energy price when omitted.',
    }),
    numberParam('equipment_cost_eur', 'EUR', 0, 50_000_000, {
      labelEn: 'Purchased equipment cost',
      labelTr: 'Ekipman satın alma maliyeti',
      description: 'PEC for the exergoeconomic analysis; estimated from a cost correlation when omitted.',
    }),
  ];
}

export function option(value: string, labelEn: string, labelTr: string): ParameterOption {
  return { value, labelEn, labelTr };
}

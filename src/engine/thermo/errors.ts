/** Typed errors of the thermodynamic core: a state outside a formulation names the valid range. */
export class ThermoRangeError extends Error {
  constructor(
    readonly quantity: string,
    readonly value: number,
    readonly min: number,
    readonly max: number,
    readonly unit: string,
    detail = '',
  ) {
    super(
      `${quantity} = ${value} ${unit} is outside the valid range [${min}, ${max}] ${unit}${detail ? ` (${detail})` : ''}`,
    );
    this.name = 'ThermoRangeError';
  }
}

export class ThermoInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThermoInputError';
  }
}

export function requireFinite(quantity: string, value: number, unit: string): void {
  if (!Number.isFinite(value))
    throw new ThermoRangeError(quantity, value, -Number.MAX_VALUE, Number.MAX_VALUE, unit, 'not a finite number');
}

/**
 * ExergyLab engine — the public entry of the pure computation library (no I/O,
 * no ORM, no GraphQL). Import from here when using the engine as a library.
 *
 * - thermo:    dead state, IAPWS-IF97 water/steam, exergy of heat and cold, air and moist air, fuels.
 * - equipment: the module contract (types) shared by the seven equipment engines.
 * - interpret: the interpretation content contract.
 */
export * from './thermo';
export * from './equipment/types';
export * from './interpret/types';

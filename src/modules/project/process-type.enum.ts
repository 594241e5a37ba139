import { registerEnumType } from 'type-graphql';

/** GraphQL names over the process engine's snake_case keys (stored in the database). */
export enum ProcessType {
  DRYING = 'drying',
  HEATING = 'heating',
  COOLING = 'cooling',
  STEAM_GENERATION = 'steam_generation',
  COMPRESSED_AIR = 'compressed_air',
  CHP = 'chp',
  COLD_STORAGE = 'cold_storage',
  GENERAL_MANUFACTURING = 'general_manufacturing',
}

registerEnumType(ProcessType, {
  name: 'ProcessType',
  description: 'The plant process compared with its thermodynamic minimum and BAT.',
});

import { PROCESS_TYPE_KEYS, type ProcessTypeKey } from '../../engine/process';
import { graphqlEnumOf } from '../shared/graphql-enum';

/** GraphQL names over the process engine's snake_case keys (stored in the database). */
export const ProcessType = graphqlEnumOf(PROCESS_TYPE_KEYS, {
  name: 'ProcessType',
  description: 'The plant process compared with its thermodynamic minimum and BAT.',
  valueDescriptions: {
    heating: 'Heating a product stream (mass flow from an inlet to an outlet temperature).',
    drying: 'Removing moisture from a product (moisture in and out).',
    cooling: 'Removing heat at a cold temperature (a cooling load).',
    steam_generation: 'Raising steam at a pressure and temperature.',
    compressed_air: 'Delivering compressed air (free air delivery at a pressure).',
    chp: 'Combined heat and power: electricity and useful heat from one fuel input.',
    cold_storage: 'Keeping a cold store at its temperature.',
    general_manufacturing: 'Any other manufacturing, compared by its exergy input.',
  },
});
export type ProcessType = ProcessTypeKey;

import { EQUIPMENT_TYPE_KEYS, type EquipmentTypeKey } from '../../engine/equipment/types';
import { graphqlEnumOf } from '../shared/graphql-enum';

/** GraphQL names (COMPRESSOR …) over the engine's catalog keys (compressor …), which are what the database stores. */
export const EquipmentType = graphqlEnumOf(EQUIPMENT_TYPE_KEYS, {
  name: 'EquipmentType',
  description: 'The seven equipment types of the catalog.',
  valueDescriptions: {
    compressor: 'An air or gas compressor (screw, piston, centrifugal …), driven electrically.',
    boiler: 'A fired steam or hot-water boiler.',
    chiller: 'A vapour-compression or absorption chiller.',
    pump: 'A liquid pump with its motor.',
    heat_exchanger: 'A heat exchanger between a hot and a cold stream.',
    steam_turbine:
      'A steam turbine (back-pressure or condensing), with its generator; CHP when its exhaust heat is used.',
    dryer: 'A convective or contact dryer.',
  },
});
export type EquipmentType = EquipmentTypeKey;

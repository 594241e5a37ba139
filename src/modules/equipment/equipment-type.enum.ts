import { EQUIPMENT_TYPE_KEYS, type EquipmentTypeKey } from '../../engine/equipment/types';
import { graphqlEnumOf } from '../shared/graphql-enum';

/** GraphQL names (COMPRESSOR …) over the engine's catalog keys (compressor …), which are what the database stores. */
export const EquipmentType = graphqlEnumOf(EQUIPMENT_TYPE_KEYS, {
  name: 'EquipmentType',
  description: 'The seven equipment types of the catalog.',
});
export type EquipmentType = EquipmentTypeKey;

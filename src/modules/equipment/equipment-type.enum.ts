import { registerEnumType } from 'type-graphql';
import type { EquipmentTypeKey } from '../../engine/equipment/types';

/** GraphQL names (COMPRESSOR …) over the engine's catalog keys (compressor …), which are what the database stores. */
export enum EquipmentType {
  COMPRESSOR = 'compressor',
  BOILER = 'boiler',
  CHILLER = 'chiller',
  PUMP = 'pump',
  HEAT_EXCHANGER = 'heat_exchanger',
  STEAM_TURBINE = 'steam_turbine',
  DRYER = 'dryer',
}

// Compile-time check that the enum and the engine's keys are the same set.
const _sameKeys: Record<EquipmentTypeKey, EquipmentType> = {
  compressor: EquipmentType.COMPRESSOR,
  boiler: EquipmentType.BOILER,
  chiller: EquipmentType.CHILLER,
  pump: EquipmentType.PUMP,
  heat_exchanger: EquipmentType.HEAT_EXCHANGER,
  steam_turbine: EquipmentType.STEAM_TURBINE,
  dryer: EquipmentType.DRYER,
};
void _sameKeys;

registerEnumType(EquipmentType, {
  name: 'EquipmentType',
  description: 'The seven equipment types of the catalog.',
});

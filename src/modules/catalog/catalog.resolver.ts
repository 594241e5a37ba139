import { Query, Resolver } from 'type-graphql';
import { EQUIPMENT_MODULES } from '../../engine/equipment';
import { EQUIPMENT_TYPE_KEYS } from '../../engine/equipment/types';
import type { EquipmentType } from '../equipment/equipment-type.enum';
import { EquipmentTypeInfo } from './catalog.types';
import { toParameterInfo, toSubtypeInfo } from './catalog.mapper';

@Resolver()
export class CatalogResolver {
  @Query(() => [EquipmentTypeInfo], { description: 'The equipment catalog: types, subtypes and parameter definitions.' })
  equipmentTypes(): EquipmentTypeInfo[] {
    return EQUIPMENT_TYPE_KEYS.map((key) => {
      const module = EQUIPMENT_MODULES[key];
      return {
        key: key as EquipmentType,
        label: module.labelEn,
        labelEn: module.labelEn,
        labelTr: module.labelTr,
        description: module.description,
        defaultSubtype: module.defaultSubtype,
        subtypes: module.subtypes.map(toSubtypeInfo),
        parameters: module.parameters.map(toParameterInfo),
      };
    });
  }
}

import { Arg, Query, Resolver } from 'type-graphql';
import { batReferences, PROCESS_TYPES } from '../../engine/process';
import { ProcessType } from '../project/process-type.enum';
import { BatReference } from '../analysis/factory.types';
import { EQUIPMENT_MODULES } from '../../engine/equipment';
import { EQUIPMENT_TYPE_KEYS } from '../../engine/equipment/types';
import { EquipmentTypeInfo, FuelInfo, ProcessTypeInfo } from './catalog.types';
import { FUELS } from '../../engine/thermo/fuels';
import { toParameterInfo, toSubtypeInfo } from './catalog.mapper';

@Resolver()
export class CatalogResolver {
  @Query(() => [EquipmentTypeInfo], {
    description: 'The equipment catalog: types, subtypes and parameter definitions.',
  })
  equipmentTypes(): EquipmentTypeInfo[] {
    return EQUIPMENT_TYPE_KEYS.map((key) => {
      const module = EQUIPMENT_MODULES[key];
      return {
        key,
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

  @Query(() => [ProcessTypeInfo], {
    description: 'The process catalog of the gap analysis: types, subcategories and parameters.',
  })
  processTypes(): ProcessTypeInfo[] {
    return PROCESS_TYPES.map((type) => {
      const subcategories = type.subcategories.map((s) =>
        toSubtypeInfo({ key: s.key, labelEn: s.labelEn, labelTr: s.labelTr }),
      );
      return {
        key: type.key,
        label: type.labelEn,
        labelEn: type.labelEn,
        labelTr: type.labelTr,
        description: type.description,
        defaultSubcategory: type.defaultSubcategory,
        subtypes: subcategories,
        subcategories,
        parameters: type.parameters.map(toParameterInfo),
      };
    });
  }

  @Query(() => [FuelInfo], { description: 'The fuels equipment can burn, with heating values, exergy and CO₂.' })
  fuels(): FuelInfo[] {
    return Object.values(FUELS).flatMap((fuel) => {
      const lhv = fuel.lowerHeatingValueKJPerKg;
      const hhv = fuel.higherHeatingValueKJPerKg;
      if (lhv === null || hhv === null) return []; // electricity: no heating value, not burned
      return [
        {
          key: fuel.key,
          labelEn: fuel.labelEn,
          labelTr: fuel.labelTr,
          lowerHeatingValueKJPerKg: lhv,
          higherHeatingValueKJPerKg: hhv,
          chemicalExergyKJPerKg: fuel.exergyFactor * lhv,
          exergyToLhvRatio: fuel.exergyFactor,
          co2FactorKgPerKg: (fuel.co2KgPerKWh * lhv) / 3600,
          co2FactorKgPerKWh: fuel.co2KgPerKWh,
          source: fuel.source,
        },
      ];
    });
  }

  @Query(() => [BatReference], {
    description: 'Best Available Technology references of a process type, each with its source.',
  })
  batReferences(
    @Arg('processType', () => ProcessType, { description: 'The process whose BAT rows to list.' })
    processType: ProcessType,
  ): BatReference[] {
    return batReferences(processType).map((row) => ({
      ...row,
      processType: row.processType,
    }));
  }
}

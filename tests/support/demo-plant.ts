/** The demo factory analysed by the real engines (no database): equipment results, factory and gap. */
import { analyseEquipment, type EquipmentResult } from '../../src/engine/equipment';
import { analyseFactory, type FactoryEquipmentInput } from '../../src/engine/factory';
import { analyseGap, resolvedProcessParameters } from '../../src/engine/process';
import { makeDeadState } from '../../src/engine/thermo';
import { DEMO_EQUIPMENT, DEMO_PROJECT } from '../../src/db/demo-factory';
import { DEFAULT_CARBON_SETTINGS } from '../../src/engine/equipment/common/carbon';

export function analysedDemoPlant() {
  const context = {
    deadState: makeDeadState(),
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    carbon: DEFAULT_CARBON_SETTINGS,
  };
  const equipment: (FactoryEquipmentInput & { result: EquipmentResult })[] = DEMO_EQUIPMENT.map((e, i) => ({
    id: `eq-${i}`,
    name: e.name,
    type: e.type,
    subtype: e.subtype!,
    result: analyseEquipment(e.type, {
      subtype: e.subtype!,
      parameters: e.parameters as Record<string, number>,
      context,
    }),
    supplierId: e.supplier === undefined ? null : `eq-${e.supplier}`,
  }));
  const factory = analyseFactory({ equipment, ...context });
  const process = DEMO_PROJECT.process!;
  const gap = analyseGap({
    processType: 'steam_generation',
    processLabel: process.label ?? null,
    subcategory: process.subcategory!,
    parameters: resolvedProcessParameters(
      'steam_generation',
      process.subcategory!,
      process.parameters as Record<string, number>,
    ),
    actualExergyKW: factory.totals.exergyFuelKW,
    equipment: equipment.map((e) => ({
      equipmentId: e.id,
      name: e.name,
      type: e.type,
      exergyDestroyedKW: e.result.exergyDestroyedKW,
    })),
    operatingHoursPerYear: 6000,
    energyPriceEurPerKWh: 0.08,
    deadState: context.deadState,
  });
  const project = { name: DEMO_PROJECT.name, sector: DEMO_PROJECT.sector ?? null, processType: 'steam_generation' };
  return { equipment, factory, gap, project };
}

/** Steam-turbine measures (spec/equipment.md §7.5). */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { SteamTurbineMetrics } from './analyse';

export function steamTurbineRecommendations(
  result: Omit<EquipmentResult<SteamTurbineMetrics>, 'recommendations'>,
  unit: {
    hours: number;
    steamPrice: number;
    electricityPrice: number;
    chp: boolean;
    condensing: boolean;
    isentropic: number;
    outletBar: number;
  },
): Recommendation[] {
  const m = result.metrics;
  const revenue = m.electricPowerKW * unit.hours * unit.electricityPrice;
  const list: Recommendation[] = [];
  const unused = result.exergyLossKW + (unit.condensing || unit.chp ? 0 : m.exhaustExergyKW);
  if (!unit.chp && unused > 100) {
    const savings = 0.6 * unused * unit.hours * unit.steamPrice;
    list.push(
      makeRecommendation({
        key: 'chp_conversion',
        category: 'condensate_optimization',
        titleEn: 'Use the exhaust heat (CHP)',
        titleTr: 'Egzoz ısısını kullanın (kojenerasyon)',
        descriptionEn: `The exhaust carries ${unused.toFixed(0)} kW of exergy that no process uses.`,
        descriptionTr: `Egzoz, hiçbir prosesin kullanmadığı ${unused.toFixed(0)} kW ekserji taşıyor.`,
        savingsKW: 0.6 * unused,
        savingsEurPerYear: savings,
        investmentEur: 50000,
        priority: savings > 20000 ? 'high' : 'medium',
      }),
    );
  }
  if (unit.isentropic < 0.75) {
    list.push(
      makeRecommendation({
        key: 'overhaul',
        category: 'maintenance',
        titleEn: 'Overhaul blades and seals',
        titleTr: 'Kanat ve salmastraları revizyondan geçirin',
        descriptionEn: `Isentropic efficiency is ${(unit.isentropic * 100).toFixed(0)} %.`,
        descriptionTr: `İzentropik verim %${(unit.isentropic * 100).toFixed(0)}.`,
        savingsKW: 0.15 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.15 * result.annualLossEur,
        investmentEur: 30000,
        priority: 'high',
      }),
    );
  }
  if (m.inletSuperheatK < 50) {
    list.push(
      makeRecommendation({
        key: 'superheat_increase',
        category: 'efficiency_improvement',
        titleEn: 'Raise the live-steam superheat',
        titleTr: 'Canlı buhar kızdırmasını artırın',
        descriptionEn: `Superheat is only ${m.inletSuperheatK.toFixed(0)} K.`,
        descriptionTr: `Kızdırma yalnızca ${m.inletSuperheatK.toFixed(0)} K.`,
        savingsKW: 0.05 * m.electricPowerKW,
        savingsEurPerYear: 0.05 * revenue,
        investmentEur: 20000,
        priority: 'medium',
      }),
    );
  }
  if (!unit.condensing && unit.outletBar > 5) {
    list.push(
      makeRecommendation({
        key: 'backpressure_optimization',
        category: 'load_matching',
        titleEn: 'Lower the back pressure',
        titleTr: 'Karşı basıncı düşürün',
        descriptionEn: `Exhaust at ${unit.outletBar} bar: check whether the process needs it.`,
        descriptionTr: `Egzoz ${unit.outletBar} bar: prosesin buna ihtiyacı olup olmadığını kontrol edin.`,
        savingsKW: 0.08 * m.electricPowerKW,
        savingsEurPerYear: 0.08 * revenue,
        investmentEur: 5000,
        priority: 'medium',
      }),
    );
  }
  return list;
}

/** Pump measures (spec/equipment.md §5.5). */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { PumpMetrics } from './analyse';

export function pumpRecommendations(
  result: Omit<EquipmentResult<PumpMetrics>, 'recommendations'>,
  unit: { power: number; hours: number; price: number; control: string; hasVsd: boolean },
): Recommendation[] {
  const { power, hours, price } = unit;
  const m = result.metrics;
  const list: Recommendation[] = [];
  if (!unit.hasVsd && m.vsdSavingsPotentialKW > 1) {
    list.push(
      makeRecommendation({
        key: 'vsd',
        category: 'vsd',
        titleEn: 'Variable speed drive',
        titleTr: 'Değişken hızlı sürücü',
        descriptionEn: `Control the flow by speed instead of ${unit.control}: about ${m.vsdSavingsPotentialKW.toFixed(1)} kW less input.`,
        descriptionTr: `Debiyi ${unit.control} yerine hızla kontrol edin: yaklaşık ${m.vsdSavingsPotentialKW.toFixed(1)} kW daha az giriş.`,
        savingsKW: m.vsdSavingsPotentialKW,
        savingsEurPerYear: m.vsdSavingsPotentialKW * hours * price,
        investmentEur: 100 * power,
      }),
    );
  }
  if (unit.control === 'throttle' && m.throttleLossKW > 0.5) {
    list.push(
      makeRecommendation({
        key: 'throttle_elimination',
        category: 'throttle_elimination',
        titleEn: 'Eliminate throttling',
        titleTr: 'Kısmayı kaldırın',
        descriptionEn: `${m.throttleLossKW.toFixed(1)} kW is destroyed across the control valve.`,
        descriptionTr: `Kontrol vanasında ${m.throttleLossKW.toFixed(1)} kW yok ediliyor.`,
        savingsKW: m.throttleLossKW,
        savingsEurPerYear: m.throttleLossKW * hours * price,
        investmentEur: 80 * power,
        priority: 'high',
      }),
    );
  }
  if ((m.wireToWaterEfficiencyPct ?? 0) < 50) {
    list.push(
      makeRecommendation({
        key: 'impeller_trim',
        category: 'impeller_trimming',
        titleEn: 'Trim or replace the impeller',
        titleTr: 'Çarkı tornalayın veya değiştirin',
        descriptionEn: `Wire-to-water efficiency is ${(m.wireToWaterEfficiencyPct ?? 0).toFixed(1)} %.`,
        descriptionTr: `Şebekeden suya verim %${(m.wireToWaterEfficiencyPct ?? 0).toFixed(1)}.`,
        savingsKW: 0.1 * power,
        savingsEurPerYear: 0.1 * power * hours * price,
        investmentEur: 2000,
        priority: 'medium',
      }),
    );
  }
  if (result.benchmark.benchmarkClass === 'poor' || result.benchmark.benchmarkClass === 'below_average') {
    list.push(
      makeRecommendation({
        key: 'maintenance',
        category: 'maintenance',
        titleEn: 'Service seals, bearings and wear rings',
        titleTr: 'Conta, rulman ve aşınma halkalarının bakımı',
        descriptionEn: 'Exergetic efficiency is below the subtype benchmark.',
        descriptionTr: 'Ekserji verimi alt tip ölçütünün altında.',
        savingsKW: 0.05 * power,
        savingsEurPerYear: 0.05 * power * hours * price,
        investmentEur: 500,
        priority: 'high',
      }),
    );
  }
  list.push(
    makeRecommendation({
      key: 'system_design',
      category: 'system_optimization',
      titleEn: 'Reduce system resistance',
      titleTr: 'Sistem direncini azaltın',
      descriptionEn: 'Pipe sizes, fittings and strainers set the head the pump must make.',
      descriptionTr: 'Boru çapları, bağlantılar ve süzgeçler gereken basma yüksekliğini belirler.',
      savingsKW: 0.03 * power,
      savingsEurPerYear: 0.03 * power * hours * price,
      investmentEur: 3000,
      priority: 'low',
    }),
  );
  return list;
}

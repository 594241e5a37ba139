/** Heat-exchanger measures (spec/equipment.md §6.5). */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { HeatExchangerMetrics } from './analyse';

export function heatExchangerRecommendations(
  result: Omit<EquipmentResult<HeatExchangerMetrics>, 'recommendations'>,
  unit: { hours: number; price: number },
): Recommendation[] {
  const m = result.metrics;
  const list: Recommendation[] = [];
  const fouling = m.foulingRatio;
  if (fouling !== null && fouling < 0.85) {
    const severe = fouling < 0.7;
    list.push(
      makeRecommendation({
        key: 'cleaning',
        category: 'fouling_management',
        titleEn: 'Clean the heat-transfer surfaces',
        titleTr: 'Isı transfer yüzeylerini temizleyin',
        descriptionEn: `Duty is ${(fouling * 100).toFixed(0)} % of design: ${severe ? 'severe' : 'moderate'} fouling.`,
        descriptionTr: `Isı yükü tasarımın %${(fouling * 100).toFixed(0)}’i: ${severe ? 'ağır' : 'orta'} kirlenme.`,
        savingsKW: null,
        savingsEurPerYear: result.annualLossEur * (severe ? 0.15 : 0.08),
        investmentEur: severe ? 2000 : 1000,
        priority: severe ? 'high' : 'medium',
      }),
    );
  }
  for (const stream of result.heatRecovery) {
    list.push(
      makeRecommendation({
        key: 'additional_recovery',
        category: 'heat_recovery',
        titleEn: 'Add a second recovery stage',
        titleTr: 'İkinci bir geri kazanım kademesi ekleyin',
        descriptionEn: `The hot stream still leaves at ${stream.temperatureC.toFixed(0)} °C.`,
        descriptionTr: `Sıcak akış hâlâ ${stream.temperatureC.toFixed(0)} °C’de çıkıyor.`,
        savingsKW: stream.exergyKW,
        savingsEurPerYear: stream.heatKW * unit.hours * unit.price,
        investmentEur: 8000,
        priority: 'medium',
      }),
    );
  }
  if (m.pressureDropDestructionKW > 0.1 * Math.max(result.exergyDestroyedKW, 1e-9)) {
    list.push(
      makeRecommendation({
        key: 'pressure_drop',
        category: 'pressure_drop',
        titleEn: 'Reduce pressure drop',
        titleTr: 'Basınç kaybını azaltın',
        descriptionEn: `Pressure drops destroy ${m.pressureDropDestructionKW.toFixed(2)} kW.`,
        descriptionTr: `Basınç kayıpları ${m.pressureDropDestructionKW.toFixed(2)} kW yok ediyor.`,
        savingsKW: 0.3 * m.pressureDropDestructionKW,
        savingsEurPerYear: 0.3 * m.pressureDropDestructionKW * unit.hours * unit.price,
        investmentEur: 3000,
        priority: 'low',
      }),
    );
  }
  return list;
}

/** Dryer measures (spec/equipment.md §8.5). */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { DryerMetrics } from './analyse';

export function dryerRecommendations(
  result: Omit<EquipmentResult<DryerMetrics>, 'recommendations'>,
  unit: { hours: number; price: number; exhaustC: number; humidityPct: number; heatSource: string },
): Recommendation[] {
  const m = result.metrics;
  const list: Recommendation[] = [];
  const recoverable = result.heatRecoveryPotentialKW * 0.6;
  if (recoverable > 5) {
    const savings = recoverable * unit.hours * unit.price;
    list.push(
      makeRecommendation({
        key: 'exhaust_heat_recovery',
        category: 'exhaust_heat_recovery',
        titleEn: 'Pre-heat intake air with the exhaust',
        titleTr: 'Emiş havasını egzozla ön ısıtın',
        descriptionEn: `About ${recoverable.toFixed(0)} kW of exhaust heat is recoverable.`,
        descriptionTr: `Yaklaşık ${recoverable.toFixed(0)} kW egzoz ısısı geri kazanılabilir.`,
        savingsKW: null,
        savingsEurPerYear: savings,
        investmentEur: 15000,
        priority: savings > 5000 ? 'high' : 'medium',
      }),
    );
  }
  if ((m.specificEnergyKJPerKgWater ?? 0) > 5000) {
    list.push(
      makeRecommendation({
        key: 'pre_dewatering',
        category: 'mechanical_dewatering',
        titleEn: 'Mechanical pre-dewatering',
        titleTr: 'Mekanik ön susuzlaştırma',
        descriptionEn: `${(m.specificEnergyKJPerKgWater ?? 0).toFixed(0)} kJ per kg of water; pressing is far cheaper than evaporating.`,
        descriptionTr: `Kg su başına ${(m.specificEnergyKJPerKgWater ?? 0).toFixed(0)} kJ; presleme buharlaştırmaktan çok daha ucuzdur.`,
        savingsKW: 0.2 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.2 * result.annualLossEur,
        investmentEur: 25000,
        priority: 'high',
      }),
    );
  }
  if ((m.thermalEfficiencyPct ?? 100) < 45) {
    list.push(
      makeRecommendation({
        key: 'insulation',
        category: 'insulation',
        titleEn: 'Insulate and seal the dryer',
        titleTr: 'Kurutucuyu yalıtın ve sızdırmaz yapın',
        descriptionEn: `Thermal efficiency is ${(m.thermalEfficiencyPct ?? 0).toFixed(0)} %.`,
        descriptionTr: `Isıl verim %${(m.thermalEfficiencyPct ?? 0).toFixed(0)}.`,
        savingsKW: 0.1 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.1 * result.annualLossEur,
        investmentEur: 5000,
        priority: 'medium',
      }),
    );
  }
  if (unit.exhaustC > 60 && unit.humidityPct < 60) {
    list.push(
      makeRecommendation({
        key: 'air_recirculation',
        category: 'air_recirculation',
        titleEn: 'Recirculate part of the exhaust',
        titleTr: 'Egzozun bir kısmını geri döndürün',
        descriptionEn: `Exhaust leaves at ${unit.exhaustC.toFixed(0)} °C and only ${m.exhaustRelativeHumidityPct.toFixed(0)} % RH.`,
        descriptionTr: `Egzoz ${unit.exhaustC.toFixed(0)} °C ve yalnızca %${m.exhaustRelativeHumidityPct.toFixed(0)} bağıl nemle çıkıyor.`,
        savingsKW: 0.12 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.12 * result.annualLossEur,
        investmentEur: 8000,
        priority: 'medium',
      }),
    );
  }
  if (unit.heatSource === 'electrical') {
    list.push(
      makeRecommendation({
        key: 'heat_source_change',
        category: 'heat_pump_retrofit',
        titleEn: 'Replace direct electric heating',
        titleTr: 'Doğrudan elektrikli ısıtmayı değiştirin',
        descriptionEn: 'A heat pump or waste heat supplies the same heat with a fraction of the exergy.',
        descriptionTr: 'Isı pompası veya atık ısı aynı ısıyı ekserjinin küçük bir kısmıyla sağlar.',
        savingsKW: 0.4 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.4 * result.annualLossEur,
        investmentEur: 20000,
        priority: m.heatInputKW > 50 ? 'high' : 'medium',
      }),
    );
  }
  return list;
}

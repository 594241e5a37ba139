/** Compressor measures (spec/equipment.md §2.5), savings from this unit's numbers. */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { CompressorMetrics } from './analyse';

export function compressorRecommendations(
  result: Omit<EquipmentResult<CompressorMetrics>, 'recommendations'>,
  unit: { power: number; loadFactor: number; hours: number; price: number },
): Recommendation[] {
  const { power, loadFactor, hours, price } = unit;
  const energyCost = power * hours * price;
  const list: Recommendation[] = [];
  const recoverable = result.heatRecoveryPotentialKW;
  // Recovered heat displaces boiler heat: priced at the electricity price / 2 (≈ gas price), utilisation 70 %.
  const heatSavings = recoverable * hours * 0.7 * (price / 2);
  if (power >= 15 && heatSavings > 1000) {
    list.push(
      makeRecommendation({
        key: 'heat_recovery',
        category: 'heat_recovery',
        titleEn: 'Recover compression heat',
        titleTr: 'Sıkıştırma ısısını geri kazanın',
        descriptionEn: `About ${recoverable.toFixed(1)} kW of heat can be recovered as hot water.`,
        descriptionTr: `Yaklaşık ${recoverable.toFixed(1)} kW ısı sıcak su olarak geri kazanılabilir.`,
        savingsKW: null,
        savingsEurPerYear: heatSavings,
        investmentEur: power < 30 ? 3500 : power < 75 ? 7000 : power < 150 ? 12000 : 25000,
      }),
    );
  }
  if (result.benchmark.benchmarkClass === 'poor' || result.benchmark.benchmarkClass === 'below_average') {
    list.push(
      makeRecommendation({
        key: 'maintenance',
        category: 'maintenance',
        titleEn: 'Service filters, oil and seals',
        titleTr: 'Filtre, yağ ve conta bakımı yapın',
        descriptionEn: 'Exergetic efficiency is below the subtype benchmark.',
        descriptionTr: 'Ekserji verimi alt tip ölçütünün altında.',
        savingsKW: 0.1 * result.exergyDestroyedKW,
        savingsEurPerYear: 0.1 * result.annualLossEur,
        investmentEur: 500,
        priority: 'high',
      }),
    );
  }
  if ((result.metrics.specificPowerKWPerM3PerMin ?? 0) > 7) {
    list.push(
      makeRecommendation({
        key: 'pressure_optimization',
        category: 'pressure',
        titleEn: 'Lower the delivery pressure',
        titleTr: 'Çıkış basıncını düşürün',
        descriptionEn: 'Each bar less saves about 7 % of compressor power.',
        descriptionTr: 'Her 1 bar düşüş kompresör gücünün yaklaşık %7’sini kazandırır.',
        savingsKW: 0.07 * power,
        savingsEurPerYear: 0.07 * energyCost,
        investmentEur: 0,
        priority: 'high',
      }),
    );
  }
  if (loadFactor < 0.85) {
    list.push(
      makeRecommendation({
        key: 'vsd',
        category: 'vsd',
        titleEn: 'Variable speed drive',
        titleTr: 'Değişken hızlı sürücü',
        descriptionEn: `At ${(loadFactor * 100).toFixed(0)} % average load a VSD avoids unload running.`,
        descriptionTr: `%${(loadFactor * 100).toFixed(0)} ortalama yükte VSD boşta çalışmayı önler.`,
        savingsKW: power * (1 - loadFactor) * 0.3,
        savingsEurPerYear: power * (1 - loadFactor) * 0.3 * hours * price,
        investmentEur: 80 * power,
      }),
    );
  }
  if (hours >= 4000) {
    list.push(
      makeRecommendation({
        key: 'leak_detection',
        category: 'leaks',
        titleEn: 'Ultrasonic leak survey',
        titleTr: 'Ultrasonik kaçak taraması',
        descriptionEn: 'Typical systems leak 15–25 % of their air.',
        descriptionTr: 'Tipik sistemler havanın %15–25’ini kaçırır.',
        savingsKW: 0.2 * power,
        savingsEurPerYear: 0.2 * energyCost,
        investmentEur: 2000,
        priority: 'medium',
      }),
    );
  }
  list.push(
    makeRecommendation({
      key: 'inlet_filter',
      category: 'inlet',
      titleEn: 'Cool, clean intake air',
      titleTr: 'Serin ve temiz emiş havası',
      descriptionEn: 'Draw intake air from the coolest place; keep filters clean (1–3 %).',
      descriptionTr: 'Emiş havasını en serin yerden alın; filtreleri temiz tutun (%1–3).',
      savingsKW: 0.02 * power,
      savingsEurPerYear: 0.02 * energyCost,
      investmentEur: 200,
      priority: 'low',
    }),
  );
  return list;
}

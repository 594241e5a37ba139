/** Chiller measures (spec/equipment.md §4.5). */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { ChillerMetrics } from './analyse';

export function chillerRecommendations(
  result: Omit<EquipmentResult<ChillerMetrics>, 'recommendations'>,
  unit: {
    power: number;
    hours: number;
    price: number;
    absorption: boolean;
    supplyC: number;
    cwSupplyC: number;
    airCooled: boolean;
    ambientC: number;
  },
): Recommendation[] {
  const cost = unit.power * unit.hours * unit.price;
  const list: Recommendation[] = [];
  const cop = result.metrics.cop ?? 0;
  if (!unit.absorption && cop < 4) {
    list.push(
      makeRecommendation({
        key: 'cop_improvement',
        category: 'maintenance',
        titleEn: 'Clean coils and check the charge',
        titleTr: 'Serpantinleri temizleyin, gaz şarjını kontrol edin',
        descriptionEn: `COP is ${cop.toFixed(2)}.`,
        descriptionTr: `COP ${cop.toFixed(2)}.`,
        savingsKW: 0.15 * unit.power,
        savingsEurPerYear: 0.15 * cost,
        investmentEur: 2000,
        priority: 'high',
      }),
    );
  }
  if (unit.supplyC < 7) {
    list.push(
      makeRecommendation({
        key: 'chw_reset',
        category: 'chilled_water_reset',
        titleEn: 'Raise the chilled-water set point',
        titleTr: 'Soğuk su ayar noktasını yükseltin',
        descriptionEn: 'About 3 % less power per kelvin.',
        descriptionTr: 'Kelvin başına yaklaşık %3 daha az güç.',
        savingsKW: 0.03 * unit.power,
        savingsEurPerYear: 0.03 * cost,
        investmentEur: 500,
        priority: 'medium',
      }),
    );
  }
  if (!unit.airCooled && unit.cwSupplyC > 30) {
    list.push(
      makeRecommendation({
        key: 'condenser_optimization',
        category: 'condenser',
        titleEn: 'Lower the condenser water temperature',
        titleTr: 'Kondenser suyu sıcaklığını düşürün',
        descriptionEn: `Condenser water enters at ${unit.cwSupplyC.toFixed(1)} °C.`,
        descriptionTr: `Kondenser suyu ${unit.cwSupplyC.toFixed(1)} °C’de giriyor.`,
        savingsKW: 0.05 * unit.power,
        savingsEurPerYear: 0.05 * cost,
        investmentEur: 3000,
        priority: 'medium',
      }),
    );
  }
  if (result.benchmark.benchmarkClass === 'poor' || result.benchmark.benchmarkClass === 'below_average') {
    list.push(
      makeRecommendation({
        key: 'maintenance',
        category: 'maintenance',
        titleEn: 'Service the chiller',
        titleTr: 'Chiller bakımı yapın',
        descriptionEn: 'Exergetic efficiency is below the subtype benchmark.',
        descriptionTr: 'Ekserji verimi alt tip ölçütünün altında.',
        savingsKW: 0.1 * unit.power,
        savingsEurPerYear: 0.1 * cost,
        investmentEur: 1000,
        priority: 'high',
      }),
    );
  }
  if (unit.ambientC < 15) {
    list.push(
      makeRecommendation({
        key: 'free_cooling',
        category: 'free_cooling',
        titleEn: 'Free cooling',
        titleTr: 'Serbest soğutma',
        descriptionEn: `With ambient at ${unit.ambientC.toFixed(0)} °C, a dry cooler can carry part of the load.`,
        descriptionTr: `Ortam ${unit.ambientC.toFixed(0)} °C iken kuru soğutucu yükün bir kısmını taşıyabilir.`,
        savingsKW: 0.3 * unit.power,
        savingsEurPerYear: 0.3 * cost,
        investmentEur: 15000,
        priority: 'medium',
      }),
    );
  }
  return list;
}

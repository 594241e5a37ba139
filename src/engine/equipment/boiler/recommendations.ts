/** Boiler measures (spec/equipment.md §3.6), savings from this unit's exergy numbers. */
import { makeRecommendation } from '../common/recommendation';
import type { EquipmentResult, Recommendation } from '../types';
import type { BoilerMetrics } from './analyse';

export function boilerRecommendations(
  result: Omit<EquipmentResult<BoilerMetrics>, 'recommendations'>,
  unit: {
    hours: number;
    price: number;
    excessAir: number;
    flueTempC: number;
    feedTempC: number;
    blowdownPct: number;
    fired: boolean;
    fuelKey: string;
  },
): Recommendation[] {
  const { hours, price } = unit;
  const m = result.metrics;
  const fuelCost = result.exergyFuelKW * hours * price;
  const list: Recommendation[] = [];
  if (unit.fired && m.flueGasLossKW > 10 && unit.flueTempC > 150) {
    const savings = 0.5 * m.flueGasLossKW * hours * price;
    list.push(
      makeRecommendation({
        key: 'economizer',
        category: 'economizer',
        titleEn: 'Install a flue-gas economizer',
        titleTr: 'Baca gazı ekonomizeri takın',
        descriptionEn: `Flue gas leaves at ${unit.flueTempC.toFixed(0)} °C carrying ${m.flueGasLossKW.toFixed(1)} kW of exergy.`,
        descriptionTr: `Baca gazı ${unit.flueTempC.toFixed(0)} °C’de ${m.flueGasLossKW.toFixed(1)} kW ekserji taşıyarak çıkıyor.`,
        savingsKW: 0.5 * m.flueGasLossKW,
        savingsEurPerYear: savings,
        investmentEur: 15000,
        priority: savings > 5000 ? 'high' : 'medium',
      }),
    );
  }
  if (unit.fired && unit.excessAir > 20) {
    list.push(
      makeRecommendation({
        key: 'combustion_control',
        category: 'oxygen_control',
        titleEn: 'O₂ trim combustion control',
        titleTr: 'O₂ trim yanma kontrolü',
        descriptionEn: `Excess air is ${unit.excessAir.toFixed(0)} %; 10–15 % is achievable.`,
        descriptionTr: `Hava fazlalığı %${unit.excessAir.toFixed(0)}; %10–15 ulaşılabilir.`,
        savingsKW: 0.02 * result.exergyFuelKW,
        savingsEurPerYear: 0.02 * fuelCost,
        investmentEur: 8000,
        priority: 'medium',
      }),
    );
  }
  if (unit.blowdownPct > 2 && m.blowdownLossKW > 5) {
    list.push(
      makeRecommendation({
        key: 'blowdown_recovery',
        category: 'blowdown',
        titleEn: 'Blowdown heat recovery',
        titleTr: 'Blöf ısısı geri kazanımı',
        descriptionEn: 'A flash tank and heat exchanger return most of the blowdown heat.',
        descriptionTr: 'Flaş tankı ve eşanjör blöf ısısının çoğunu geri kazandırır.',
        savingsKW: 0.6 * m.blowdownLossKW,
        savingsEurPerYear: 0.6 * m.blowdownLossKW * hours * price,
        investmentEur: 5000,
        priority: 'medium',
      }),
    );
  }
  if (unit.fired && result.subtype !== 'condensing' && unit.flueTempC > 120) {
    list.push(
      makeRecommendation({
        key: 'condensing',
        category: 'economizer',
        titleEn: 'Condensing heat recovery',
        titleTr: 'Yoğuşmalı ısı geri kazanımı',
        descriptionEn: 'Cooling the flue gas below its dew point recovers latent heat.',
        descriptionTr: 'Baca gazını çiğ noktasının altına soğutmak gizli ısıyı geri kazandırır.',
        savingsKW: 0.05 * result.exergyFuelKW,
        savingsEurPerYear: 0.05 * fuelCost,
        investmentEur: 30000,
        priority: 'low',
      }),
    );
  }
  if (m.radiationLossKW > 5) {
    list.push(
      makeRecommendation({
        key: 'insulation',
        category: 'insulation',
        titleEn: 'Improve casing insulation',
        titleTr: 'Gövde yalıtımını iyileştirin',
        descriptionEn: `Casing heat carries ${m.radiationLossKW.toFixed(1)} kW of exergy.`,
        descriptionTr: `Gövde ısısı ${m.radiationLossKW.toFixed(1)} kW ekserji taşıyor.`,
        savingsKW: 0.5 * m.radiationLossKW,
        savingsEurPerYear: 0.5 * m.radiationLossKW * hours * price,
        investmentEur: 3000,
        priority: 'medium',
      }),
    );
  }
  if (unit.feedTempC < 60) {
    list.push(
      makeRecommendation({
        key: 'feedwater_preheat',
        category: 'feedwater',
        titleEn: 'Preheat feedwater',
        titleTr: 'Besi suyunu ön ısıtın',
        descriptionEn: `Feedwater enters at ${unit.feedTempC.toFixed(0)} °C.`,
        descriptionTr: `Besi suyu ${unit.feedTempC.toFixed(0)} °C’de giriyor.`,
        savingsKW: 0.03 * result.exergyFuelKW,
        savingsEurPerYear: 0.03 * fuelCost,
        investmentEur: 5000,
        priority: 'medium',
      }),
    );
  }
  return list;
}

/**
 * Every sentence the built-in interpreter writes, in English and Turkish.
 * Each takes the numbers it cites, so the text is grounded in the analysis.
 */
import { eur, kw, pct, years } from './format';

export interface Phrases {
  equipmentSummary(name: string, typeLabel: string, efficiency: number | null, destroyed: number, lossEur: number, benchmark: string): string;
  equipmentDetail(fuel: number, product: number, loss: number, destroyed: number, avoidable: number): string;
  mainLoss(label: string, exergy: number): string;
  avoidableInsight(avoidable: number, ratio: number | null): string;
  benchmarkInsight(benchmark: string, percentile: number): string;
  heatRecoveryInsight(heat: number, temperature: number): string;
  factorySummary(project: string, count: number, fuel: number, efficiency: number | null, destroyed: number, lossEur: number): string;
  factoryDetail(top: string, share: number | null, destroyed: number, losses: number): string;
  hotspotFinding(name: string, destroyed: number, share: number | null, efficiency: number | null): string;
  gapInsight(grade: string, esi: number, minimum: number, bat: number, actual: number, batGapEur: number): string;
  largestOpportunity(title: string, source: string, target: string, recoverable: number, savings: number, payback: number | null): string;
  noOpportunity(): string;
  opportunityDescription(source: string, target: string, recoverable: number, temperature: number | null): string;
  actionText(measure: string, equipment: string | null): string;
  planItem(action: string, savings: number | null, payback: number | null): string;
  notRecommended(title: string): { title: string; reason: string };
  staleWarning(count: number): string;
  lowEfficiencyWarning(name: string, efficiency: number): string;
  highEfficiencyWarning(name: string, efficiency: number): string;
  noProcessWarning(): string;
  equipmentTypeLabel(type: string): string;
  benchmarkLabel(benchmark: string): string;
}

const TYPE_EN: Record<string, string> = { compressor: 'air compressor', boiler: 'boiler', chiller: 'chiller', pump: 'pump', heat_exchanger: 'heat exchanger', steam_turbine: 'steam turbine', dryer: 'dryer' };
const TYPE_TR: Record<string, string> = { compressor: 'hava kompresörü', boiler: 'kazan', chiller: 'chiller', pump: 'pompa', heat_exchanger: 'ısı eşanjörü', steam_turbine: 'buhar türbini', dryer: 'kurutucu' };
const BENCH_EN: Record<string, string> = { poor: 'poor', below_average: 'below average', average: 'average', good: 'good', excellent: 'excellent' };
const BENCH_TR: Record<string, string> = { poor: 'zayıf', below_average: 'ortalamanın altında', average: 'ortalama', good: 'iyi', excellent: 'mükemmel' };

export const EN: Phrases = {
  equipmentSummary: (name, type, eff, d, eurLoss, bench) =>
    `${name} (${type}) runs at ${pct(eff)} exergetic efficiency, rated ${bench} for its subtype. It destroys ${kw(d)} of exergy, costing ${eur(eurLoss)} per year.`,
  equipmentDetail: (f, p, l, d, av) =>
    `Of ${kw(f)} of exergy supplied, ${kw(p)} becomes product, ${kw(l)} leaves unused as losses and ${kw(d)} is destroyed by irreversibilities. ${kw(av)} of the destruction is avoidable with best-practice equipment.`,
  mainLoss: (label, e) => `The largest loss stream is ${label.toLowerCase()} with ${kw(e)} of exergy.`,
  avoidableInsight: (av, ratio) => `${kw(av)} (${pct(ratio)}) of the destruction is avoidable.`,
  benchmarkInsight: (bench, pctl) => `Benchmark: ${bench}, around the ${pctl}th percentile of comparable units.`,
  heatRecoveryInsight: (heat, t) => `${kw(heat)} of waste heat is available at ${t.toFixed(0)} °C for reuse.`,
  factorySummary: (project, n, f, eff, d, eurLoss) =>
    `${project}: ${n} units take ${kw(f)} of exergy across the plant boundary at ${pct(eff)} plant exergetic efficiency. ${kw(d)} is destroyed, and the exergy wasted costs ${eur(eurLoss)} per year.`,
  factoryDetail: (top, share, d, l) =>
    `${top} is the largest hotspot with ${pct(share)} of all destruction. In total ${kw(d)} is destroyed inside the units and ${kw(l)} leaves the plant as losses.`,
  hotspotFinding: (name, d, share, eff) => `${name} destroys ${kw(d)} (${pct(share)} of the plant) at ${pct(eff)} exergetic efficiency.`,
  gapInsight: (grade, esi, min, bat, actual, batEur) =>
    `Gap analysis grade ${grade} (ESI ${esi.toFixed(3)}): the process needs at least ${kw(min)}, best available technology ${kw(bat)}, the plant uses ${kw(actual)}; closing the gap to BAT is worth ${eur(batEur)} per year.`,
  largestOpportunity: (title, s, t, r, sav, pb) =>
    `Largest integration opportunity: ${title} (${s} → ${t}), ${kw(r)}, saving ${eur(sav)} per year with a payback of ${years(pb)} years.`,
  noOpportunity: () => 'No heat-integration opportunity is feasible at the temperatures reported.',
  opportunityDescription: (s, t, r, temp) => `${s} can supply ${kw(r)} to ${t}${temp === null ? '' : ` from ${temp.toFixed(0)} °C`}.`,
  actionText: (measure, eq) => (eq ? `${eq}: ${measure}` : measure),
  planItem: (action, sav, pb) => `${action} (${sav === null ? 'savings not estimated' : `${eur(sav)}/yr`}, payback ${years(pb)} years)`,
  notRecommended: (title) => ({ title, reason: 'Payback longer than 10 years at current prices.' }),
  staleWarning: (n) => `The inputs of ${n === 1 ? 'this unit' : `this ${n}-unit plant`} changed after this analysis; run the analysis again before acting on these numbers.`,
  lowEfficiencyWarning: (name, eff) => `${name} shows only ${pct(eff)} exergetic efficiency: check the measured inputs.`,
  highEfficiencyWarning: (name, eff) => `${name} shows ${pct(eff)} exergetic efficiency, unusually high: check the measured inputs.`,
  noProcessWarning: () => 'No process is defined for this project, so there is no gap analysis against the thermodynamic minimum and BAT.',
  equipmentTypeLabel: (t) => TYPE_EN[t] ?? t,
  benchmarkLabel: (b) => BENCH_EN[b] ?? b,
};

export const TR: Phrases = {
  equipmentSummary: (name, type, eff, d, eurLoss, bench) =>
    `${name} (${type}) ${pct(eff)} ekserji veriminde çalışıyor; alt tipine göre değerlendirmesi: ${bench}. ${kw(d)} ekserji yok ediyor; bunun yıllık maliyeti ${eur(eurLoss)}.`,
  equipmentDetail: (f, p, l, d, av) =>
    `Verilen ${kw(f)} ekserjinin ${kw(p)} kadarı ürüne dönüşüyor, ${kw(l)} kayıp olarak kullanılmadan çıkıyor ve ${kw(d)} tersinmezliklerle yok oluyor. Yok olan ekserjinin ${kw(av)} kadarı en iyi uygulama ekipmanıyla önlenebilir.`,
  mainLoss: (label, e) => `En büyük kayıp akışı ${kw(e)} ekserji ile: ${label.toLowerCase()}.`,
  avoidableInsight: (av, ratio) => `Yok olan ekserjinin ${kw(av)} (${pct(ratio)}) kadarı önlenebilir.`,
  benchmarkInsight: (bench, pctl) => `Karşılaştırma: ${bench}; benzer ekipmanların yaklaşık ${pctl}. yüzdelik diliminde.`,
  heatRecoveryInsight: (heat, t) => `${t.toFixed(0)} °C sıcaklıkta ${kw(heat)} atık ısı yeniden kullanılabilir.`,
  factorySummary: (project, n, f, eff, d, eurLoss) =>
    `${project}: ${n} ekipman tesis sınırından ${kw(f)} ekserji alıyor; tesis ekserji verimi ${pct(eff)}. ${kw(d)} yok oluyor ve boşa giden ekserjinin yıllık maliyeti ${eur(eurLoss)}.`,
  factoryDetail: (top, share, d, l) =>
    `En büyük sıcak nokta, toplam yıkımın ${pct(share)} payıyla ${top}. Ekipmanlarda toplam ${kw(d)} yok oluyor ve ${kw(l)} kayıp olarak tesisten çıkıyor.`,
  hotspotFinding: (name, d, share, eff) => `${name} ${pct(eff)} ekserji veriminde ${kw(d)} yok ediyor (tesisin ${pct(share)} payı).`,
  gapInsight: (grade, esi, min, bat, actual, batEur) =>
    `Açık analizi notu ${grade} (ESI ${esi.toFixed(3)}): proses en az ${kw(min)}, mevcut en iyi teknoloji ${kw(bat)} gerektiriyor; tesis ${kw(actual)} kullanıyor. BAT düzeyine kadar açığı kapatmanın yıllık değeri ${eur(batEur)}.`,
  largestOpportunity: (title, s, t, r, sav, pb) =>
    `En büyük entegrasyon fırsatı: ${title} (${s} → ${t}), ${kw(r)}; yıllık ${eur(sav)} tasarruf, geri ödeme ${years(pb)} yıl.`,
  noOpportunity: () => 'Bildirilen sıcaklıklarda uygulanabilir bir ısı entegrasyonu fırsatı yok.',
  opportunityDescription: (s, t, r, temp) => `${s}, ${t} için ${kw(r)} sağlayabilir${temp === null ? '' : ` (${temp.toFixed(0)} °C’den)`}.`,
  actionText: (measure, eq) => (eq ? `${eq}: ${measure}` : measure),
  planItem: (action, sav, pb) => `${action} (${sav === null ? 'tasarruf tahmin edilmedi' : `${eur(sav)}/yıl`}, geri ödeme ${years(pb)} yıl)`,
  notRecommended: (title) => ({ title, reason: 'Mevcut fiyatlarla geri ödeme süresi 10 yıldan uzun.' }),
  staleWarning: (n) => `${n === 1 ? 'Bu ekipmanın' : `${n} ekipmanlı bu tesisin`} girdileri bu analizden sonra değişti; bu sayılara göre hareket etmeden önce analizi yeniden çalıştırın.`,
  lowEfficiencyWarning: (name, eff) => `${name} yalnızca ${pct(eff)} ekserji verimi gösteriyor: ölçülen girdileri kontrol edin.`,
  highEfficiencyWarning: (name, eff) => `${name} alışılmadık derecede yüksek, ${pct(eff)} ekserji verimi gösteriyor: ölçülen girdileri kontrol edin.`,
  noProcessWarning: () => 'Bu proje için proses tanımlı değil; termodinamik minimum ve BAT ile açık analizi yapılamıyor.',
  equipmentTypeLabel: (t) => TYPE_TR[t] ?? t,
  benchmarkLabel: (b) => BENCH_TR[b] ?? b,
};

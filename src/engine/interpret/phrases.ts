/**
 * The phrasebook: every sentence the built-in interpreter writes, in English
 * and Turkish. Each phrase takes the numbers it cites, so the text is grounded
 * in the analysis; `Phrases` is one interface, so a sentence missing from one
 * language is a compile error, not English leaking into Turkish.
 */
import { EQUIPMENT_MODULES, isEquipmentTypeKey } from '../equipment';
import { degC, eur, eurCents, kw, pct as pctOf, years as yearsOf } from './format';

export interface Phrases {
  /** Word for an unknown number. */
  missing: string;
  equipmentSummary(
    name: string,
    typeLabel: string,
    efficiency: number | null,
    destroyed: number,
    lossEur: number,
    benchmark: string,
  ): string;
  equipmentDetail(fuel: number, product: number, loss: number, destroyed: number, avoidable: number): string;
  equipmentEconomics(factorF: number | null, destructionEurPerH: number): string;
  mainLoss(key: string, label: string, exergy: number): string;
  avoidableInsight(avoidable: number, ratio: number | null): string;
  benchmarkInsight(benchmark: string, percentile: number, efficiency: number | null, goodPct: number): string;
  heatRecoveryInsight(key: string, label: string, heat: number, temperature: number): string;
  /** A heat user the factory engine names generically (no unit of the plant): its English label, translated. */
  genericSink(label: string): string;
  largestMeasure(measure: string, savingsEur: number | null, savingsKW: number | null, payback: number | null): string;
  noMeasure(): string;
  equipmentHotspotFinding(name: string, destroyed: number, efficiency: number | null, benchmark: string): string;
  factorySummary(
    project: string,
    count: number,
    fuel: number,
    efficiency: number | null,
    destroyed: number,
    lossEur: number,
  ): string;
  factoryDetail(top: string, share: number | null, destroyed: number, losses: number): string;
  factoryAvoidable(avoidable: number, destroyed: number): string;
  factoryProduct(product: number, internal: number): string;
  topHotspots(names: string[], cumulativeShare: number | null): string;
  recoverableHeat(heat: number, units: number): string;
  hotspotFinding(name: string, destroyed: number, share: number | null, efficiency: number | null): string;
  noHotspot(): string;
  gapInsight(grade: string, esi: number, minimum: number, bat: number, actual: number, batGapEur: number): string;
  /** The plant cannot be rated against the process (gap status not OK). */
  gapNotGraded(minimum: number, actual: number): string;
  gapRatio(actualToBat: number | null, batGapPct: number | null): string;
  largestOpportunity(
    title: string,
    source: string,
    target: string,
    recoverable: number,
    savings: number,
    payback: number | null,
  ): string;
  noOpportunity(): string;
  opportunityDescription(source: string, target: string, recoverable: number, temperature: number | null): string;
  actionText(measure: string, equipment: string | null): string;
  planItem(action: string, savings: number | null, investment: number | null, payback: number | null): string;
  longPaybackReason(payback: number, limit: number): string;
  noSavingsReason(investment: number | null): string;
  staleWarning(count: number): string;
  lowEfficiencyWarning(name: string, efficiency: number): string;
  highEfficiencyWarning(name: string, efficiency: number): string;
  undefinedEfficiencyWarning(name: string): string;
  balanceWarning(residual: number): string;
  noProcessWarning(count: number, fuel: number): string;
  equipmentWarning(code: string, message: string): string;
  sectorFocusDominant(typeLabel: string, share: number): string;
  sectorFocusMinor(typeLabel: string, share: number, topTypeLabel: string, topShare: number): string;
  sectorFocusAbsent(typeLabel: string, topTypeLabel: string | null, topShare: number | null): string;
  sectorUnitMatches(typeLabel: string, efficiency: number | null, destroyed: number): string;
  sectorUnitOther(typeLabel: string, focusLabel: string, destroyed: number): string;
  processGap(esi: number, grade: string, actualToBat: number | null): string;
  processNoGap(fuel: number): string;
  equipmentTypeLabel(type: string): string;
  benchmarkLabel(benchmark: string): string;
}

/** A type's name inside a sentence comes from its equipment module (nounEn/nounTr); an unknown key reads as itself. */
const typeNoun = (type: string, language: 'nounEn' | 'nounTr') =>
  isEquipmentTypeKey(type) ? EQUIPMENT_MODULES[type][language] : type;
const BENCH_EN: Record<string, string> = {
  poor: 'poor',
  below_average: 'below average',
  average: 'average',
  good: 'good',
  excellent: 'excellent',
};
const BENCH_TR: Record<string, string> = {
  poor: 'zayıf',
  below_average: 'ortalamanın altında',
  average: 'ortalama',
  good: 'iyi',
  excellent: 'mükemmel',
};
/** Turkish names of the equipment engines' loss streams, by key (their labels are English). */
const LOSS_TR: Record<string, string> = {
  flue_gas: 'baca gazı',
  blowdown: 'blöf',
  casing_heat: 'gövde yüzeyinden ısı kaybı (ışınım ve taşınım)',
  condenser_heat: 'kondenser ısısı',
  condenser: 'kondenserde atılan egzoz ısısı',
  exhaust_heat: 'geri kazanılmayan egzoz ısısı',
  rejected_heat: 'yağ soğutucu / son soğutucuda atılan ısı',
  compression_heat: 'sıkıştırma ısısı',
  exhaust_air: 'kurutucu egzoz havası',
  exhaust: 'türbin egzozu',
  heat_leak: 'çevreye kaybolan ısı',
  hot_outlet: 'çıkan sıcak akış',
};
/** Turkish names of the factory engine's generic heat users (src/engine/factory/integration.ts). */
const SINK_TR: Record<string, string> = {
  'Space heating system': 'ortam ısıtma sistemi',
  'Hot water system': 'sıcak su sistemi',
  'Plant heating system': 'tesis ısıtma sistemi',
};
/** Turkish text of the engines' warning codes (their messages are English). */
const WARNING_TR: Record<string, string> = {
  CHILLED_ABOVE_AMBIENT: 'Soğuk su ölü hal sıcaklığının altında değil: soğuğunun ekserjisi yok.',
};

const list = (names: string[], and: string) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;

const NA_EN = 'n/a';
const pctEn = (v: number | null) => pctOf(v, NA_EN);
const yrsEn = (v: number | null) => yearsOf(v, NA_EN);

export const EN: Phrases = {
  missing: NA_EN,
  equipmentSummary: (name, type, eff, d, eurLoss, bench) =>
    `${name} (${type}) runs at ${pctEn(eff)} exergetic efficiency, rated ${bench} for its subtype. It destroys ${kw(d)} of exergy, and the exergy it wastes costs ${eur(eurLoss)} per year.`,
  equipmentDetail: (f, p, l, d, av) =>
    `Of ${kw(f)} of exergy supplied, ${kw(p)} becomes product, ${kw(l)} leaves unused as losses and ${kw(d)} is destroyed by irreversibilities. ${kw(av)} of the destruction is avoidable with best-practice equipment.`,
  equipmentEconomics: (f, cd) =>
    f === null
      ? `Destruction costs ${eurCents(cd)} per operating hour.`
      : `Destruction costs ${eurCents(cd)} per operating hour; the exergoeconomic factor f = ${f.toFixed(2)} says ${f < 0.25 ? 'operating cost, not capital, dominates: a better unit pays' : f > 0.65 ? 'capital dominates: a cheaper unit would cost less overall' : 'capital and operating cost are balanced'}.`,
  mainLoss: (_key, label, e) => `The largest loss stream is ${label.toLowerCase()} with ${kw(e)} of exergy.`,
  avoidableInsight: (av, ratio) => `${kw(av)} (${pctEn(ratio)}) of the destruction is avoidable.`,
  benchmarkInsight: (bench, pctl, eff, good) =>
    `Benchmark: ${bench}, around the ${pctl.toFixed(0)}th percentile of comparable units (${pctEn(eff)} against ${pctEn(good)} for a good unit).`,
  heatRecoveryInsight: (_key, label, heat, t) =>
    `${kw(heat)} of waste heat (${label.toLowerCase()}) is available at ${degC(t)} for reuse.`,
  genericSink: (label) => label,
  largestMeasure: (m, sav, savKW, pb) =>
    `The most valuable measure is "${m}": ${sav === null ? 'savings not estimated' : `${eur(sav)} per year`}${savKW === null ? '' : ` (${kw(savKW)} of exergy)`}, payback ${yrsEn(pb)} years.`,
  noMeasure: () => 'The analysis found no measure with estimated savings for this unit at 0 EUR of investment or more.',
  equipmentHotspotFinding: (name, d, eff, bench) =>
    `${name} destroys ${kw(d)} at ${pctEn(eff)} exergetic efficiency (${bench}).`,
  factorySummary: (project, n, f, eff, d, eurLoss) =>
    `${project}: ${n} units take ${kw(f)} of exergy across the plant boundary at ${pctEn(eff)} plant exergetic efficiency. ${kw(d)} is destroyed, and the exergy wasted costs ${eur(eurLoss)} per year.`,
  factoryDetail: (top, share, d, l) =>
    `${top} is the largest hotspot with ${pctEn(share)} of all destruction. In total ${kw(d)} is destroyed inside the units and ${kw(l)} leaves the plant as losses.`,
  factoryAvoidable: (av, d) =>
    `${kw(av)} of the ${kw(d)} destroyed (${pctEn(d > 0 ? (100 * av) / d : null)}) is avoidable with best-practice equipment.`,
  factoryProduct: (p, internal) =>
    `The plant delivers ${kw(p)} of exergy as product; ${kw(internal)} passes between its own units.`,
  topHotspots: (names, cum) => `${list(names, 'and')} together account for ${pctEn(cum)} of the plant's destruction.`,
  recoverableHeat: (heat, n) => `${kw(heat)} of waste heat is recoverable from ${n} unit${n === 1 ? '' : 's'}.`,
  hotspotFinding: (name, d, share, eff) =>
    `${name} destroys ${kw(d)} (${pctEn(share)} of the plant) at ${pctEn(eff)} exergetic efficiency.`,
  noHotspot: () => 'No unit destroys exergy in this analysis (0.0 kW in total).',
  gapInsight: (grade, esi, min, bat, actual, batEur) =>
    `Gap analysis grade ${grade} (ESI ${esi.toFixed(3)}): the process needs at least ${kw(min)}, best available technology ${kw(bat)}, the plant uses ${kw(actual)}; closing the gap to BAT is worth ${eur(batEur)} per year.`,
  gapNotGraded: (min, actual) =>
    `The gap analysis is not graded: the process needs at least ${kw(min)} while the analysed equipment takes ${kw(actual)}; record every unit that serves the process, or check its parameters.`,
  gapRatio: (ratio, batPct) =>
    `The plant uses ${ratio === null ? NA_EN : `${ratio.toFixed(2)}×`} the exergy of best available technology; the BAT gap is ${pctEn(batPct)} of its input.`,
  largestOpportunity: (title, s, t, r, sav, pb) =>
    `Largest integration opportunity: ${title} (${s} → ${t}), ${kw(r)}, saving ${eur(sav)} per year with a payback of ${yrsEn(pb)} years.`,
  noOpportunity: () => 'No heat-integration opportunity is feasible at the temperatures reported (0 matches).',
  opportunityDescription: (s, t, r, temp) =>
    `${s} can supply ${kw(r)} to ${t}${temp === null ? '' : ` from ${degC(temp)}`}.`,
  actionText: (measure, eq) => (eq ? `${eq}: ${measure}` : measure),
  planItem: (action, sav, inv, pb) =>
    `${action} (${sav === null ? 'savings not estimated' : `${eur(sav)}/yr`}, investment ${inv === null ? NA_EN : eur(inv)}, payback ${yrsEn(pb)} years)`,
  longPaybackReason: (pb, limit) =>
    `Payback of ${pb.toFixed(1)} years is longer than ${limit} years at current prices.`,
  noSavingsReason: (inv) =>
    `No savings at the analysed operating point (0 EUR/yr) for an investment of ${inv === null ? NA_EN : eur(inv)}.`,
  staleWarning: (n) =>
    `The inputs of ${n === 1 ? 'this unit' : `${n} units`} changed after this analysis; run the analysis again before acting on these numbers.`,
  lowEfficiencyWarning: (name, eff) =>
    `${name} shows only ${pctEn(eff)} exergetic efficiency: check the measured inputs.`,
  highEfficiencyWarning: (name, eff) =>
    `${name} shows ${pctEn(eff)} exergetic efficiency, unusually high: check the measured inputs.`,
  undefinedEfficiencyWarning: (name) =>
    `${name} has no exergetic efficiency (its exergy input is 0 kW): check its inputs.`,
  balanceWarning: (res) =>
    `The plant exergy balance does not close by ${kw(res)}: check the supply links between units.`,
  noProcessWarning: (n, f) =>
    `No process is defined for this project, so the ${kw(f)} taken by its ${n} units cannot be compared with the thermodynamic minimum and BAT (no gap analysis).`,
  equipmentWarning: (_code, message) => message,
  sectorFocusDominant: (type, s) =>
    `Here the ${type} units hold ${pctEn(s)} of the destruction, so they are the place to start.`,
  sectorFocusMinor: (type, s, top, topS) =>
    `Here the ${type} units hold only ${pctEn(s)} of the destruction; the ${top} units hold ${pctEn(topS)} and come first.`,
  sectorFocusAbsent: (type, top, topS) =>
    `No ${type} is modelled in this plant (${pctEn(0)} of the destruction)${top === null ? '' : `; the ${top} units hold ${pctEn(topS)} of it`}: add the ${type} units if the site has them.`,
  sectorUnitMatches: (type, eff, d) =>
    `This ${type} is the usual focus of the sector; at ${pctEn(eff)} exergetic efficiency it destroys ${kw(d)}.`,
  sectorUnitOther: (type, focus, d) =>
    `This ${type} (${kw(d)} destroyed) is not the sector's usual focus, which is the ${focus}: compare it with those units too.`,
  processGap: (esi, grade, ratio) =>
    `Against this process's minimum the plant scores ESI ${esi.toFixed(3)} (grade ${grade}) and uses ${ratio === null ? NA_EN : `${ratio.toFixed(2)}×`} the BAT exergy.`,
  processNoGap: (f) => `Define the process to compare the ${kw(f)} taken with its thermodynamic minimum.`,
  equipmentTypeLabel: (t) => typeNoun(t, 'nounEn'),
  benchmarkLabel: (b) => BENCH_EN[b] ?? b,
};

const NA_TR = 'belirsiz';
const pctTr = (v: number | null) => pctOf(v, NA_TR);
const yrsTr = (v: number | null) => yearsOf(v, NA_TR);

export const TR: Phrases = {
  missing: NA_TR,
  equipmentSummary: (name, type, eff, d, eurLoss, bench) =>
    `${name} (${type}) ${pctTr(eff)} ekserji veriminde çalışıyor; alt tipine göre değerlendirmesi: ${bench}. ${kw(d)} ekserji yok ediyor ve boşa harcadığı ekserjinin yıllık maliyeti ${eur(eurLoss)}.`,
  equipmentDetail: (f, p, l, d, av) =>
    `Verilen ${kw(f)} ekserjinin ${kw(p)} kadarı ürüne dönüşüyor, ${kw(l)} kayıp olarak kullanılmadan çıkıyor ve ${kw(d)} tersinmezliklerle yok oluyor. Yok olan ekserjinin ${kw(av)} kadarı en iyi uygulama ekipmanıyla önlenebilir.`,
  equipmentEconomics: (f, cd) =>
    f === null
      ? `Ekserji yıkımının maliyeti çalışma saati başına ${eurCents(cd)}.`
      : `Ekserji yıkımının maliyeti çalışma saati başına ${eurCents(cd)}; ekserjiekonomik faktör f = ${f.toFixed(2)}: ${f < 0.25 ? 'sermaye değil işletme maliyeti baskın, daha iyi bir ekipman kendini öder' : f > 0.65 ? 'sermaye maliyeti baskın, daha ucuz bir ekipman toplamda daha az tutar' : 'sermaye ve işletme maliyeti dengede'}.`,
  mainLoss: (key, _label, e) => `En büyük kayıp akışı ${kw(e)} ekserji ile ${LOSS_TR[key] ?? 'diğer kayıplar'}.`,
  avoidableInsight: (av, ratio) => `Yok olan ekserjinin ${kw(av)} (${pctTr(ratio)}) kadarı önlenebilir.`,
  benchmarkInsight: (bench, pctl, eff, good) =>
    `Karşılaştırma: ${bench}; benzer ekipmanların yaklaşık ${pctl.toFixed(0)}. yüzdelik diliminde (iyi bir ekipmanın ${pctTr(good)} değerine karşı ${pctTr(eff)}).`,
  heatRecoveryInsight: (key, _label, heat, t) =>
    `${degC(t)} sıcaklıkta ${kw(heat)} atık ısı (${LOSS_TR[key] ?? 'diğer akış'}) yeniden kullanılabilir.`,
  genericSink: (label) => SINK_TR[label] ?? 'tesisteki ısı kullanıcısı',
  largestMeasure: (m, sav, savKW, pb) =>
    `En değerli önlem "${m}": ${sav === null ? 'tasarruf tahmin edilmedi' : `yıllık ${eur(sav)}`}${savKW === null ? '' : ` (${kw(savKW)} ekserji)`}, geri ödeme ${yrsTr(pb)} yıl.`,
  noMeasure: () => 'Analiz, 0 EUR ve üzeri yatırımla bu ekipman için tasarrufu tahmin edilen bir önlem bulmadı.',
  equipmentHotspotFinding: (name, d, eff, bench) =>
    `${name} ${pctTr(eff)} ekserji veriminde ${kw(d)} yok ediyor (${bench}).`,
  factorySummary: (project, n, f, eff, d, eurLoss) =>
    `${project}: ${n} ekipman tesis sınırından ${kw(f)} ekserji alıyor; tesis ekserji verimi ${pctTr(eff)}. ${kw(d)} yok oluyor ve boşa giden ekserjinin yıllık maliyeti ${eur(eurLoss)}.`,
  factoryDetail: (top, share, d, l) =>
    `En büyük sıcak nokta, toplam yıkımın ${pctTr(share)} payıyla ${top}. Ekipmanlarda toplam ${kw(d)} yok oluyor ve ${kw(l)} kayıp olarak tesisten çıkıyor.`,
  factoryAvoidable: (av, d) =>
    `Yok olan ${kw(d)} ekserjinin ${kw(av)} kadarı (${pctTr(d > 0 ? (100 * av) / d : null)}) en iyi uygulama ekipmanıyla önlenebilir.`,
  factoryProduct: (p, internal) =>
    `Tesis ürün olarak ${kw(p)} ekserji veriyor; ${kw(internal)} kendi ekipmanları arasında aktarılıyor.`,
  topHotspots: (names, cum) => `${list(names, 've')} birlikte tesisteki yıkımın ${pctTr(cum)} payını oluşturuyor.`,
  recoverableHeat: (heat, n) => `${n} ekipmandan ${kw(heat)} atık ısı geri kazanılabilir.`,
  hotspotFinding: (name, d, share, eff) =>
    `${name} ${pctTr(eff)} ekserji veriminde ${kw(d)} yok ediyor (tesisin ${pctTr(share)} payı).`,
  noHotspot: () => 'Bu analizde hiçbir ekipman ekserji yok etmiyor (toplam 0.0 kW).',
  gapInsight: (grade, esi, min, bat, actual, batEur) =>
    `Açık analizi notu ${grade} (ESI ${esi.toFixed(3)}): proses en az ${kw(min)}, mevcut en iyi teknoloji ${kw(bat)} gerektiriyor; tesis ${kw(actual)} kullanıyor. BAT düzeyine kadar açığı kapatmanın yıllık değeri ${eur(batEur)}.`,
  gapNotGraded: (min, actual) =>
    `Açık analizine not verilmedi: proses en az ${kw(min)} gerektiriyor, analiz edilen ekipman ise ${kw(actual)} alıyor; prosese hizmet eden tüm ekipmanları kaydedin veya parametrelerini kontrol edin.`,
  gapRatio: (ratio, batPct) =>
    `Tesis, mevcut en iyi teknolojinin ${ratio === null ? NA_TR : `${ratio.toFixed(2)} katı`} ekserji kullanıyor; BAT açığı girdisinin ${pctTr(batPct)} kadarı.`,
  largestOpportunity: (title, s, t, r, sav, pb) =>
    `En büyük entegrasyon fırsatı: ${title} (${s} → ${t}), ${kw(r)}; yıllık ${eur(sav)} tasarruf, geri ödeme ${yrsTr(pb)} yıl.`,
  noOpportunity: () => 'Bildirilen sıcaklıklarda uygulanabilir bir ısı entegrasyonu fırsatı yok (0 eşleşme).',
  opportunityDescription: (s, t, r, temp) =>
    `${s}, ${t} için ${kw(r)} sağlayabilir${temp === null ? '' : ` (${degC(temp)} sıcaklıktan)`}.`,
  actionText: (measure, eq) => (eq ? `${eq}: ${measure}` : measure),
  planItem: (action, sav, inv, pb) =>
    `${action} (${sav === null ? 'tasarruf tahmin edilmedi' : `${eur(sav)}/yıl`}, yatırım ${inv === null ? NA_TR : eur(inv)}, geri ödeme ${yrsTr(pb)} yıl)`,
  longPaybackReason: (pb, limit) => `Mevcut fiyatlarla ${pb.toFixed(1)} yıllık geri ödeme süresi ${limit} yıldan uzun.`,
  noSavingsReason: (inv) =>
    `Analiz edilen çalışma noktasında ${inv === null ? NA_TR : eur(inv)} yatırıma karşılık tasarruf yok (0 EUR/yıl).`,
  staleWarning: (n) =>
    `${n === 1 ? 'Bu ekipmanın' : `${n} ekipmanın`} girdileri bu analizden sonra değişti; bu sayılara göre hareket etmeden önce analizi yeniden çalıştırın.`,
  lowEfficiencyWarning: (name, eff) =>
    `${name} yalnızca ${pctTr(eff)} ekserji verimi gösteriyor: ölçülen girdileri kontrol edin.`,
  highEfficiencyWarning: (name, eff) =>
    `${name} alışılmadık derecede yüksek, ${pctTr(eff)} ekserji verimi gösteriyor: ölçülen girdileri kontrol edin.`,
  undefinedEfficiencyWarning: (name) =>
    `${name} için ekserji verimi hesaplanamıyor (ekserji girdisi 0 kW): girdilerini kontrol edin.`,
  balanceWarning: (res) =>
    `Tesisin ekserji dengesi ${kw(res)} kadar kapanmıyor: ekipmanlar arasındaki besleme bağlantılarını kontrol edin.`,
  noProcessWarning: (n, f) =>
    `Bu proje için proses tanımlı değil; ${n} ekipmanın aldığı ${kw(f)} termodinamik minimum ve BAT ile karşılaştırılamıyor (açık analizi yok).`,
  equipmentWarning: (code) => WARNING_TR[code] ?? `Ekipman uyarısı (kod ${code}): girdileri kontrol edin.`,
  sectorFocusDominant: (type, s) =>
    `Burada ${type} ekipmanları yıkımın ${pctTr(s)} payına sahip; işe buradan başlanmalı.`,
  sectorFocusMinor: (type, s, top, topS) =>
    `Burada ${type} ekipmanları yıkımın yalnızca ${pctTr(s)} payına sahip; ${pctTr(topS)} payla ${top} ekipmanları önce gelir.`,
  sectorFocusAbsent: (type, top, topS) =>
    `Bu tesiste ${type} modellenmemiş (yıkımın ${pctTr(0)} payı)${top === null ? '' : `; yıkımın ${pctTr(topS)} payı ${top} ekipmanlarında`}: sahada varsa ${type} ekipmanlarını ekleyin.`,
  sectorUnitMatches: (type, eff, d) =>
    `Bu ${type} sektörün olağan odak noktası; ${pctTr(eff)} ekserji veriminde ${kw(d)} yok ediyor.`,
  sectorUnitOther: (type, focus, d) =>
    `Bu ${type} (${kw(d)} yıkım) sektörün olağan odağı değil; olağan odak ${focus}: o ekipmanlarla da karşılaştırın.`,
  processGap: (esi, grade, ratio) =>
    `Bu prosesin minimumuna göre tesis ESI ${esi.toFixed(3)} (not ${grade}) alıyor ve BAT ekserjisinin ${ratio === null ? NA_TR : `${ratio.toFixed(2)} katını`} kullanıyor.`,
  processNoGap: (f) => `Alınan ${kw(f)} ekserjiyi termodinamik minimumla karşılaştırmak için prosesi tanımlayın.`,
  equipmentTypeLabel: (t) => typeNoun(t, 'nounTr'),
  benchmarkLabel: (b) => BENCH_TR[b] ?? b,
};

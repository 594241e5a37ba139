/**
 * Sector- and process-specific insights. Each sector names the equipment type
 * that usually dominates its exergy destruction and its classic lever; the
 * insight then states what THIS plant's numbers show for that type (its share
 * of the destruction, or that the type is missing). Each process type adds
 * its lever and, with a gap analysis, where the plant stands against BAT.
 *
 *   sectorKey(sector) → key of SECTORS ('general' when unknown)
 *   factorySectorInsights(...) / equipmentSectorInsights(...) → string[]
 */
import type { Phrases } from './phrases';
import type { InterpretationLanguage } from './types';

interface SectorNote {
  /** Lower-case spellings users type, English and Turkish (ASCII-folded). */
  aliases: string[];
  focusType: string;
  en: string;
  tr: string;
}

const SECTORS: Record<string, SectorNote> = {
  food: {
    aliases: ['food', 'food processing', 'gida', 'beverage', 'icecek'],
    focusType: 'boiler',
    en: 'Food plants lose most exergy in steam and hot-water generation; condensate return and low-temperature heat pumps are the usual levers.',
    tr: 'Gıda tesislerinde ekserji en çok buhar ve sıcak su üretiminde kaybolur; kondens dönüşü ve düşük sıcaklık ısı pompaları başlıca araçlardır.',
  },
  dairy: {
    aliases: ['dairy', 'sut', 'sut urunleri', 'mandira'],
    focusType: 'chiller',
    en: 'Dairies pair refrigeration with pasteurisation heat; chiller condenser heat can preheat cleaning water.',
    tr: 'Mandıralarda soğutma ile pastörizasyon ısısı birliktedir; soğutma grubu kondenser ısısı temizlik suyunu ön ısıtabilir.',
  },
  textile: {
    aliases: ['textile', 'textiles', 'tekstil', 'dokuma'],
    focusType: 'dryer',
    en: 'Textile finishing is dominated by drying and hot water; exhaust heat recovery on stenters is the classic measure.',
    tr: 'Tekstil terbiyesinde kurutma ve sıcak su baskındır; ramözlerde egzoz ısısı geri kazanımı klasik önlemdir.',
  },
  chemicals: {
    aliases: ['chemicals', 'chemical', 'kimya', 'petrochemical', 'petrokimya'],
    focusType: 'heat_exchanger',
    en: 'Chemical plants depend on heat-exchanger networks; a pinch study usually pays first.',
    tr: 'Kimya tesisleri ısı eşanjörü ağlarına dayanır; genellikle önce pinch analizi kazandırır.',
  },
  paper: {
    aliases: ['paper', 'pulp', 'pulp and paper', 'kagit', 'seluloz'],
    focusType: 'dryer',
    en: 'Paper machines spend most exergy in the dryer section; hood exhaust recovery and better pressing are proven.',
    tr: 'Kâğıt makineleri ekserjinin çoğunu kurutma bölümünde harcar; davlumbaz egzoz geri kazanımı ve daha iyi presleme kanıtlanmıştır.',
  },
  metal: {
    aliases: ['metal', 'metals', 'steel', 'metal working', 'celik', 'metal isleme'],
    focusType: 'compressor',
    en: 'Metal working relies on compressed air and process heat; leak surveys and compressor heat recovery come first.',
    tr: 'Metal işleme basınçlı hava ve proses ısısına dayanır; önce kaçak taraması ve kompresör ısı geri kazanımı gelir.',
  },
  automotive: {
    aliases: ['automotive', 'otomotiv', 'automobile'],
    focusType: 'compressor',
    en: 'Automotive plants run large compressed-air networks and paint-shop ovens; pressure reduction and leak repair are cheap first steps.',
    tr: 'Otomotiv tesisleri büyük basınçlı hava ağları ve boya fırınları işletir; basınç düşürme ve kaçak onarımı ucuz ilk adımlardır.',
  },
  pharma: {
    aliases: ['pharma', 'pharmaceutical', 'pharmaceuticals', 'ilac', 'eczacilik'],
    focusType: 'chiller',
    en: 'Pharmaceutical plants keep clean rooms and cooling running around the clock; chilled-water temperature reset and free cooling are the levers.',
    tr: 'İlaç tesisleri temiz odaları ve soğutmayı sürekli çalıştırır; soğuk su sıcaklığını yükseltmek ve serbest soğutma başlıca araçlardır.',
  },
  plastics: {
    aliases: ['plastics', 'plastic', 'plastik', 'rubber', 'kaucuk'],
    focusType: 'chiller',
    en: 'Plastics processing cools moulds and extruders continuously; chillers and their condenser heat are the usual levers.',
    tr: 'Plastik işleme kalıpları ve ekstrüderleri sürekli soğutur; soğutma grupları ve kondenser ısıları başlıca araçlardır.',
  },
  energy: {
    aliases: ['energy', 'power', 'utilities', 'enerji', 'chp', 'kojenerasyon'],
    focusType: 'steam_turbine',
    en: 'Power and CHP sites turn fuel exergy into work; turbine efficiency and exhaust-heat use decide the result.',
    tr: 'Enerji ve kojenerasyon tesisleri yakıt ekserjisini işe çevirir; türbin verimi ve egzoz ısısının kullanımı sonucu belirler.',
  },
  general: {
    aliases: ['general', 'genel', 'manufacturing', 'uretim', 'imalat'],
    focusType: 'boiler',
    en: 'In general manufacturing, thermal utilities usually dominate exergy destruction.',
    tr: 'Genel üretimde ekserji yıkımında genellikle ısıl yardımcı sistemler baskındır.',
  },
};

/** Process-type levers (process engine keys, src/engine/process/bat.ts). */
const PROCESS_LEVERS: Record<string, { en: string; tr: string }> = {
  drying: {
    en: 'For drying, mechanical dewatering before the dryer and exhaust recovery cut the exergy per kilogram of water.',
    tr: 'Kurutmada, kurutucudan önce mekanik su alma ve egzoz geri kazanımı kilogram su başına ekserjiyi düşürür.',
  },
  heating: {
    en: 'For process heating, matching the supply temperature to the need (heat pumps below 100 °C) removes most destruction.',
    tr: 'Proses ısıtmada besleme sıcaklığını ihtiyaca uydurmak (100 °C altında ısı pompaları) yıkımın çoğunu giderir.',
  },
  cooling: {
    en: 'For cooling, the warmest chilled water the process accepts and free cooling set the exergy demand.',
    tr: 'Soğutmada prosesin kabul ettiği en sıcak soğuk su ve serbest soğutma ekserji ihtiyacını belirler.',
  },
  steam_generation: {
    en: 'For steam generation, combustion irreversibility is unavoidable; flue-gas and blowdown recovery address the rest.',
    tr: 'Buhar üretiminde yanma tersinmezliği önlenemez; kalan kısım için baca gazı ve blöf geri kazanımı uygulanır.',
  },
  compressed_air: {
    en: 'For compressed air, most input ends as heat; pressure, leaks and heat recovery are the levers.',
    tr: 'Basınçlı havada girdinin çoğu ısıya dönüşür; basınç, kaçaklar ve ısı geri kazanımı başlıca araçlardır.',
  },
  chp: {
    en: 'For CHP, using the exhaust heat at the highest useful temperature raises the exergetic efficiency most.',
    tr: 'Kojenerasyonda egzoz ısısını en yüksek faydalı sıcaklıkta kullanmak ekserji verimini en çok artırır.',
  },
  cold_storage: {
    en: 'For cold storage, insulation and door discipline reduce the load before any chiller measure.',
    tr: 'Soğuk depolamada yalıtım ve kapı disiplini, soğutma grubu önlemlerinden önce yükü azaltır.',
  },
  general_manufacturing: {
    en: 'For general manufacturing, the utilities (steam, air, cooling) carry most of the avoidable destruction.',
    tr: 'Genel üretimde kaçınılabilir yıkımın çoğunu yardımcı sistemler (buhar, hava, soğutma) taşır.',
  },
};

/** ASCII-folds Turkish letters and lower-cases, so 'Gıda', 'GIDA' and 'gida' match. */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();
}

export function sectorKey(sector: string | null): string {
  if (!sector) return 'general';
  const folded = fold(sector);
  for (const [key, note] of Object.entries(SECTORS)) if (note.aliases.includes(folded)) return key;
  for (const [key, note] of Object.entries(SECTORS))
    if (note.aliases.some((alias) => folded.includes(alias))) return key;
  return 'general';
}

const base = (key: string, language: InterpretationLanguage) => (language === 'TR' ? SECTORS[key].tr : SECTORS[key].en);

/** Destruction share by equipment type (%, of the plant's total) and the type with the largest share. */
export interface TypeShares {
  shareOf(type: string): number | null;
  top: { type: string; sharePct: number } | null;
}

export function factorySectorInsights(
  sector: string | null,
  processType: string | null,
  shares: TypeShares,
  gap: { esi: number; grade: string; actualToBat: number | null } | null,
  fuelKW: number,
  phrases: Phrases,
  language: InterpretationLanguage,
): string[] {
  const key = sectorKey(sector);
  const focus = SECTORS[key].focusType;
  const focusLabel = phrases.equipmentTypeLabel(focus);
  const share = shares.shareOf(focus);
  const top = shares.top;
  let numbers: string;
  if (share === null || share <= 0)
    numbers = phrases.sectorFocusAbsent(
      focusLabel,
      top ? phrases.equipmentTypeLabel(top.type) : null,
      top?.sharePct ?? null,
    );
  else if (!top || top.type === focus || share >= 40) numbers = phrases.sectorFocusDominant(focusLabel, share);
  else numbers = phrases.sectorFocusMinor(focusLabel, share, phrases.equipmentTypeLabel(top.type), top.sharePct);
  const insights = [`${base(key, language)} ${numbers}`];
  const lever = processType ? PROCESS_LEVERS[processType] : undefined;
  if (lever)
    insights.push(
      `${language === 'TR' ? lever.tr : lever.en} ${gap ? phrases.processGap(gap.esi, gap.grade, gap.actualToBat) : phrases.processNoGap(fuelKW)}`,
    );
  return insights;
}

export function equipmentSectorInsights(
  sector: string | null,
  type: string,
  efficiency: number | null,
  destroyedKW: number,
  phrases: Phrases,
  language: InterpretationLanguage,
): string[] {
  const key = sectorKey(sector);
  const focus = SECTORS[key].focusType;
  const label = phrases.equipmentTypeLabel(type);
  const numbers =
    focus === type
      ? phrases.sectorUnitMatches(label, efficiency, destroyedKW)
      : phrases.sectorUnitOther(label, phrases.equipmentTypeLabel(focus), destroyedKW);
  return [`${base(key, language)} ${numbers}`];
}

export const KNOWN_SECTORS = Object.keys(SECTORS);
export const KNOWN_PROCESS_TYPES = Object.keys(PROCESS_LEVERS);

/**
 * Sector-specific insights: per sector, the equipment type that usually
 * dominates its exergy destruction and what to look at, stated with the
 * share this plant actually has in that type.
 */
import { pct } from './format';
import type { InterpretationLanguage } from './types';

interface SectorNote {
  focusType: string;
  en: (share: number | null) => string;
  tr: (share: number | null) => string;
}

const SECTORS: Record<string, SectorNote> = {
  food: { focusType: 'boiler', en: (s) => `Food plants lose most exergy in steam and hot-water generation; here boilers hold ${pct(s)} of the destruction. Condensate return and low-temperature heat pumps are the usual levers.`, tr: (s) => `Gıda tesislerinde ekserji en çok buhar ve sıcak su üretiminde kaybolur; burada kazanlar yıkımın ${pct(s)} payına sahip. Kondens dönüşü ve düşük sıcaklık ısı pompaları başlıca araçlardır.` },
  dairy: { focusType: 'chiller', en: (s) => `Dairies pair refrigeration with pasteurisation heat; chillers hold ${pct(s)} of the destruction here, and their condenser heat can preheat cleaning water.`, tr: (s) => `Mandıralarda soğutma ile pastörizasyon ısısı birliktedir; burada chiller’lar yıkımın ${pct(s)} payına sahip ve kondenser ısıları temizlik suyunu ön ısıtabilir.` },
  textile: { focusType: 'dryer', en: (s) => `Textile finishing is dominated by drying and hot water; dryers hold ${pct(s)} of the destruction here. Exhaust heat recovery on stenters is the classic measure.`, tr: (s) => `Tekstil terbiyesinde kurutma ve sıcak su baskındır; burada kurutucular yıkımın ${pct(s)} payına sahip. Ramözlerde egzoz ısısı geri kazanımı klasik önlemdir.` },
  chemicals: { focusType: 'heat_exchanger', en: (s) => `Chemical plants depend on heat-exchanger networks; heat exchangers hold ${pct(s)} of the destruction here. A pinch study usually pays first.`, tr: (s) => `Kimya tesisleri ısı eşanjörü ağlarına dayanır; burada eşanjörler yıkımın ${pct(s)} payına sahip. Genellikle önce pinch analizi kazandırır.` },
  paper: { focusType: 'dryer', en: (s) => `Paper machines spend most exergy in the dryer section; dryers hold ${pct(s)} of the destruction here. Hood exhaust recovery and better pressing are proven.`, tr: (s) => `Kâğıt makineleri ekserjinin çoğunu kurutma bölümünde harcar; burada kurutucular yıkımın ${pct(s)} payına sahip. Davlumbaz egzoz geri kazanımı ve daha iyi presleme kanıtlanmıştır.` },
  metal: { focusType: 'compressor', en: (s) => `Metal working relies on compressed air and process heat; compressors hold ${pct(s)} of the destruction here. Leak surveys and heat recovery come first.`, tr: (s) => `Metal işleme basınçlı hava ve proses ısısına dayanır; burada kompresörler yıkımın ${pct(s)} payına sahip. Önce kaçak taraması ve ısı geri kazanımı gelir.` },
  automotive: { focusType: 'compressor', en: (s) => `Automotive plants run large compressed-air networks and paint-shop ovens; compressors hold ${pct(s)} of the destruction here.`, tr: (s) => `Otomotiv tesisleri büyük basınçlı hava ağları ve boya fırınları işletir; burada kompresörler yıkımın ${pct(s)} payına sahip.` },
  pharma: { focusType: 'chiller', en: (s) => `Pharmaceutical plants keep clean rooms and cooling running around the clock; chillers hold ${pct(s)} of the destruction here.`, tr: (s) => `İlaç tesisleri temiz odaları ve soğutmayı sürekli çalıştırır; burada chiller’lar yıkımın ${pct(s)} payına sahip.` },
  general: { focusType: 'boiler', en: (s) => `In general manufacturing, thermal utilities usually dominate; boilers hold ${pct(s)} of the destruction here.`, tr: (s) => `Genel üretimde ısıl yardımcı sistemler genellikle baskındır; burada kazanlar yıkımın ${pct(s)} payına sahip.` },
};

/** The sector's insight with this plant's share of destruction in the sector's focus type (% or null). */
export function sectorInsight(sector: string | null, shareOf: (type: string) => number | null, language: InterpretationLanguage): string {
  const key = (sector ?? 'general').toLowerCase();
  const note = SECTORS[key] ?? SECTORS.general;
  const share = shareOf(note.focusType);
  return language === 'TR' ? note.tr(share) : note.en(share);
}

export const KNOWN_SECTORS = Object.keys(SECTORS);

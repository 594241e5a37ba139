/**
 * The built-in interpreter on the demo factory analysed by the real engines
 * (tests/support/demo-plant.ts): it names the top hotspot, the largest
 * opportunity and the ESI grade with the analysis's own numbers (formatted by
 * format.ts), is deterministic, and its Turkish carries no English sentence.
 * Expected values are read from the engines' results, not recomputed here:
 * the claim under test is that the text cites them faithfully.
 */
import {
  interpretEquipment,
  interpretFactory,
  sectorKey,
  type InterpretationContent,
} from '../../../src/engine/interpret';
import { MAX_PAYBACK_YEARS } from '../../../src/engine/interpret/actions';
import { eur, kw, pct, years } from '../../../src/engine/interpret/format';
import { analysedDemoPlant } from '../../support/demo-plant';

const plant = analysedDemoPlant();
const factoryInput = (language: 'EN' | 'TR', extra: Partial<Parameters<typeof interpretFactory>[0]> = {}) => ({
  project: plant.project,
  equipment: plant.equipment,
  factory: plant.factory,
  gap: plant.gap,
  language,
  ...extra,
});

function sentences(c: InterpretationContent): string[] {
  return [
    c.summary,
    c.detailedAnalysis,
    ...c.keyInsights,
    ...c.hotspotAnalysis.map((h) => h.finding),
    ...c.integrationOpportunities.flatMap((o) => [o.title, o.target, o.description]),
    ...c.prioritizedActions.map((a) => a.action),
    ...c.notRecommended.flatMap((n) => [n.title, n.reason]),
    ...c.actionPlan.immediate,
    ...c.actionPlan.shortTerm,
    ...c.actionPlan.mediumTerm,
    ...c.sectorInsights,
    ...c.warnings,
  ];
}

/** User-given names (equipment, project) are not language; numbers neither. */
const NAMES = [plant.project.name, ...plant.equipment.map((e) => e.name)].sort((a, b) => b.length - a.length);
function masked(text: string): string {
  let out = text;
  for (const name of NAMES) out = out.split(name).join('§');
  return out.replace(/[-+]?\d[\d .,]*/g, '§');
}

/** English word runs (≥ 2 words) of the EN output: none may appear in the TR output. */
function englishFragments(en: InterpretationContent): string[] {
  const fragments = new Set<string>();
  for (const s of sentences(en)) {
    for (const chunk of masked(s).split(/[§():;,."“”→×%]+/)) {
      const words = chunk
        .trim()
        .split(/\s+/)
        .filter((w) => /^[A-Za-z'-]{2,}$/.test(w));
      if (words.length >= 2 && words.join(' ') === chunk.trim()) fragments.add(chunk.trim());
    }
  }
  // Words shared by both languages as technical terms or units (kW, EUR, ESI, BAT, CHP) are single words, not runs.
  return [...fragments];
}

function expectNoEnglish(tr: InterpretationContent, en: InterpretationContent) {
  const trText = sentences(tr).map(masked);
  const leaks: string[] = [];
  for (const fragment of englishFragments(en)) {
    // Whole words only: "kW at" must not match the Turkish "kW atık".
    const pattern = new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    for (const s of trText) if (pattern.test(s)) leaks.push(`"${fragment}" in: ${s}`);
  }
  for (const s of trText)
    for (const word of [' the ', ' of ', ' is ', ' and ', ' with ', ' per ', ' years', ' payback', 'n/a'])
      if (` ${s} `.toLowerCase().includes(word)) leaks.push(`"${word.trim()}" in: ${s}`);
  expect(leaks).toEqual([]);
}

describe('factory interpretation of the demo plant', () => {
  const en = interpretFactory(factoryInput('EN'));
  const tr = interpretFactory(factoryInput('TR'));
  const top = plant.factory.hotspots[0];
  const largest = [...plant.factory.integrationOpportunities].sort(
    (a, b) => b.savingsEurPerYear - a.savingsEurPerYear,
  )[0];

  it('names the top hotspot with its destruction, share and efficiency', () => {
    expect(en.hotspotAnalysis[0]).toMatchObject({
      equipmentId: top.equipmentId,
      equipmentName: top.name,
      exergyDestroyedKW: top.exergyDestroyedKW,
      sharePct: top.sharePct,
      priority: top.priority,
    });
    expect(en.hotspotAnalysis[0].finding).toBe(
      `${top.name} destroys ${kw(top.exergyDestroyedKW)} (${pct(top.sharePct)} of the plant) at ${pct(top.exergeticEfficiencyPct)} exergetic efficiency.`,
    );
    expect(en.detailedAnalysis).toContain(
      `${top.name} is the largest hotspot with ${pct(top.sharePct)} of all destruction.`,
    );
    // Hotspots keep the factory engine's order (largest destruction first).
    expect(en.hotspotAnalysis.map((h) => h.equipmentName)).toEqual(
      plant.factory.hotspots
        .filter((h) => h.exergyDestroyedKW > 0)
        .slice(0, 10)
        .map((h) => h.name),
    );
  });

  it('names the largest integration opportunity with its savings and payback', () => {
    const insight = en.keyInsights.find((s) => s.startsWith('Largest integration opportunity'));
    expect(insight).toContain(largest.title);
    expect(insight).toContain(
      `${kw(largest.recoverableKW)}, saving ${eur(largest.savingsEurPerYear)} per year with a payback of ${years(largest.paybackYears)} years`,
    );
    expect(en.integrationOpportunities).toHaveLength(plant.factory.integrationOpportunities.length);
    const listed = en.integrationOpportunities.find((o) => o.title === largest.title)!;
    expect(listed).toMatchObject({
      potentialSavingsEurPerYear: largest.savingsEurPerYear,
      investmentEur: largest.investmentEur,
      paybackYears: largest.paybackYears,
      complexity: largest.complexity,
    });
  });

  it('names the ESI grade with the gap analysis numbers', () => {
    const g = plant.gap;
    expect(en.keyInsights[0]).toBe(
      `Gap analysis grade ${g.grade} (ESI ${g.exergeticSustainabilityIndex.toFixed(3)}): the process needs at least ${kw(g.minimumExergyKW)}, best available technology ${kw(g.batExergyKW)}, the plant uses ${kw(g.actualExergyKW)}; closing the gap to BAT is worth ${eur(g.annualBatGapCostEur)} per year.`,
    );
    expect(tr.keyInsights[0]).toContain(
      `Açık analizi notu ${g.grade} (ESI ${g.exergeticSustainabilityIndex.toFixed(3)})`,
    );
    expect(en.sectorInsights.join(' ')).toContain(
      `ESI ${g.exergeticSustainabilityIndex.toFixed(3)} (grade ${g.grade})`,
    );
  });

  it('cites the plant totals in the summary', () => {
    const t = plant.factory.totals;
    expect(en.summary).toBe(
      `${plant.project.name}: ${t.equipmentCount} units take ${kw(t.exergyFuelKW)} of exergy across the plant boundary at ${pct(t.exergeticEfficiencyPct)} plant exergetic efficiency. ${kw(t.exergyDestroyedKW)} is destroyed, and the exergy wasted costs ${eur(t.annualLossEur)} per year.`,
    );
  });

  it('ranks actions from recommendations and opportunities, plans each once, rejects long paybacks with the reason', () => {
    const ranks = en.prioritizedActions.map((a) => a.rank);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    const order = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < en.prioritizedActions.length; i++)
      expect(order[en.prioritizedActions[i - 1].priority]).toBeLessThanOrEqual(
        order[en.prioritizedActions[i].priority],
      );
    expect(en.prioritizedActions.some((a) => a.category === 'heat_integration')).toBe(true);
    expect(en.prioritizedActions.some((a) => a.category !== 'heat_integration')).toBe(true);
    for (const a of en.prioritizedActions)
      expect(a.paybackYears === null || a.paybackYears <= MAX_PAYBACK_YEARS).toBe(true);
    const planned = [...en.actionPlan.immediate, ...en.actionPlan.shortTerm, ...en.actionPlan.mediumTerm];
    expect(planned).toHaveLength(en.prioritizedActions.length);
    for (const a of en.prioritizedActions) expect(planned.filter((p) => p.startsWith(`${a.action} (`))).toHaveLength(1);
    // Every measure slower than 10 years is listed with its own payback (demo: the flue-gas absorption chiller, 31.2 yr).
    const slow = [
      ...plant.equipment.flatMap((e) =>
        e.result.recommendations
          .filter((r) => r.paybackYears !== null && r.paybackYears > MAX_PAYBACK_YEARS)
          .map((r) => r.paybackYears!),
      ),
      ...plant.factory.integrationOpportunities
        .filter((o) => o.paybackYears !== null && o.paybackYears > MAX_PAYBACK_YEARS)
        .map((o) => o.paybackYears!),
    ];
    expect(slow.length).toBeGreaterThan(0);
    expect(
      en.notRecommended
        .filter((n) => n.reason.startsWith('Payback of'))
        .map((n) => n.reason)
        .sort(),
    ).toEqual(slow.map((y) => `Payback of ${y.toFixed(1)} years is longer than 10 years at current prices.`).sort());
  });

  it('gives sector insights keyed to the numbers (food: boiler share)', () => {
    const boilerShare = plant.factory.hotspots
      .filter((h) => h.type === 'boiler')
      .reduce((s, h) => s + (h.sharePct ?? 0), 0);
    expect(en.sectorInsights[0]).toContain(`boiler units hold ${pct(boilerShare)} of the destruction`);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(interpretFactory(factoryInput('EN')))).toBe(JSON.stringify(en));
    expect(JSON.stringify(interpretFactory(factoryInput('TR')))).toBe(JSON.stringify(tr));
  });

  it('writes Turkish with the same numbers and no English', () => {
    expect(tr.language).toBe('TR');
    expect(tr.prioritizedActions.map((a) => a.estimatedSavingsEurPerYear)).toEqual(
      en.prioritizedActions.map((a) => a.estimatedSavingsEurPerYear),
    );
    expect(sentences(tr)).toHaveLength(sentences(en).length);
    expectNoEnglish(tr, en);
  });

  it('warns about stale units, a missing process and implausible efficiencies', () => {
    const noGap = interpretFactory(factoryInput('EN', { gap: null, staleEquipmentIds: ['eq-0', 'eq-1'] }));
    expect(noGap.warnings[0]).toBe(
      'The inputs of 2 units changed after this analysis; run the analysis again before acting on these numbers.',
    );
    expect(noGap.warnings[1]).toContain(
      `the ${kw(plant.factory.totals.exergyFuelKW)} taken by its ${plant.factory.totals.equipmentCount} units`,
    );
    // The demo spray dryer runs at 4.0 % — plausible (≥ 2 %); push it to 1.5 % and 97 % to see both warnings.
    const bent = plant.equipment.map((e, i) =>
      i === 0
        ? { ...e, result: { ...e.result, exergeticEfficiencyPct: 1.5 } }
        : i === 1
          ? { ...e, result: { ...e.result, exergeticEfficiencyPct: 97 } }
          : e,
    );
    const w = interpretFactory(factoryInput('EN', { equipment: bent })).warnings;
    expect(w).toContain(`${plant.equipment[0].name} shows only 1.5 % exergetic efficiency: check the measured inputs.`);
    expect(w).toContain(
      `${plant.equipment[1].name} shows 97.0 % exergetic efficiency, unusually high: check the measured inputs.`,
    );
    const wTr = interpretFactory(factoryInput('TR', { equipment: bent, gap: null, staleEquipmentIds: ['eq-0'] }));
    expectNoEnglish(
      wTr,
      interpretFactory(factoryInput('EN', { equipment: bent, gap: null, staleEquipmentIds: ['eq-0'] })),
    );
    // The gap analysis's own warnings are passed on, in the asked language.
    expect(interpretFactory(factoryInput('TR')).warnings).toEqual(expect.arrayContaining(plant.gap.warningsTr));
  });
});

describe.each(plant.equipment.map((e) => [e.type, e] as const))('equipment interpretation: %s', (_type, e) => {
  const input = {
    equipment: { id: e.id, name: e.name, type: e.type, subtype: e.subtype },
    result: e.result,
    project: plant.project,
  };
  const en = interpretEquipment({ ...input, language: 'EN' });
  const tr = interpretEquipment({ ...input, language: 'TR' });

  it('names the unit as the hotspot with its numbers', () => {
    expect(en.hotspotAnalysis).toHaveLength(1);
    expect(en.hotspotAnalysis[0]).toMatchObject({
      equipmentId: e.id,
      equipmentName: e.name,
      equipmentType: e.type,
      exergyDestroyedKW: e.result.exergyDestroyedKW,
    });
    expect(en.summary).toContain(`${e.name} (`);
    expect(en.summary).toContain(`runs at ${pct(e.result.exergeticEfficiencyPct)} exergetic efficiency`);
    expect(en.summary).toContain(`It destroys ${kw(e.result.exergyDestroyedKW)} of exergy`);
    expect(en.detailedAnalysis).toContain(
      `Of ${kw(e.result.exergyFuelKW)} of exergy supplied, ${kw(e.result.exergyProductKW)} becomes product`,
    );
  });

  it('names the largest measure with its savings', () => {
    const best = [...e.result.recommendations]
      .filter((r) => r.savingsEurPerYear > 0)
      .sort((a, b) => b.savingsEurPerYear - a.savingsEurPerYear)[0];
    if (best) {
      expect(en.keyInsights[0]).toContain(`"${best.titleEn}": ${eur(best.savingsEurPerYear)} per year`);
      expect(tr.keyInsights[0]).toContain(`"${best.titleTr}": yıllık ${eur(best.savingsEurPerYear)}`);
    } else expect(en.keyInsights[0]).toMatch(/no measure/);
    const kept = e.result.recommendations.filter(
      (r) =>
        (r.paybackYears === null || r.paybackYears <= MAX_PAYBACK_YEARS) &&
        !(r.savingsEurPerYear <= 0 && (r.investmentEur ?? 0) > 0),
    );
    expect(en.prioritizedActions).toHaveLength(Math.min(kept.length, 12));
    expect(en.prioritizedActions.length + en.notRecommended.length).toBe(e.result.recommendations.length);
  });

  it('is deterministic and complete in Turkish', () => {
    expect(JSON.stringify(interpretEquipment({ ...input, language: 'EN' }))).toBe(JSON.stringify(en));
    expect(tr.summary).toContain(kw(e.result.exergyDestroyedKW));
    expectNoEnglish(tr, en);
    const staleTr = interpretEquipment({ ...input, language: 'TR', stale: true });
    expect(staleTr.warnings[0]).toMatch(/^Bu ekipmanın girdileri/);
  });
});

describe('sector table', () => {
  it.each([
    ['Gıda', 'food'],
    ['GIDA', 'food'],
    ['Tekstil', 'textile'],
    ['İlaç', 'pharma'],
    ['Pulp and paper', 'paper'],
    ['Dairy products', 'dairy'],
    ['something else', 'general'],
    [null, 'general'],
  ])('%s → %s', (sector, key) => expect(sectorKey(sector)).toBe(key));

  it('says when the sector focus type is small here and which type leads', () => {
    // automotive → compressors; in the demo plant compressors hold 0.6 % and boilers lead.
    const c = interpretFactory(factoryInput('EN', { project: { ...plant.project, sector: 'automotive' } }));
    const compressorShare = plant.factory.hotspots
      .filter((h) => h.type === 'compressor')
      .reduce((s, h) => s + (h.sharePct ?? 0), 0);
    const boilerShare = plant.factory.hotspots
      .filter((h) => h.type === 'boiler')
      .reduce((s, h) => s + (h.sharePct ?? 0), 0);
    expect(c.sectorInsights[0]).toContain(
      `air compressor units hold only ${pct(compressorShare)} of the destruction; the boiler units hold ${pct(boilerShare)}`,
    );
  });

  it('says when the sector focus type is missing', () => {
    const noChiller = plant.equipment.filter((e) => e.type !== 'chiller');
    const hotspots = plant.factory.hotspots.filter((h) => h.type !== 'chiller');
    const c = interpretFactory(
      factoryInput('EN', {
        project: { ...plant.project, sector: 'pharma' },
        equipment: noChiller,
        factory: { ...plant.factory, hotspots },
      }),
    );
    expect(c.sectorInsights[0]).toContain('No chiller is modelled in this plant (0.0 % of the destruction)');
  });
});

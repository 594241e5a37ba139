/** The built-in interpreter: grounded in the analysis's numbers, deterministic, complete in English and Turkish. */
import { interpretEquipment, interpretFactory, type InterpretationContent } from '../../../src/engine/interpret';
import { eur, kw, pct } from '../../../src/engine/interpret/format';
import { analysedDemoPlant } from '../../support/demo-plant';

const plant = analysedDemoPlant();
const factoryInput = (language: 'EN' | 'TR') => ({
  project: plant.project,
  equipment: plant.equipment,
  factory: plant.factory,
  gap: plant.gap,
  language,
});

function allText(content: InterpretationContent): string[] {
  return [
    content.summary,
    content.detailedAnalysis,
    ...content.keyInsights,
    ...content.hotspotAnalysis.map((h) => h.finding),
    ...content.integrationOpportunities.flatMap((o) => [o.title, o.description]),
    ...content.prioritizedActions.map((a) => a.action),
    ...content.notRecommended.flatMap((n) => [n.title, n.reason]),
    ...content.actionPlan.immediate,
    ...content.actionPlan.shortTerm,
    ...content.actionPlan.mediumTerm,
    ...content.sectorInsights,
    ...content.warnings,
  ];
}

describe('factory interpretation of the demo plant', () => {
  const en = interpretFactory(factoryInput('EN'));

  it('names the top hotspot with its numbers', () => {
    const top = plant.factory.hotspots[0];
    expect(en.hotspotAnalysis[0]).toMatchObject({
      equipmentName: top.name,
      exergyDestroyedKW: top.exergyDestroyedKW,
      sharePct: top.sharePct,
    });
    expect(en.detailedAnalysis).toContain(top.name);
    expect(en.detailedAnalysis).toContain(pct(top.sharePct));
  });

  it('names the largest opportunity and the ESI grade with the analysis numbers', () => {
    const largest = [...plant.factory.integrationOpportunities].sort(
      (a, b) => b.savingsEurPerYear - a.savingsEurPerYear,
    )[0];
    const text = en.keyInsights.join(' ');
    expect(text).toContain(largest.title);
    expect(text).toContain(eur(largest.savingsEurPerYear));
    expect(text).toContain(`grade ${plant.gap.grade}`);
    expect(text).toContain(plant.gap.exergeticSustainabilityIndex.toFixed(3));
    expect(en.summary).toContain(kw(plant.factory.totals.exergyFuelKW));
  });

  it('ranks actions, plans them and is deterministic', () => {
    expect(en.prioritizedActions.map((a) => a.rank)).toEqual(en.prioritizedActions.map((_, i) => i + 1));
    expect(en.prioritizedActions.length).toBeGreaterThan(3);
    expect(en.actionPlan.immediate.length + en.actionPlan.shortTerm.length + en.actionPlan.mediumTerm.length).toBe(
      en.prioritizedActions.length,
    );
    expect(en.sectorInsights[0]).toMatch(/Food plants/);
    expect(interpretFactory(factoryInput('EN'))).toEqual(en);
  });

  it('writes complete Turkish with the same numbers', () => {
    const tr = interpretFactory(factoryInput('TR'));
    expect(tr.language).toBe('TR');
    expect(tr.summary).toContain(kw(plant.factory.totals.exergyFuelKW));
    expect(tr.keyInsights.join(' ')).toContain(`notu ${plant.gap.grade}`);
    const english = [
      ' the ',
      ' runs at ',
      ' destroys ',
      'Largest integration',
      'Gap analysis grade',
      'payback',
      'savings not estimated',
      ' is ',
    ];
    for (const sentence of allText(tr)) {
      for (const fragment of english)
        expect(`${sentence} `.includes(fragment) ? `${fragment} in: ${sentence}` : '').toBe('');
    }
  });
});

describe.each(analysedDemoPlant().equipment.map((e) => [e.type, e] as const))(
  'equipment interpretation: %s',
  (_type, e) => {
    it('cites the unit, its efficiency and destruction, deterministically, in both languages', () => {
      const input = {
        equipment: { id: e.id, name: e.name, type: e.type, subtype: e.subtype },
        result: e.result,
        project: plant.project,
      };
      const en = interpretEquipment({ ...input, language: 'EN' });
      expect(en.summary).toContain(e.name);
      expect(en.summary).toContain(pct(e.result.exergeticEfficiencyPct));
      expect(en.summary).toContain(kw(e.result.exergyDestroyedKW));
      expect(en.prioritizedActions.length).toBe(
        e.result.recommendations.filter((r) => r.paybackYears === null || r.paybackYears <= 10).length,
      );
      expect(interpretEquipment({ ...input, language: 'EN' })).toEqual(en);
      const tr = interpretEquipment({ ...input, language: 'TR' });
      expect(tr.summary).toContain(kw(e.result.exergyDestroyedKW));
      expect(tr.summary).not.toContain(' runs at ');
    });
  },
);

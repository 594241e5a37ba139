/**
 * The audit report of a run as a document: a cover and sections of headings,
 * paragraphs, tables, lists and figures, in English or Turkish, every number
 * with its unit (rounded here, for display only). The HTML page and the PDF
 * both render this one document, so they always say the same thing.
 */
import type { EntropyGenerationResult, ThermoeconomicResult, AdvancedExergyResult } from '../../engine/advanced';
import type {
  FactoryEquipmentInput,
  FactoryTotals,
  Hotspot,
  IntegrationOpportunity,
  Sankey,
} from '../../engine/factory';
import { getEquipmentModule } from '../../engine/equipment';
import type { InterpretationContent } from '../../engine/interpret';
import type { GapAnalysisResult } from '../../engine/process';
import type { AnalysisSettings } from '../project/analysis-context';
import { LABELS, type ReportLabels, type ReportLanguage } from './report-labels';
import { formatNumber } from './format';
import { reportSankey } from './report-sankey';
import { sankeySvg, waterfallSvg } from './report-svg';

export interface ReportData {
  language: ReportLanguage;
  project: { name: string; sector: string | null; description: string | null };
  analysis: { id: string; sequence: number; analyzedAt: Date; stale: boolean };
  settings: AnalysisSettings;
  totals: FactoryTotals;
  hotspots: Hotspot[];
  integrationOpportunities: IntegrationOpportunity[];
  gap: GapAnalysisResult | null;
  units: FactoryEquipmentInput[];
  sankey: Sankey;
  /** The stored interpretation of this run in the report's language, or the built-in one. */
  interpretation: InterpretationContent;
  /** Who wrote the summary: 'built-in' or the LLM model's name. */
  interpretationAuthor: string;
  entropy: EntropyGenerationResult;
  thermoeconomics: ThermoeconomicResult;
  advancedExergy: AdvancedExergyResult | null;
}

/** A table cell: its text and, below it in smaller type, an optional note. */
export interface Cell {
  text: string;
  note?: string;
}
export interface Column {
  label: string;
  numeric?: boolean;
}
/** A drawing at its natural aspect: `draw(width, height)` returns the SVG. */
export interface Figure {
  label: string;
  aspect: number;
  draw: (width: number, height: number) => string;
}
export type Block =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  | { kind: 'figure'; figure: Figure };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}
export interface ReportDocument {
  language: ReportLanguage;
  labels: ReportLabels;
  title: string;
  plantName: string;
  /** Run number, date and id of the analysis. */
  subtitle: string;
  facts: [string, string][];
  description: string | null;
  /** The "inputs changed since this analysis" banner of a stale run. */
  staleBanner: string | null;
  sections: Section[];
}

const withUnit = (value: number | null | undefined, unit: string, digits = 1) =>
  value === null || value === undefined ? '—' : `${formatNumber(value, digits)} ${unit}`;
const cells = (...texts: string[]): Cell[] => texts.map((text) => ({ text }));

/** "Boiler, fire-tube steam" in the report's language, from the engine's catalog. */
function typeLabel(unit: FactoryEquipmentInput, tr: boolean, withSubtype = true): string {
  const module = getEquipmentModule(unit.type);
  const subtype = withSubtype ? module.subtypes.find((s) => s.key === unit.subtype) : undefined;
  const type = tr ? module.labelTr : module.labelEn;
  return subtype ? `${type}, ${(tr ? subtype.labelTr : subtype.labelEn).toLocaleLowerCase(tr ? 'tr' : 'en')}` : type;
}

/** A table, or "None." when it has no rows. */
function tableOrNone(L: ReportLabels, columns: Column[], rows: Cell[][]): Block {
  return rows.length ? { kind: 'table', columns, rows } : { kind: 'paragraph', text: L.none };
}

export function buildReportDocument(data: ReportData): ReportDocument {
  const L = LABELS[data.language];
  const tr = data.language === 'tr';
  const t = data.totals;
  const s = data.settings;
  const date = data.analysis.analyzedAt.toISOString().slice(0, 16).replace('T', ' ');
  const years = tr ? 'yıl' : 'yr';
  const { sankey, grouped } = reportSankey(data.sankey, data.units, L, (u) => typeLabel(u, tr, false));
  const sections: Section[] = [];

  const i = data.interpretation;
  sections.push({
    id: 'summary',
    title: L.summary,
    blocks: [
      { kind: 'paragraph', text: i.summary },
      { kind: 'paragraph', text: i.detailedAnalysis },
      { kind: 'list', items: i.keyInsights },
      { kind: 'paragraph', text: `${L.writtenBy}: ${data.interpretationAuthor}`, muted: true },
    ],
  });

  sections.push({
    id: 'totals',
    title: L.totals,
    blocks: [
      tableOrNone(
        L,
        [{ label: L.figure }, { label: L.value, numeric: true }],
        [
          cells(L.fuel, withUnit(t.exergyFuelKW, 'kW')),
          cells(L.product, withUnit(t.exergyProductKW, 'kW')),
          cells(L.loss, withUnit(t.exergyLossKW, 'kW')),
          cells(L.destroyed, withUnit(t.exergyDestroyedKW, 'kW')),
          cells(L.efficiency, withUnit(t.exergeticEfficiencyPct, '%')),
          cells(L.avoidable, withUnit(t.exergyDestroyedAvoidableKW, 'kW')),
          cells(L.annualLoss, withUnit(t.annualLossKWh, 'kWh/yr', 0)),
          cells(L.annualLossCost, withUnit(t.annualLossEur, 'EUR/yr', 0)),
          cells(L.co2, withUnit(t.carbon?.co2EmissionsTonnesPerYear, 't CO₂/yr')),
          cells(L.co2Cost, withUnit(t.carbon?.co2CostEurPerYear, 'EUR/yr', 0)),
        ],
      ),
    ],
  });

  sections.push({
    id: 'sankey',
    title: L.sankey,
    blocks: [
      {
        kind: 'figure',
        figure: { label: L.sankey, aspect: 480 / 900, draw: (w, h) => sankeySvg(sankey, w, h) },
      },
      { kind: 'paragraph', text: grouped ? `${L.sankeyNote} ${L.sankeyGrouped}` : L.sankeyNote, muted: true },
    ],
  });

  const g = data.gap;
  if (g) {
    sections.push({
      id: 'gap',
      title: L.gap,
      blocks: [
        tableOrNone(
          L,
          [{ label: L.figure }, { label: L.value, numeric: true }],
          [
            cells(L.status, g.status),
            cells(L.grade, g.grade ?? '—'),
            cells(L.minimum, withUnit(g.minimumExergyKW, 'kW')),
            cells(L.bat, withUnit(g.batExergyKW, 'kW')),
            cells(L.actual, withUnit(g.actualExergyKW, 'kW')),
            cells(L.esi, formatNumber(g.exergeticSustainabilityIndex, 3)),
          ],
        ),
        {
          kind: 'figure',
          figure: {
            label: L.waterfall,
            aspect: 300 / 900,
            draw: (w, h) =>
              waterfallSvg({ ...g.waterfall, labels: g.waterfall.labels.map((l) => L.chartTerms[l] ?? l) }, w, h),
          },
        },
      ],
    });
  }

  sections.push({
    id: 'hotspots',
    title: L.hotspots,
    blocks: [
      tableOrNone(
        L,
        [
          { label: L.unit },
          { label: L.destroyed, numeric: true },
          { label: L.share, numeric: true },
          { label: L.efficiency, numeric: true },
          { label: L.annualLossCost, numeric: true },
        ],
        data.hotspots.map((h) =>
          cells(
            h.name,
            withUnit(h.exergyDestroyedKW, 'kW'),
            withUnit(h.sharePct, '%'),
            withUnit(h.exergeticEfficiencyPct, '%'),
            withUnit(h.annualLossEur, 'EUR/yr', 0),
          ),
        ),
      ),
    ],
  });

  sections.push({
    id: 'balances',
    title: L.balances,
    blocks: [
      tableOrNone(
        L,
        [
          { label: L.unit },
          { label: L.type },
          { label: L.columns.fuel, numeric: true },
          { label: L.columns.product, numeric: true },
          { label: L.columns.loss, numeric: true },
          { label: L.columns.destroyed, numeric: true },
          { label: L.columns.efficiency, numeric: true },
        ],
        data.units.map((u) =>
          cells(
            u.name,
            typeLabel(u, tr),
            withUnit(u.result.exergyFuelKW, 'kW'),
            withUnit(u.result.exergyProductKW, 'kW'),
            withUnit(u.result.exergyLossKW, 'kW'),
            withUnit(u.result.exergyDestroyedKW, 'kW'),
            withUnit(u.result.exergeticEfficiencyPct, '%'),
          ),
        ),
      ),
    ],
  });

  sections.push({
    id: 'co2',
    title: L.co2Section,
    blocks: [
      tableOrNone(
        L,
        [
          { label: L.unit },
          { label: L.co2Direct, numeric: true },
          { label: L.co2Indirect, numeric: true },
          { label: L.co2Allocated, numeric: true },
        ],
        data.units.map((u) =>
          cells(
            u.name,
            withUnit(u.result.carbon?.co2DirectTonnesPerYear, 't/yr'),
            withUnit(u.result.carbon?.co2IndirectTonnesPerYear, 't/yr'),
            withUnit(u.result.carbon?.co2AllocatedTonnesPerYear, 't/yr'),
          ),
        ),
      ),
    ],
  });

  const money = [
    { label: L.savings, numeric: true },
    { label: L.investment, numeric: true },
    { label: L.payback, numeric: true },
    { label: L.co2Avoided, numeric: true },
  ];
  const moneyCells = (x: {
    savingsEurPerYear: number;
    investmentEur: number | null;
    paybackYears: number | null;
    co2AvoidedTonnesPerYear?: number | null;
  }) =>
    cells(
      withUnit(x.savingsEurPerYear, 'EUR/yr', 0),
      withUnit(x.investmentEur, 'EUR', 0),
      withUnit(x.paybackYears, years),
      withUnit(x.co2AvoidedTonnesPerYear, 't/yr'),
    );
  sections.push({
    id: 'opportunities',
    title: L.opportunities,
    blocks: [
      tableOrNone(
        L,
        [{ label: L.measure }, { label: L.recoverable, numeric: true }, ...money],
        data.integrationOpportunities.map((o) => [
          { text: tr ? o.titleTr : o.title, note: `${o.source} → ${o.target}` },
          { text: withUnit(o.recoverableKW, 'kW') },
          ...moneyCells(o),
        ]),
      ),
    ],
  });

  sections.push({
    id: 'recommendations',
    title: L.recommendations,
    blocks: [
      tableOrNone(
        L,
        [{ label: L.unit }, { label: L.measure }, ...money],
        data.units.flatMap((u) =>
          u.result.recommendations.map((r) => [...cells(u.name, tr ? r.titleTr : r.titleEn), ...moneyCells(r)]),
        ),
      ),
    ],
  });

  sections.push({ id: 'advanced', title: L.advanced, blocks: advancedBlocks(data, L) });
  const deadState = `${formatNumber(s.ambientTemperatureC)} °C, ${formatNumber(s.ambientPressureKPa, 3)} kPa`;
  sections.push({
    id: 'methods',
    title: L.methods,
    blocks: [{ kind: 'list', items: [...L.methodItems, `${L.deadStateMethod}: ${deadState}.`] }],
  });

  const warnings = [
    ...(data.gap?.warnings ?? []),
    ...data.units.flatMap((u) => u.result.warnings.map((w) => `${u.name}: ${w.message}`)),
    ...data.interpretation.warnings,
    ...data.entropy.warnings,
    ...data.thermoeconomics.warnings,
    ...(data.advancedExergy?.warnings ?? []),
  ];
  sections.push({
    id: 'warnings',
    title: L.warnings,
    blocks: [warnings.length ? { kind: 'list', items: warnings } : { kind: 'paragraph', text: L.none }],
  });

  return {
    language: data.language,
    labels: L,
    title: L.title,
    plantName: data.project.name,
    subtitle: `${L.run} ${data.analysis.sequence} · ${date} UTC · ${data.analysis.id}`,
    facts: [
      [L.sector, data.project.sector ?? '—'],
      [L.deadState, deadState],
      [L.hours, `${formatNumber(s.operatingHours, 0)} h/yr`],
      [L.energyPrice, `${formatNumber(s.energyPriceEurPerKWh, 3)} EUR/kWh`],
      [L.grid, `${formatNumber(s.gridEmissionFactorKgPerKWh, 3)} kg CO₂/kWh`],
      [L.carbonPrice, `${formatNumber(s.carbonPriceEurPerTonne, 2)} EUR/t CO₂`],
      [L.units, formatNumber(t.equipmentCount, 0)],
    ],
    description: data.project.description,
    staleBanner: data.analysis.stale ? L.staleBanner : null,
    sections,
  };
}

function advancedBlocks(data: ReportData, L: ReportLabels): Block[] {
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const blocks: Block[] = [
    { kind: 'subheading', text: L.entropy },
    tableOrNone(
      L,
      [{ label: L.unit }, { label: 'S_gen', numeric: true }, { label: L.dominant }],
      data.entropy.units.map((u) =>
        cells(
          u.name,
          withUnit(u.entropyGenerationKWPerK, 'kW/K', 4),
          u.dominantMechanism ? L.mechanisms[u.dominantMechanism] : '—',
        ),
      ),
    ),
    { kind: 'subheading', text: L.thermo },
    tableOrNone(
      L,
      [
        { label: L.unit },
        { label: 'f', numeric: true },
        { label: 'r', numeric: true },
        { label: L.strategy },
        { label: L.savings, numeric: true },
      ],
      data.thermoeconomics.units.map((u) =>
        cells(
          u.name,
          formatNumber(u.exergoeconomicFactor, 3),
          formatNumber(u.relativeCostDifference, 3),
          L.strategies[u.strategy],
          withUnit(u.annualSavingsEur, 'EUR/yr', 0),
        ),
      ),
    ),
  ];
  const adv = data.advancedExergy;
  if (adv) {
    blocks.push(
      { kind: 'subheading', text: L.advancedExergy },
      tableOrNone(
        L,
        [
          { label: L.unit },
          { label: 'AV-EN', numeric: true },
          { label: 'AV-EX', numeric: true },
          { label: 'UN-EN', numeric: true },
          { label: 'UN-EX', numeric: true },
        ],
        adv.units.map((u) =>
          cells(
            unitName.get(u.equipmentId) ?? u.name,
            withUnit(u.avoidableEndogenousKW, 'kW'),
            withUnit(u.avoidableExogenousKW, 'kW'),
            withUnit(u.unavoidableEndogenousKW, 'kW'),
            withUnit(u.unavoidableExogenousKW, 'kW'),
          ),
        ),
      ),
    );
  }
  return blocks;
}

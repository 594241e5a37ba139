/**
 * The audit report of a run as one self-contained HTML page (print it, or
 * hand it over): cover, executive summary, totals, the Grassmann diagram, the
 * gap analysis with its waterfall, hotspots, CO₂, integration opportunities,
 * recommendations, the advanced analyses, a methods appendix and every
 * warning. English or Turkish; units on every number; tables never split
 * across pages when printed. Pure: the router gathers the data.
 */
import type { EntropyGenerationResult, ThermoeconomicResult, AdvancedExergyResult } from '../../engine/advanced';
import type {
  FactoryEquipmentInput,
  FactoryTotals,
  Hotspot,
  IntegrationOpportunity,
  Sankey,
} from '../../engine/factory';
import type { InterpretationContent } from '../../engine/interpret';
import type { GapAnalysisResult } from '../../engine/process';
import type { AnalysisSettings } from '../project/analysis-context';
import { escapeHtml as e } from './escape';
import { LABELS, type ReportLanguage } from './report-labels';
import { sankeySvg } from './sankey-svg';

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
  interpretation: InterpretationContent;
  entropy: EntropyGenerationResult;
  thermoeconomics: ThermoeconomicResult;
  advancedExergy: AdvancedExergyResult | null;
}

/** The report's one stylesheet (its CSP admits exactly this text, by hash). */
export const REPORT_CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1f2933;margin:2rem auto;max-width:60rem;line-height:1.45}
h1{font-size:1.8rem;margin:0 0 .3rem}h2{font-size:1.25rem;border-bottom:2px solid #0b7285;padding-bottom:.2rem;margin-top:2rem}
section{break-inside:auto}table{border-collapse:collapse;width:100%;margin:.6rem 0;break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #d9e2ec;padding:.25rem .45rem;font-size:.85rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}thead{display:table-header-group}
.banner{background:#fff3bf;border:1px solid #f08c00;padding:.6rem .8rem;margin:1rem 0}
.cover dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}.cover dt{font-weight:bold}
svg{width:100%;height:auto}.muted{color:#616e7c;font-size:.85rem}ul.warnings li{margin:.2rem 0}
@media print{h2{break-after:avoid}.sankey{break-inside:avoid}}
`;

const num = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const withUnit = (value: number | null | undefined, unit: string, digits = 1) =>
  value === null || value === undefined ? '—' : `${num(value, digits)} ${unit}`;

function table(headers: { label: string; numeric?: boolean }[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const head = headers.map((h) => `<th${h.numeric ? ' class="n"' : ''}>${e(h.label)}</th>`).join('');
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((c, i) => `<td${headers[i]?.numeric ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function waterfallSvg(gap: GapAnalysisResult): string {
  const { labels, values } = gap.waterfall;
  const max = Math.max(1e-9, ...values.map((v) => Math.abs(v)), gap.actualExergyKW);
  const width = 900;
  const bar = width / Math.max(1, labels.length);
  const scale = (v: number) => (220 * Math.abs(v)) / max;
  const parts = labels.map((label, i) => {
    const h = scale(values[i]);
    const x = i * bar + 8;
    return `<rect x="${x.toFixed(1)}" y="${(240 - h).toFixed(1)}" width="${(bar - 16).toFixed(1)}" height="${h.toFixed(1)}" fill="#0b7285"><title>${e(label)}: ${num(values[i])} kW</title></rect><text x="${(x + (bar - 16) / 2).toFixed(1)}" y="258" font-size="11" text-anchor="middle">${e(label)}</text><text x="${(x + (bar - 16) / 2).toFixed(1)}" y="${(236 - h).toFixed(1)}" font-size="11" text-anchor="middle">${num(values[i])} kW</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 270" role="img" aria-label="Gap waterfall (kW)">${parts.join('')}</svg>`;
}

export function renderReport(data: ReportData): string {
  const L = LABELS[data.language];
  const t = data.totals;
  const s = data.settings;
  const tr = data.language === 'tr';
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const date = data.analysis.analyzedAt.toISOString().slice(0, 16).replace('T', ' ');
  const sections: string[] = [];

  sections.push(`<header class="cover" id="cover"><h1>${e(L.title)}: ${e(data.project.name)}</h1>
<p class="muted">${e(L.run)} ${data.analysis.sequence} · ${e(date)} UTC · ${e(data.analysis.id)}</p>
<dl><dt>${e(L.sector)}</dt><dd>${e(data.project.sector ?? '—')}</dd>
<dt>${e(L.deadState)}</dt><dd>${num(s.ambientTemperatureC)} °C, ${num(s.ambientPressureKPa, 3)} kPa</dd>
<dt>${e(L.hours)}</dt><dd>${num(s.operatingHours, 0)} h/yr</dd>
<dt>${e(L.energyPrice)}</dt><dd>${num(s.energyPriceEurPerKWh, 3)} EUR/kWh</dd>
<dt>${e(L.grid)}</dt><dd>${num(s.gridEmissionFactorKgPerKWh, 3)} kg CO₂/kWh</dd>
<dt>${e(L.carbonPrice)}</dt><dd>${num(s.carbonPriceEurPerTonne, 2)} EUR/t CO₂</dd></dl>
${data.project.description ? `<p>${e(data.project.description)}</p>` : ''}</header>`);
  if (data.analysis.stale) sections.push(`<p class="banner" id="stale">${e(L.staleBanner)}</p>`);

  const i = data.interpretation;
  sections.push(`<section id="summary"><h2>${e(L.summary)}</h2><p>${e(i.summary)}</p><p>${e(i.detailedAnalysis)}</p>
<ul>${i.keyInsights.map((k) => `<li>${e(k)}</li>`).join('')}</ul></section>`);

  sections.push(
    `<section id="totals"><h2>${e(L.totals)}</h2>${table(
      [{ label: L.figure }, { label: L.value, numeric: true }],
      [
        [e(L.fuel), withUnit(t.exergyFuelKW, 'kW')],
        [e(L.product), withUnit(t.exergyProductKW, 'kW')],
        [e(L.loss), withUnit(t.exergyLossKW, 'kW')],
        [e(L.destroyed), withUnit(t.exergyDestroyedKW, 'kW')],
        [e(L.efficiency), withUnit(t.exergeticEfficiencyPct, '%')],
        [e(L.avoidable), withUnit(t.exergyDestroyedAvoidableKW, 'kW')],
        [e(L.annualLoss), withUnit(t.annualLossKWh, 'kWh/yr', 0)],
        [e(L.annualLossCost), withUnit(t.annualLossEur, 'EUR/yr', 0)],
        [e(L.co2), withUnit(t.carbon?.co2EmissionsTonnesPerYear, 't CO₂/yr')],
        [e(L.co2Cost), withUnit(t.carbon?.co2CostEurPerYear, 'EUR/yr', 0)],
      ],
    )}</section>`,
  );

  sections.push(
    `<section id="sankey"><h2>${e(L.sankey)}</h2>${sankeySvg(data.sankey)}<p class="muted">${e(L.sankeyNote)}</p></section>`,
  );

  if (data.gap) {
    const g = data.gap;
    sections.push(
      `<section id="gap"><h2>${e(L.gap)}</h2>${table(
        [{ label: L.figure }, { label: L.value, numeric: true }],
        [
          [e(L.status), e(g.status)],
          [e(L.grade), e(g.grade ?? '—')],
          [e(L.minimum), withUnit(g.minimumExergyKW, 'kW')],
          [e(L.bat), withUnit(g.batExergyKW, 'kW')],
          [e(L.actual), withUnit(g.actualExergyKW, 'kW')],
          [e(L.esi), num(g.exergeticSustainabilityIndex, 3)],
        ],
      )}${waterfallSvg(g)}</section>`,
    );
  }

  sections.push(
    `<section id="hotspots"><h2>${e(L.hotspots)}</h2>${table(
      [
        { label: L.unit },
        { label: L.destroyed, numeric: true },
        { label: L.share, numeric: true },
        { label: L.efficiency, numeric: true },
        { label: L.annualLossCost, numeric: true },
      ],
      data.hotspots.map((h) => [
        e(h.name),
        withUnit(h.exergyDestroyedKW, 'kW'),
        withUnit(h.sharePct, '%'),
        withUnit(h.exergeticEfficiencyPct, '%'),
        withUnit(h.annualLossEur, 'EUR/yr', 0),
      ]),
    )}</section>`,
  );

  sections.push(
    `<section id="co2"><h2>${e(L.co2Section)}</h2>${table(
      [
        { label: L.unit },
        { label: L.co2Direct, numeric: true },
        { label: L.co2Indirect, numeric: true },
        { label: L.co2Allocated, numeric: true },
      ],
      data.units.map((u) => [
        e(u.name),
        withUnit(u.result.carbon?.co2DirectTonnesPerYear, 't/yr'),
        withUnit(u.result.carbon?.co2IndirectTonnesPerYear, 't/yr'),
        withUnit(u.result.carbon?.co2AllocatedTonnesPerYear, 't/yr'),
      ]),
    )}</section>`,
  );

  sections.push(
    `<section id="opportunities"><h2>${e(L.opportunities)}</h2>${
      data.integrationOpportunities.length
        ? table(
            [
              { label: L.measure },
              { label: L.recoverable, numeric: true },
              { label: L.savings, numeric: true },
              { label: L.investment, numeric: true },
              { label: L.payback, numeric: true },
              { label: L.co2Avoided, numeric: true },
            ],
            data.integrationOpportunities.map((o) => [
              `${e(tr ? o.titleTr : o.title)}<br><span class="muted">${e(o.source)} → ${e(o.target)}</span>`,
              withUnit(o.recoverableKW, 'kW'),
              withUnit(o.savingsEurPerYear, 'EUR/yr', 0),
              withUnit(o.investmentEur, 'EUR', 0),
              withUnit(o.paybackYears, tr ? 'yıl' : 'yr'),
              withUnit(o.co2AvoidedTonnesPerYear, 't/yr'),
            ]),
          )
        : `<p>${e(L.none)}</p>`
    }</section>`,
  );

  const recommendations = data.units.flatMap((u) => u.result.recommendations.map((r) => ({ u, r })));
  sections.push(
    `<section id="recommendations"><h2>${e(L.recommendations)}</h2>${table(
      [
        { label: L.unit },
        { label: L.measure },
        { label: L.savings, numeric: true },
        { label: L.investment, numeric: true },
        { label: L.payback, numeric: true },
        { label: L.co2Avoided, numeric: true },
      ],
      recommendations.map(({ u, r }) => [
        e(u.name),
        e(tr ? r.titleTr : r.titleEn),
        withUnit(r.savingsEurPerYear, 'EUR/yr', 0),
        withUnit(r.investmentEur, 'EUR', 0),
        withUnit(r.paybackYears, tr ? 'yıl' : 'yr'),
        withUnit(r.co2AvoidedTonnesPerYear, 't/yr'),
      ]),
    )}</section>`,
  );

  const adv = data.advancedExergy;
  sections.push(`<section id="advanced"><h2>${e(L.advanced)}</h2>
<h3>${e(L.entropy)}</h3>${table(
    [{ label: L.unit }, { label: 'S_gen', numeric: true }, { label: L.dominant }],
    data.entropy.units.map((u) => [
      e(u.name),
      withUnit(u.entropyGenerationKWPerK, 'kW/K', 4),
      e(u.dominantMechanism ?? '—'),
    ]),
  )}
<h3>${e(L.thermo)}</h3>${table(
    [
      { label: L.unit },
      { label: 'f', numeric: true },
      { label: 'r', numeric: true },
      { label: L.strategy },
      { label: L.savings, numeric: true },
    ],
    data.thermoeconomics.units.map((u) => [
      e(u.name),
      num(u.exergoeconomicFactor, 3),
      num(u.relativeCostDifference, 3),
      e(u.strategy),
      withUnit(u.annualSavingsEur, 'EUR/yr', 0),
    ]),
  )}
${
  adv
    ? `<h3>${e(L.advancedExergy)}</h3>${table(
        [
          { label: L.unit },
          { label: 'AV-EN', numeric: true },
          { label: 'AV-EX', numeric: true },
          { label: 'UN-EN', numeric: true },
          { label: 'UN-EX', numeric: true },
        ],
        adv.units.map((u) => [
          e(unitName.get(u.equipmentId) ?? u.name),
          withUnit(u.avoidableEndogenousKW, 'kW'),
          withUnit(u.avoidableExogenousKW, 'kW'),
          withUnit(u.unavoidableEndogenousKW, 'kW'),
          withUnit(u.unavoidableExogenousKW, 'kW'),
        ]),
      )}`
    : ''
}</section>`);

  sections.push(
    `<section id="methods"><h2>${e(L.methods)}</h2><ul>${L.methodItems.map((m) => `<li>${e(m)}</li>`).join('')}</ul></section>`,
  );

  const warnings = [
    ...(data.gap?.warnings ?? []),
    ...data.units.flatMap((u) => u.result.warnings.map((w) => `${u.name}: ${w.message}`)),
    ...data.interpretation.warnings,
    ...data.entropy.warnings,
    ...data.thermoeconomics.warnings,
    ...(adv?.warnings ?? []),
  ];
  sections.push(
    `<section id="warnings"><h2>${e(L.warnings)}</h2>${
      warnings.length
        ? `<ul class="warnings">${warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`
        : `<p>${e(L.none)}</p>`
    }</section>`,
  );

  return `<!doctype html><html lang="${data.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(L.title)}: ${e(data.project.name)}</title><style>${REPORT_CSS}</style></head><body>${sections.join('\n')}</body></html>`;
}

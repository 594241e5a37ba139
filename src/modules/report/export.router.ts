/**
 * CSV and HTML-report downloads of a project's analysis, authorised exactly like the GraphQL
 * API (the same caller from the Authorization header, the same scoping: a
 * project the caller cannot see is NOT_FOUND, like a missing one; no caller is
 * UNAUTHENTICATED):
 *   GET /projects/:projectId/{results,equipment,opportunities,recommendations}.csv[?analysisId=]
 *   GET /projects/:projectId/report.{html,pdf}[?analysisId=&lang=en|tr]
 * The latest run unless `analysisId` names another run of the project.
 */
import { Router, type Request, type Response } from 'express';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { createContext, requestFactsOf, type ServerServices } from '../../graphql/context';
import { ErrorCode } from '../../graphql/errors';
import { toFactoryAnalysisView } from '../analysis/factory-analysis.mapper';
import { runIsStale } from '../analysis/run-staleness';
import { runUnits } from '../analysis/run-units';
import { isUuid } from '../shared/ids';
import { EXPORTS, exportCsv, type ExportName } from './export-tables';
import type { ReportInput } from './report-data';
import { REPORT_CSS } from './report-html';
import { renderReport } from './report-renderer';
import type { ReportLanguage } from './report-labels';
import { contentOf, storedFactoryInterpretation } from '../interpretation/interpretation.service';
import { createHash } from 'node:crypto';
import type { FactoryEquipmentInput } from '../../engine/factory';
import { CELSIUS_TO_KELVIN } from '../../engine/thermo';
import type { FactoryAnalysis } from '../analysis/factory-analysis.entity';
import type { FactoryAnalysisView } from '../analysis/factory-analysis.view';
import type { Project } from '../project/project.entity';

export type SendError = (res: Response, status: number, code: ErrorCode, message: string) => void;

const FILE = new RegExp(`^(${EXPORTS.join('|')})\\.csv$`);

const REPORT = /^report\.(html|pdf)$/;

export function exportRouter(em: () => SqlEntityManager, services: ServerServices, sendError: SendError): Router {
  const router = Router();
  router.get('/:projectId/:file', async (req: Request, res: Response, next) => {
    try {
      const file = String(req.params.file);
      const csv = FILE.exec(file);
      const report = REPORT.exec(file);
      if (!csv && !report) {
        const known = [...EXPORTS.map((x) => `${x}.csv`), 'report.html', 'report.pdf'].join(', ');
        return sendError(res, 404, ErrorCode.ROUTE_NOT_FOUND, `No such download; one of ${known}`);
      }
      const run = await loadRun(req, res, em(), services, sendError);
      if (!run) return;
      const slug =
        run.project.name
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'project';
      res.setHeader('cache-control', 'private, no-store');
      // a stale analysis is named in a header as well as in the downloads themselves
      res.setHeader('x-analysis-stale', String(run.stale));
      if (csv) {
        const name = csv[1] as ExportName;
        const text = exportCsv(name, {
          analysisId: run.view.id,
          analyzedAt: run.view.analyzedAt,
          stale: run.stale,
          totals: run.view.totals,
          units: run.units,
          integrationOpportunities: run.view.integrationOpportunities,
        });
        res.setHeader('content-disposition', `attachment; filename="${slug}-${name}-run-${run.view.sequence}.csv"`);
        return void res.type('text/csv; charset=utf-8; header=present').send(text);
      }
      const lang = req.query.lang === undefined ? 'en' : req.query.lang;
      if (lang !== 'en' && lang !== 'tr') return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'lang is en or tr');
      const input = await reportInput(run, lang);
      if (report?.[1] === 'pdf') {
        const pdf = await renderReport(input, 'pdf');
        res.setHeader(
          'content-disposition',
          `attachment; filename="${slug}-report-run-${run.view.sequence}-${lang}.pdf"`,
        );
        return void res.type('application/pdf').send(pdf);
      }
      const html = await renderReport(input, 'html');
      // the page's one stylesheet, admitted by its hash; nothing else loads
      res.setHeader(
        'content-security-policy',
        `default-src 'none'; style-src '${REPORT_CSS_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      res.type('text/html; charset=utf-8').send(html);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

const REPORT_CSS_HASH = `sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}`;

interface LoadedRun {
  em: SqlEntityManager;
  project: Project;
  row: FactoryAnalysis;
  view: FactoryAnalysisView;
  units: FactoryEquipmentInput[];
  stale: boolean;
}

/** The caller's project and its run (latest, or `analysisId`), or an error sent like the API's. */
async function loadRun(
  req: Request,
  res: Response,
  root: SqlEntityManager,
  services: ServerServices,
  sendError: SendError,
): Promise<LoadedRun | null> {
  const ctx = await createContext(root, requestFactsOf(req, res), services);
  if (!ctx.caller.user) {
    sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first: send Authorization: Bearer <token>');
    return null;
  }
  const projectId = String(req.params.projectId).toLowerCase();
  const project = isUuid(projectId) ? await ctx.loaders.projectById.load(projectId) : null;
  if (!project) {
    sendError(res, 404, ErrorCode.NOT_FOUND, `Project ${projectId} not found`);
    return null;
  }
  const wanted = req.query.analysisId;
  if (wanted !== undefined && (typeof wanted !== 'string' || !isUuid(wanted.toLowerCase()))) {
    sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'analysisId must be the id of one of the project’s analyses');
    return null;
  }
  const row =
    typeof wanted === 'string'
      ? await ctx.loaders.analysisById.load(wanted.toLowerCase())
      : await ctx.loaders.latestAnalysisByProject.load(project.id);
  if (!row || row.project.id !== project.id) {
    const message =
      typeof wanted === 'string'
        ? `Analysis ${wanted} not found in this project`
        : 'The project has no analysis yet: run analyzeProject';
    sendError(res, 404, ErrorCode.NOT_FOUND, message);
    return null;
  }
  const view = toFactoryAnalysisView(row);
  const [units, stale] = await Promise.all([runUnits(view, ctx.loaders), runIsStale(view, ctx.loaders)]);
  return { em: ctx.em, project, row, view, units, stale };
}

/** What the report is made from: the stored run, its settings and its stored interpretation in `language`. */
async function reportInput(
  { em, project, row, view, units, stale }: LoadedRun,
  language: ReportLanguage,
): Promise<ReportInput> {
  const stored = await storedFactoryInterpretation(em, project.id, view.id, language === 'tr' ? 'TR' : 'EN');
  return {
    language,
    project: {
      name: project.name,
      sector: project.sector,
      description: project.description,
      processType: project.processType,
    },
    analysis: { id: view.id, sequence: view.sequence, analyzedAt: view.analyzedAt, stale },
    settings: {
      ambientTemperatureC: view.settings.deadState.temperatureK - CELSIUS_TO_KELVIN,
      ambientPressureKPa: view.settings.deadState.pressureKPa,
      operatingHours: view.settings.operatingHours,
      energyPriceEurPerKWh: view.settings.energyPriceEurPerKWh,
      gridEmissionFactorKgPerKWh: row.gridEmissionFactorKgPerKWh ?? project.gridEmissionFactorKgPerKWh,
      carbonPriceEurPerTonne: row.carbonPriceEurPerTonne ?? project.carbonPriceEurPerTonne,
    },
    deadState: view.settings.deadState,
    totals: view.totals,
    hotspots: view.hotspots,
    integrationOpportunities: view.integrationOpportunities,
    gap: view.gapAnalysis,
    units,
    interpretation: stored && {
      content: contentOf(stored),
      // a stored answer that fell back to the built-in rules is theirs
      author: stored.provider !== 'builtin' && !stored.fallbackReason ? (stored.model ?? stored.provider) : null,
    },
  };
}

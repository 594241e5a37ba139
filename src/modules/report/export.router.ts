/**
 * CSV downloads of a project's analysis, authorised exactly like the GraphQL
 * API (the same caller from the Authorization header, the same scoping: a
 * project the caller cannot see is NOT_FOUND, like a missing one; no caller is
 * UNAUTHENTICATED):
 *   GET /projects/:projectId/{results,equipment,opportunities,recommendations}.csv[?analysisId=]
 * The latest run unless `analysisId` names another run of the project.
 */
import { Router, type Request, type Response } from 'express';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { createContext, type ServerServices } from '../../graphql/context';
import { ErrorCode } from '../../graphql/errors';
import { toFactoryAnalysisView } from '../analysis/factory-analysis.mapper';
import { runIsStale } from '../analysis/run-staleness';
import { runUnits } from '../analysis/run-units';
import { isUuid } from '../shared/ids';
import { EXPORTS, exportCsv, type ExportName } from './export-tables';

export type SendError = (res: Response, status: number, code: ErrorCode, message: string) => void;

const FILE = new RegExp(`^(${EXPORTS.join('|')})\\.csv$`);

export function exportRouter(em: () => SqlEntityManager, services: ServerServices, sendError: SendError): Router {
  const router = Router();
  router.get('/:projectId/:file', async (req: Request, res: Response, next) => {
    try {
      const file = FILE.exec(String(req.params.file));
      if (!file)
        return sendError(
          res,
          404,
          ErrorCode.ROUTE_NOT_FOUND,
          `No such export; one of ${EXPORTS.map((e) => `${e}.csv`).join(', ')}`,
        );
      const ctx = await createContext(
        em(),
        {
          requestId: res.locals.requestId as string,
          logger: res.locals.logger as Logger,
          authorization: req.header('authorization'),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        },
        services,
      );
      if (!ctx.caller.user)
        return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first: send Authorization: Bearer <token>');
      const projectId = String(req.params.projectId).toLowerCase();
      const project = isUuid(projectId) ? await ctx.loaders.projectById.load(projectId) : null;
      if (!project) return sendError(res, 404, ErrorCode.NOT_FOUND, `Project ${projectId} not found`);
      const wanted = req.query.analysisId;
      if (wanted !== undefined && (typeof wanted !== 'string' || !isUuid(wanted.toLowerCase()))) {
        return sendError(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          'analysisId must be the id of one of the project’s analyses',
        );
      }
      const row =
        typeof wanted === 'string'
          ? await ctx.loaders.analysisById.load(wanted.toLowerCase())
          : await ctx.loaders.latestAnalysisByProject.load(project.id);
      if (!row || row.project.id !== project.id) {
        return sendError(
          res,
          404,
          ErrorCode.NOT_FOUND,
          typeof wanted === 'string'
            ? `Analysis ${wanted} not found in this project`
            : 'The project has no analysis yet: run analyzeProject',
        );
      }
      const view = toFactoryAnalysisView(row);
      const [units, stale] = await Promise.all([runUnits(view, ctx.loaders), runIsStale(view, ctx.loaders)]);
      const name = file[1] as ExportName;
      const csv = exportCsv(name, {
        analysisId: view.id,
        analyzedAt: view.analyzedAt,
        stale,
        totals: view.totals,
        units,
        integrationOpportunities: view.integrationOpportunities,
      });
      const slug =
        project.name
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'project';
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="${slug}-${name}-run-${view.sequence}.csv"`);
      // a stale analysis is named in a header as well as the results' `stale` column
      res.setHeader('x-analysis-stale', String(stale));
      res.type('text/csv; charset=utf-8; header=present').send(csv);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

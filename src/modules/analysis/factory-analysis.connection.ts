import { Connection } from '../../graphql/connection';
import type { Page } from '../shared/paging';
import { FactoryAnalysisView } from './factory-analysis.view';

export const FactoryAnalysisConnection = Connection(FactoryAnalysisView, {
  name: 'FactoryAnalysis',
  description: 'Factory analyses of a project, newest first (Relay connection).',
  totalCountDescription: 'Number of analyses of the project.',
});
export type FactoryAnalysisConnection = Page<FactoryAnalysisView>;

import type { Loaders } from '../../graphql/loaders';
import type { FactoryAnalysisView } from './factory-analysis.view';
import { inputsFingerprint } from './inputs-fingerprint';

/** True when the project's equipment, settings or process changed after the run (or the scenario it analysed did). */
export async function runIsStale(
  view: Pick<FactoryAnalysisView, 'projectId' | 'basis'>,
  loaders: Pick<Loaders, 'projectById' | 'equipmentByProject'>,
): Promise<boolean> {
  const [project, equipment] = await Promise.all([
    loaders.projectById.load(view.projectId),
    loaders.equipmentByProject.load(view.projectId),
  ]);
  if (!project) return true;
  const fingerprint = inputsFingerprint(project, equipment);
  const { basis } = view;
  if (basis.kind === 'project') return fingerprint !== basis.inputsFingerprint;
  return fingerprint !== basis.baseFingerprint || !(await basis.definitionUnchanged());
}

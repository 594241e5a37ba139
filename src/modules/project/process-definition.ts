/**
 * Validates a process definition against the process catalog (type,
 * subcategory, parameters with units and ranges, impossible combinations) and
 * stores it on the project. Every problem is reported at once.
 */
import { validateProcessDefinition, type ProcessTypeKey } from '../../engine/process';
import { makeDeadState } from '../../engine/thermo/dead-state';
import { InputError } from '../shared/errors';
import { toInputIssues } from '../shared/engine-issues';
import { checkParameterShape, type PlainParameters } from '../shared/parameter-shape';
import type { ProcessDefinitionInput } from './project.inputs';
import type { Project } from './project.entity';

export function applyProcessDefinition(project: Project, input: ProcessDefinitionInput | null, path: string): void {
  if (input === null) {
    project.processType = null;
    project.processLabel = null;
    project.processSubcategory = null;
    project.processParameters = null;
    return;
  }
  const shape = checkParameterShape(input.parameters, `${path}.parameters`);
  if (shape.length) throw new InputError(shape);
  const subcategory = input.subcategory ?? 'general';
  const dead = makeDeadState(project.ambientTemperatureC, project.ambientPressureKPa);
  const issues = validateProcessDefinition(
    input.type as ProcessTypeKey,
    subcategory,
    input.parameters as PlainParameters,
    dead,
  );
  if (issues.length) {
    throw new InputError(
      toInputIssues(issues, path).map((i) =>
        i.path.endsWith('.parameters.subcategory') ? { ...i, path: `${path}.subcategory` } : i,
      ),
    );
  }
  project.processType = input.type;
  project.processLabel = input.label ?? null;
  project.processSubcategory = subcategory;
  project.processParameters = input.parameters;
}

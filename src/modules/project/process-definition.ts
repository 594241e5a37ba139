/**
 * Validates and normalises a process definition input.
 * TODO(issue 6): check parameters against the process catalog of src/engine/process.
 */
import { InputError, prefixIssues } from '../../graphql/errors';
import { checkParameterShape } from '../shared/parameter-shape';
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
  const issues = checkParameterShape(input.parameters, 'parameters');
  if (issues.length) throw new InputError(prefixIssues(path, issues));
  project.processType = input.type;
  project.processLabel = input.label ?? null;
  project.processSubcategory = input.subcategory ?? 'default';
  project.processParameters = input.parameters;
}

/**
 * Builds the executable schema from the feature modules' resolvers and prints
 * it sorted, which is what `schema.graphql` holds (a test keeps them equal).
 */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { ProjectResolver } from '../modules/project/project.resolver';
import { EquipmentResolver } from '../modules/equipment/equipment.resolver';
import { ProjectEquipmentResolver } from '../modules/equipment/project-equipment.resolver';
import { EquipmentAnalysisResolver, ProjectAnalysesResolver } from '../modules/analysis/project-analyses.resolver';
import { MetaResolver } from './meta.resolver';
import { NodeResolver } from './node.resolver';
import { DeletePayloadResolver, UnsharePayloadResolver } from './delete-payload';
import { CatalogResolver } from '../modules/catalog/catalog.resolver';
import { AnalysisResultResolver } from '../modules/analysis/analysis.resolver';
import { FactoryAnalysisResolver } from '../modules/analysis/factory-analysis.resolver';
import { FactoryPinchResolver } from '../modules/analysis/factory-pinch.resolver';
import {
  EquipmentInterpretationResolver,
  InterpretationResolver,
  ProjectInterpretationResolver,
} from '../modules/interpretation/interpretation.resolver';
import { validateArgument } from './validation';
import { AccountResolver } from '../modules/account/account.resolver';
import { ProjectMembersResolver } from '../modules/project/project-members.resolver';
import { PinchResolver } from '../modules/pinch/pinch.resolver';
import {
  ProjectScenariosResolver,
  ScenarioAnalysisResolver,
  ScenarioResolver,
} from '../modules/scenario/scenario.resolver';
import { PreviewResolver } from '../modules/analysis/preview.resolver';
import { FactoryAdvancedResolver } from '../modules/analysis/factory-advanced.resolver';
import { ExportUrlsResolver } from '../modules/report/export-urls.resolver';
import { FactoryAdvancedExergyResolver } from '../modules/analysis/factory-advanced-exergy.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AccountResolver,
  ProjectResolver,
  ProjectMembersResolver,
  EquipmentResolver,
  ProjectEquipmentResolver,
  ProjectAnalysesResolver,
  EquipmentAnalysisResolver,
  AnalysisResultResolver,
  FactoryAnalysisResolver,
  FactoryPinchResolver,
  InterpretationResolver,
  ProjectInterpretationResolver,
  EquipmentInterpretationResolver,
  CatalogResolver,
  PinchResolver,
  ScenarioResolver,
  ScenarioAnalysisResolver,
  ProjectScenariosResolver,
  PreviewResolver,
  FactoryAdvancedResolver,
  ExportUrlsResolver,
  FactoryAdvancedExergyResolver,
  MetaResolver,
  NodeResolver,
  DeletePayloadResolver,
  UnsharePayloadResolver,
];

let cached: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  cached.getQueryType()!.description = 'Reads: projects, their equipment, analyses and scenarios, and the catalogs.';
  cached.getMutationType()!.description =
    'Changes: accounts and tokens, projects and their equipment, analyses, scenarios and interpretations.';
  return cached;
}

export function printSortedSchema(schema: GraphQLSchema = buildAppSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

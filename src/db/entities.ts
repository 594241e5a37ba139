import { User } from '../modules/account/user.entity';
import { ApiToken } from '../modules/account/api-token.entity';
import { ServerSetting } from '../modules/account/server-setting.entity';
import { Project } from '../modules/project/project.entity';
import { ProjectMember } from '../modules/project/project-member.entity';
import { Equipment } from '../modules/equipment/equipment.entity';
import { AnalysisResult } from '../modules/analysis/analysis-result.entity';
import { FactoryAnalysis } from '../modules/analysis/factory-analysis.entity';
import { Interpretation } from '../modules/interpretation/interpretation.entity';
import { Scenario } from '../modules/scenario/scenario.entity';
import { ScenarioRun } from '../modules/scenario/scenario-run.entity';
import { DataVersion } from './data-version.entity';

/** Every entity, listed explicitly (no globs: works the same from ts-jest, tsc output and the CLI). */
export const ENTITIES = [
  User,
  ApiToken,
  ServerSetting,
  Project,
  ProjectMember,
  Equipment,
  AnalysisResult,
  FactoryAnalysis,
  Interpretation,
  Scenario,
  ScenarioRun,
  DataVersion,
];

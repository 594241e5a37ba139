/**
 * The example's walk through the API, every value typed from the schema: list projects, add a compressor from the
 * catalog's defaults, analyse the plant, read the detail with its Sankey, try a scenario and ask for an
 * interpretation. Run against a server with e.g. `EXERGYLAB_URL=http://localhost:4000/graphql EXERGYLAB_TOKEN=…`.
 */
import { createClient } from './client';
import {
  AddEquipmentDocument,
  AnalyzeProjectDocument,
  AnalyzeScenarioDocument,
  CreateScenarioDocument,
  EquipmentCatalogDocument,
  InterpretProjectDocument,
  ProjectDetailDocument,
  ProjectsDocument,
} from './operations';
import type { EquipmentType, SankeyLinkKind } from './gql/graphql';

declare const process: { env: Record<string, string | undefined> };

export async function walkthrough(url: string, token?: string): Promise<void> {
  const request = createClient({ url, token });

  const { projects } = await request(ProjectsDocument, { first: 10 });
  const project = projects.edges[0]?.node;
  if (!project) throw new Error('no project to work on: create one first (createProject)');
  console.log(`${projects.totalCount} projects; working on ${project.name} (${project.myRole})`);

  // Adding equipment from the catalog: its defaults for the type's default subtype.
  const { equipmentTypes } = await request(EquipmentCatalogDocument);
  const type: EquipmentType = 'COMPRESSOR';
  const compressor = equipmentTypes.find((t) => t.key === type);
  if (!compressor) throw new Error('the catalog has no compressor');
  const parameters: Record<string, unknown> = {};
  for (const p of compressor.parameters)
    if (p.default !== null && p.default !== undefined) parameters[p.key] = p.default;
  const { addEquipment } = await request(AddEquipmentDocument, {
    projectId: project.id,
    input: { name: 'Compressor K-101', type, subtype: compressor.defaultSubtype, parameters },
  });

  const { analyzeProject } = await request(AnalyzeProjectDocument, { id: project.id });
  console.log(`run #${analyzeProject.sequence}: ${analyzeProject.totals.exergyDestroyedKW.toFixed(1)} kW destroyed`);
  for (const o of analyzeProject.integrationOpportunities) console.log(`  ${o.title} (${o.complexity})`);

  const { project: detail } = await request(ProjectDetailDocument, { id: project.id, mode: 'EXERGY_FLOW' });
  const sankey = detail?.latestAnalysis?.sankey;
  if (sankey) {
    const destroyed: SankeyLinkKind = 'DESTRUCTION';
    const total = sankey.links.filter((l) => l.kind === destroyed).reduce((sum, l) => sum + l.value, 0);
    console.log(
      `Sankey: ${sankey.nodes.length} nodes, ${total.toFixed(1)} ${sankey.unit === 'KW' ? 'kW' : 'EUR/h'} destroyed`,
    );
  }

  const { createScenario } = await request(CreateScenarioDocument, {
    projectId: project.id,
    input: {
      name: 'Without the new compressor',
      changes: [{ action: 'REMOVE_EQUIPMENT', equipmentId: addEquipment.id }],
    },
  });
  const { analyzeScenario } = await request(AnalyzeScenarioDocument, { id: createScenario.id });
  const payback = analyzeScenario.comparison.simplePaybackYears;
  console.log(
    `scenario saves ${analyzeScenario.comparison.annualSavingsEur.toFixed(0)} EUR/yr; payback ${payback ?? '–'} yr`,
  );

  const { interpretProject } = await request(InterpretProjectDocument, { id: project.id, language: 'EN' });
  console.log(`[${interpretProject.provider}] ${interpretProject.summary}`);
  for (const a of interpretProject.prioritizedActions) console.log(`  ${a.rank}. ${a.action} (${a.priority})`);
}

if (process.env.EXERGYLAB_URL) void walkthrough(process.env.EXERGYLAB_URL, process.env.EXERGYLAB_TOKEN);

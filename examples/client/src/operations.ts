/**
 * The operations a frontend runs, written once; graphql-codegen (codegen.ts) turns each into a TypedDocumentNode
 * whose result and variables types follow schema.graphql exactly (enums as string unions, DateTimeISO as string,
 * JSONObject as Record<string, unknown>).
 */
import { graphql } from './gql';

export const ProjectsDocument = graphql(`
  query Projects($first: Int, $after: String, $search: String) {
    projects(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          sector
          equipmentCount
          myRole
          updatedAt
        }
      }
    }
  }
`);

export const ProjectDetailDocument = graphql(`
  query ProjectDetail($id: ID!, $mode: SankeyMode! = EXERGY_FLOW) {
    project(id: $id) {
      id
      name
      operatingHours
      energyPriceEurPerKWh
      equipment {
        id
        name
        type
        subtype
        parameters
      }
      latestAnalysis {
        id
        sequence
        analyzedAt
        stale
        totals {
          exergyFuelKW
          exergyProductKW
          exergyDestroyedKW
          exergeticEfficiencyPct
          annualLossEur
        }
        hotspots {
          equipmentId
          name
          exergyDestroyedKW
          priority
        }
        sankey(mode: $mode) {
          unit
          nodes {
            id
            label
            kind
            color
          }
          links {
            source
            target
            value
            kind
          }
        }
      }
    }
  }
`);

export const EquipmentCatalogDocument = graphql(`
  query EquipmentCatalog {
    equipmentTypes {
      key
      label
      defaultSubtype
      subtypes {
        key
        label
      }
      parameters {
        key
        kind
        unit
        required
        default
        min
        max
      }
    }
  }
`);

export const AddEquipmentDocument = graphql(`
  mutation AddEquipment($projectId: ID!, $input: EquipmentInput!) {
    addEquipment(projectId: $projectId, input: $input) {
      id
      name
      type
      subtype
      parameters
    }
  }
`);

export const AnalyzeProjectDocument = graphql(`
  mutation AnalyzeProject($id: ID!) {
    analyzeProject(id: $id) {
      id
      sequence
      totals {
        exergyDestroyedKW
        exergeticEfficiencyPct
      }
      integrationOpportunities {
        title
        recoverableKW
        savingsEurPerYear
        complexity
      }
    }
  }
`);

export const CreateScenarioDocument = graphql(`
  mutation CreateScenario($projectId: ID!, $input: ScenarioInput!) {
    createScenario(projectId: $projectId, input: $input) {
      id
      name
      investmentEur
    }
  }
`);

export const AnalyzeScenarioDocument = graphql(`
  mutation AnalyzeScenario($id: ID!) {
    analyzeScenario(id: $id) {
      id
      comparison {
        annualSavingsEur
        investmentEur
        simplePaybackYears
        totals {
          metric
          unit
          baseline
          scenario
          improved
        }
      }
    }
  }
`);

export const InterpretProjectDocument = graphql(`
  mutation InterpretProject($id: ID!, $language: InterpretationLanguage! = EN) {
    interpretProject(id: $id, language: $language) {
      id
      provider
      language
      summary
      hotspotAnalysis {
        equipmentName
        equipmentType
        priority
      }
      prioritizedActions {
        rank
        action
        priority
        paybackYears
      }
    }
  }
`);

/** GraphQL documents shared by the API tests. */

export const PROJECT_FIELDS = `id name sector description operatingHours energyPriceEurPerKWh ambientTemperatureC
  ambientPressureKPa createdAt updatedAt equipmentCount process { type label subcategory parameters }`;

export const EQUIPMENT_FIELDS = `id name type subtype parameters createdAt updatedAt project { id } suppliedBy { id }`;

export const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE_PROJECT = `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
export const DELETE_PROJECT = `mutation ($id: ID!) { deleteProject(id: $id) }`;
export const GET_PROJECT = `query ($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} equipment { ${EQUIPMENT_FIELDS} } } }`;
export const LIST_PROJECTS = `query ($first: Int, $after: String, $search: String, $sector: String) {
  projects(first: $first, after: $after, search: $search, sector: $sector) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name sector } } } }`;

export const ADD_EQUIPMENT = `mutation ($projectId: ID!, $input: EquipmentInput!) { addEquipment(projectId: $projectId, input: $input) { ${EQUIPMENT_FIELDS} } }`;
export const ADD_EQUIPMENT_BATCH = `mutation ($projectId: ID!, $inputs: [EquipmentInput!]!) { addEquipmentBatch(projectId: $projectId, inputs: $inputs) { ${EQUIPMENT_FIELDS} } }`;
export const UPDATE_EQUIPMENT = `mutation ($id: ID!, $input: UpdateEquipmentInput!) { updateEquipment(id: $id, input: $input) { ${EQUIPMENT_FIELDS} } }`;
export const REMOVE_EQUIPMENT = `mutation ($id: ID!) { removeEquipment(id: $id) }`;
export const GET_EQUIPMENT = `query ($id: ID!) { equipment(id: $id) { ${EQUIPMENT_FIELDS} } }`;

/** A valid compressor as the catalog expects it. */
export const COMPRESSOR = {
  name: 'Screw compressor 1',
  type: 'COMPRESSOR',
  subtype: 'screw',
  parameters: { power_kW: 37, flow_rate_m3_min: 6.2, outlet_pressure_bar: 7.5 },
};

export const PUMP = {
  name: 'Cooling water pump',
  type: 'PUMP',
  subtype: 'centrifugal',
  parameters: { motor_power_kW: 15, flow_rate_m3_h: 50, total_head_m: 40 },
};

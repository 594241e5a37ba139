import { registerEnumType } from 'type-graphql';

/** What a member may do, from most to least: owners also delete, share and unshare; editors change; viewers read. */
export const PROJECT_ROLE_KEYS = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export type ProjectRole = (typeof PROJECT_ROLE_KEYS)[number];

export const ProjectRole = { OWNER: 'OWNER', EDITOR: 'EDITOR', VIEWER: 'VIEWER' } as const satisfies {
  [K in ProjectRole]: K;
};

registerEnumType(ProjectRole, {
  name: 'ProjectRole',
  description: "A member's role in a project.",
  valuesConfig: {
    OWNER: { description: 'Everything: change and analyse the project, delete it, share and unshare it.' },
    EDITOR: { description: 'Change equipment, settings and the process definition; run analyses and interpretations.' },
    VIEWER: { description: 'Read only.' },
  },
});

/** Whether `role` may do what `needed` may. */
export function roleAllows(role: ProjectRole, needed: ProjectRole): boolean {
  return PROJECT_ROLE_KEYS.indexOf(role) <= PROJECT_ROLE_KEYS.indexOf(needed);
}

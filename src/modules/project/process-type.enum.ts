import { PROCESS_TYPE_KEYS, type ProcessTypeKey } from '../../engine/process';
import { graphqlEnumOf } from '../shared/graphql-enum';

/** GraphQL names over the process engine's snake_case keys (stored in the database). */
export const ProcessType = graphqlEnumOf(PROCESS_TYPE_KEYS, {
  name: 'ProcessType',
  description: 'The plant process compared with its thermodynamic minimum and BAT.',
});
export type ProcessType = ProcessTypeKey;

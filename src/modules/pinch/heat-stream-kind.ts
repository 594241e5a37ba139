/** The kind of a heat stream, shared by explicit pinch streams and a plant's declared streams. */
import type * as Engine from '../../engine/pinch';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';

export const HeatStreamKind = graphqlEnumOf(allKeys<Engine.StreamKind>()(['HOT', 'COLD']), {
  name: 'HeatStreamKind',
  description: 'HOT: to be cooled (supply above target); COLD: to be heated.',
});
export type HeatStreamKind = Engine.StreamKind;

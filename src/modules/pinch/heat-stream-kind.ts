/** The kind of a heat stream, shared by explicit pinch streams and a plant's declared streams. */
import type * as Engine from '../../engine/pinch';
import { allKeys, graphqlEnumOf } from '../shared/graphql-enum';

export const HeatStreamKind = graphqlEnumOf(allKeys<Engine.StreamKind>()(['HOT', 'COLD']), {
  name: 'HeatStreamKind',
  description: 'HOT: to be cooled (supply above target); COLD: to be heated.',
  valueDescriptions: {
    HOT: 'A stream to be cooled: its supply temperature is above its target.',
    COLD: 'A stream to be heated: its supply temperature is below its target.',
  },
});
export type HeatStreamKind = Engine.StreamKind;

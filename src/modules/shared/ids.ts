import { NotFoundError } from '../shared/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot exist (and must not reach PostgreSQL's uuid parser). */
export function assertKnownIdShape(entity: string, id: string): void {
  if (!UUID.test(id)) throw new NotFoundError(entity, id);
}

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row whose `version` the database itself moves on with every committed change of any other table:
 * triggers in the same transaction as the change (migration 20261202100000), so whatever writes — the ORM,
 * a raw statement, another server process, a CLI — a read that sees a version also sees every change
 * before it. The read cache (src/graphql/read-cache.ts) keys its answers by it. Nothing in the code
 * writes it.
 */
@Entity({ tableName: 'data_version' })
export class DataVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  /** Text on PostgreSQL's bigint; only compared for equality. */
  @Property({ type: 'bigint', defaultRaw: '0' })
  version!: string;
}

/** The data version as an SQL expression (a signed-in request reads it with its account: one statement for both). */
export const DATA_VERSION_SQL = '(select version from data_version where id = 1)';

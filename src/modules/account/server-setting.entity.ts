import { DateTimeType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Values the server generates once and keeps (e.g. the development JWT secret). */
@Entity({ tableName: 'server_setting' })
export class ServerSetting {
  @PrimaryKey({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'text' })
  value!: string;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}

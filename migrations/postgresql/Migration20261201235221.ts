import { Migration } from '@mikro-orm/migrations';

export class Migration20261201235221 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "server_setting" ("name" varchar(100) not null, "value" text not null, "created_at" timestamptz not null, constraint "server_setting_pkey" primary key ("name"));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(100) not null, "password_hash" varchar(255) not null, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "project_member" ("id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, "role" varchar(10) not null, "created_at" timestamptz not null, constraint "project_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_member_user_id_index" on "project_member" ("user_id");`);
    this.addSql(
      `alter table "project_member" add constraint "project_member_project_id_user_id_unique" unique ("project_id", "user_id");`,
    );

    this.addSql(
      `create table "api_token" ("id" uuid not null, "user_id" uuid not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "project_member" add constraint "project_member_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_member" add constraint "project_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_member" drop constraint "project_member_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "server_setting" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "project_member" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}

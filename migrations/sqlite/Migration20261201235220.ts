import { Migration } from '@mikro-orm/migrations';

export class Migration20261201235220 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`server_setting\` (\`name\` text not null, \`value\` text not null, \`created_at\` datetime not null, primary key (\`name\`));`,
    );

    this.addSql(
      `create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(
      `create table \`project_member\` (\`id\` text not null, \`project_id\` text not null, \`user_id\` text not null, \`role\` text not null, \`created_at\` datetime not null, constraint \`project_member_project_id_foreign\` foreign key(\`project_id\`) references \`project\`(\`id\`) on delete cascade on update cascade, constraint \`project_member_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`project_member_project_id_index\` on \`project_member\` (\`project_id\`);`);
    this.addSql(`create index \`project_member_user_id_index\` on \`project_member\` (\`user_id\`);`);
    this.addSql(
      `create unique index \`project_member_project_id_user_id_unique\` on \`project_member\` (\`project_id\`, \`user_id\`);`,
    );

    this.addSql(
      `create table \`api_token\` (\`id\` text not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`api_token\`;`);
    this.addSql(`drop table if exists \`project_member\`;`);
    this.addSql(`drop table if exists \`app_user\`;`);
    this.addSql(`drop table if exists \`server_setting\`;`);
  }
}

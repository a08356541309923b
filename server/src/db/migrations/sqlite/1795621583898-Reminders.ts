import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795621583898 implements MigrationInterface {
  name = 'Reminders1795621583898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "organizationId" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycleKey" varchar(20), "taskId" integer, "message" text NOT NULL, "dueOn" varchar(10), "senderId" integer, "batchId" integer, "dedupeKey" varchar(200), "createdAt" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5360f891c9207afd14e416cb01" ON "reminder" ("dedupeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_181a9b9eb1654fa2809eae4875" ON "reminder" ("planId", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_527ecc770af732e93ea6626d2b" ON "reminder" ("organizationId", "id") `);
    await queryRunner.query(`DROP INDEX "IDX_5360f891c9207afd14e416cb01"`);
    await queryRunner.query(`DROP INDEX "IDX_181a9b9eb1654fa2809eae4875"`);
    await queryRunner.query(`DROP INDEX "IDX_527ecc770af732e93ea6626d2b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "organizationId" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycleKey" varchar(20), "taskId" integer, "message" text NOT NULL, "dueOn" varchar(10), "senderId" integer, "batchId" integer, "dedupeKey" varchar(200), "createdAt" datetime NOT NULL, CONSTRAINT "FK_d5b6c3de01b6dea21ac5d7bfc40" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9140a368830c963e4efb5a23b27" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_reminder"("id", "planId", "organizationId", "kind", "cycleKey", "taskId", "message", "dueOn", "senderId", "batchId", "dedupeKey", "createdAt") SELECT "id", "planId", "organizationId", "kind", "cycleKey", "taskId", "message", "dueOn", "senderId", "batchId", "dedupeKey", "createdAt" FROM "reminder"`,
    );
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`ALTER TABLE "temporary_reminder" RENAME TO "reminder"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5360f891c9207afd14e416cb01" ON "reminder" ("dedupeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_181a9b9eb1654fa2809eae4875" ON "reminder" ("planId", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_527ecc770af732e93ea6626d2b" ON "reminder" ("organizationId", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_527ecc770af732e93ea6626d2b"`);
    await queryRunner.query(`DROP INDEX "IDX_181a9b9eb1654fa2809eae4875"`);
    await queryRunner.query(`DROP INDEX "IDX_5360f891c9207afd14e416cb01"`);
    await queryRunner.query(`ALTER TABLE "reminder" RENAME TO "temporary_reminder"`);
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "organizationId" integer NOT NULL, "kind" varchar(20) NOT NULL, "cycleKey" varchar(20), "taskId" integer, "message" text NOT NULL, "dueOn" varchar(10), "senderId" integer, "batchId" integer, "dedupeKey" varchar(200), "createdAt" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "reminder"("id", "planId", "organizationId", "kind", "cycleKey", "taskId", "message", "dueOn", "senderId", "batchId", "dedupeKey", "createdAt") SELECT "id", "planId", "organizationId", "kind", "cycleKey", "taskId", "message", "dueOn", "senderId", "batchId", "dedupeKey", "createdAt" FROM "temporary_reminder"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_reminder"`);
    await queryRunner.query(`CREATE INDEX "IDX_527ecc770af732e93ea6626d2b" ON "reminder" ("organizationId", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_181a9b9eb1654fa2809eae4875" ON "reminder" ("planId", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5360f891c9207afd14e416cb01" ON "reminder" ("dedupeKey") `);
    await queryRunner.query(`DROP INDEX "IDX_527ecc770af732e93ea6626d2b"`);
    await queryRunner.query(`DROP INDEX "IDX_181a9b9eb1654fa2809eae4875"`);
    await queryRunner.query(`DROP INDEX "IDX_5360f891c9207afd14e416cb01"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsolidatedReports1795621913331 implements MigrationInterface {
  name = 'ConsolidatedReports1795621913331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consolidated_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "cycleKey" varchar(20) NOT NULL, "cycleLabel" varchar(60) NOT NULL, "subtitle" text NOT NULL, "sections" text NOT NULL, "recipients" text NOT NULL, "signerTitle" varchar(200) NOT NULL, "signerName" varchar(200) NOT NULL DEFAULT (''), "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fc71d58fe702eb5368bde87da3" ON "consolidated_report" ("planId", "cycleKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consolidated_report_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reportId" integer NOT NULL, "planId" integer NOT NULL, "versionNumber" integer NOT NULL, "documentNumber" varchar(80) NOT NULL, "issuedOn" varchar(10) NOT NULL, "cycleKey" varchar(20) NOT NULL, "content" text NOT NULL, "issuedById" integer NOT NULL, "issuedAt" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_377ddb6072d60b64df6d27b044" ON "consolidated_report_version" ("planId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_455e8409a0f37c2f923bb8ebc9" ON "consolidated_report_version" ("reportId", "versionNumber") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_fc71d58fe702eb5368bde87da3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_consolidated_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "cycleKey" varchar(20) NOT NULL, "cycleLabel" varchar(60) NOT NULL, "subtitle" text NOT NULL, "sections" text NOT NULL, "recipients" text NOT NULL, "signerTitle" varchar(200) NOT NULL, "signerName" varchar(200) NOT NULL DEFAULT (''), "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_cf0f00cae3a2e2b24773e4e66b6" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_consolidated_report"("id", "planId", "cycleKey", "cycleLabel", "subtitle", "sections", "recipients", "signerTitle", "signerName", "version", "createdById", "createdAt", "updatedAt") SELECT "id", "planId", "cycleKey", "cycleLabel", "subtitle", "sections", "recipients", "signerTitle", "signerName", "version", "createdById", "createdAt", "updatedAt" FROM "consolidated_report"`,
    );
    await queryRunner.query(`DROP TABLE "consolidated_report"`);
    await queryRunner.query(`ALTER TABLE "temporary_consolidated_report" RENAME TO "consolidated_report"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fc71d58fe702eb5368bde87da3" ON "consolidated_report" ("planId", "cycleKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_377ddb6072d60b64df6d27b044"`);
    await queryRunner.query(`DROP INDEX "IDX_455e8409a0f37c2f923bb8ebc9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_consolidated_report_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reportId" integer NOT NULL, "planId" integer NOT NULL, "versionNumber" integer NOT NULL, "documentNumber" varchar(80) NOT NULL, "issuedOn" varchar(10) NOT NULL, "cycleKey" varchar(20) NOT NULL, "content" text NOT NULL, "issuedById" integer NOT NULL, "issuedAt" datetime NOT NULL, CONSTRAINT "FK_9a885f6b391944ed29cd220ee5f" FOREIGN KEY ("reportId") REFERENCES "consolidated_report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_consolidated_report_version"("id", "reportId", "planId", "versionNumber", "documentNumber", "issuedOn", "cycleKey", "content", "issuedById", "issuedAt") SELECT "id", "reportId", "planId", "versionNumber", "documentNumber", "issuedOn", "cycleKey", "content", "issuedById", "issuedAt" FROM "consolidated_report_version"`,
    );
    await queryRunner.query(`DROP TABLE "consolidated_report_version"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_consolidated_report_version" RENAME TO "consolidated_report_version"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_377ddb6072d60b64df6d27b044" ON "consolidated_report_version" ("planId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_455e8409a0f37c2f923bb8ebc9" ON "consolidated_report_version" ("reportId", "versionNumber") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_455e8409a0f37c2f923bb8ebc9"`);
    await queryRunner.query(`DROP INDEX "IDX_377ddb6072d60b64df6d27b044"`);
    await queryRunner.query(
      `ALTER TABLE "consolidated_report_version" RENAME TO "temporary_consolidated_report_version"`,
    );
    await queryRunner.query(
      `CREATE TABLE "consolidated_report_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reportId" integer NOT NULL, "planId" integer NOT NULL, "versionNumber" integer NOT NULL, "documentNumber" varchar(80) NOT NULL, "issuedOn" varchar(10) NOT NULL, "cycleKey" varchar(20) NOT NULL, "content" text NOT NULL, "issuedById" integer NOT NULL, "issuedAt" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "consolidated_report_version"("id", "reportId", "planId", "versionNumber", "documentNumber", "issuedOn", "cycleKey", "content", "issuedById", "issuedAt") SELECT "id", "reportId", "planId", "versionNumber", "documentNumber", "issuedOn", "cycleKey", "content", "issuedById", "issuedAt" FROM "temporary_consolidated_report_version"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_consolidated_report_version"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_455e8409a0f37c2f923bb8ebc9" ON "consolidated_report_version" ("reportId", "versionNumber") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_377ddb6072d60b64df6d27b044" ON "consolidated_report_version" ("planId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_fc71d58fe702eb5368bde87da3"`);
    await queryRunner.query(`ALTER TABLE "consolidated_report" RENAME TO "temporary_consolidated_report"`);
    await queryRunner.query(
      `CREATE TABLE "consolidated_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "cycleKey" varchar(20) NOT NULL, "cycleLabel" varchar(60) NOT NULL, "subtitle" text NOT NULL, "sections" text NOT NULL, "recipients" text NOT NULL, "signerTitle" varchar(200) NOT NULL, "signerName" varchar(200) NOT NULL DEFAULT (''), "version" integer NOT NULL DEFAULT (1), "createdById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "consolidated_report"("id", "planId", "cycleKey", "cycleLabel", "subtitle", "sections", "recipients", "signerTitle", "signerName", "version", "createdById", "createdAt", "updatedAt") SELECT "id", "planId", "cycleKey", "cycleLabel", "subtitle", "sections", "recipients", "signerTitle", "signerName", "version", "createdById", "createdAt", "updatedAt" FROM "temporary_consolidated_report"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_consolidated_report"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fc71d58fe702eb5368bde87da3" ON "consolidated_report" ("planId", "cycleKey") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_455e8409a0f37c2f923bb8ebc9"`);
    await queryRunner.query(`DROP INDEX "IDX_377ddb6072d60b64df6d27b044"`);
    await queryRunner.query(`DROP TABLE "consolidated_report_version"`);
    await queryRunner.query(`DROP INDEX "IDX_fc71d58fe702eb5368bde87da3"`);
    await queryRunner.query(`DROP TABLE "consolidated_report"`);
  }
}

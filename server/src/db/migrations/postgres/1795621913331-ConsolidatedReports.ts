import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsolidatedReports1795621913331 implements MigrationInterface {
  name = 'ConsolidatedReports1795621913331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consolidated_report" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "cycleKey" character varying(20) NOT NULL, "cycleLabel" character varying(60) NOT NULL, "subtitle" text NOT NULL, "sections" text NOT NULL, "recipients" text NOT NULL, "signerTitle" character varying(200) NOT NULL, "signerName" character varying(200) NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "createdById" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_534c549a0ac8e3ca1527f48c3b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fc71d58fe702eb5368bde87da3" ON "consolidated_report"  ("planId", "cycleKey") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consolidated_report_version" ("id" SERIAL NOT NULL, "reportId" integer NOT NULL, "planId" integer NOT NULL, "versionNumber" integer NOT NULL, "documentNumber" character varying(80) NOT NULL, "issuedOn" character varying(10) NOT NULL, "cycleKey" character varying(20) NOT NULL, "content" text NOT NULL, "issuedById" integer NOT NULL, "issuedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ef3237e239d6fdfaa2714e0cb8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_377ddb6072d60b64df6d27b044" ON "consolidated_report_version"  ("planId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_455e8409a0f37c2f923bb8ebc9" ON "consolidated_report_version"  ("reportId", "versionNumber") `,
    );
    await queryRunner.query(
      `ALTER TABLE "consolidated_report" ADD CONSTRAINT "FK_cf0f00cae3a2e2b24773e4e66b6" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consolidated_report_version" ADD CONSTRAINT "FK_9a885f6b391944ed29cd220ee5f" FOREIGN KEY ("reportId") REFERENCES "consolidated_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "consolidated_report_version" DROP CONSTRAINT "FK_9a885f6b391944ed29cd220ee5f"`,
    );
    await queryRunner.query(`ALTER TABLE "consolidated_report" DROP CONSTRAINT "FK_cf0f00cae3a2e2b24773e4e66b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_455e8409a0f37c2f923bb8ebc9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_377ddb6072d60b64df6d27b044"`);
    await queryRunner.query(`DROP TABLE "consolidated_report_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc71d58fe702eb5368bde87da3"`);
    await queryRunner.query(`DROP TABLE "consolidated_report"`);
  }
}

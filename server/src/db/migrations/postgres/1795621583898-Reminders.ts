import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795621583898 implements MigrationInterface {
  name = 'Reminders1795621583898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "organizationId" integer NOT NULL, "kind" character varying(20) NOT NULL, "cycleKey" character varying(20), "taskId" integer, "message" text NOT NULL, "dueOn" character varying(10), "senderId" integer, "batchId" integer, "dedupeKey" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5360f891c9207afd14e416cb01" ON "reminder"  ("dedupeKey") `);
    await queryRunner.query(`CREATE INDEX "IDX_181a9b9eb1654fa2809eae4875" ON "reminder"  ("planId", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_527ecc770af732e93ea6626d2b" ON "reminder"  ("organizationId", "id") `);
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "FK_d5b6c3de01b6dea21ac5d7bfc40" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "FK_9140a368830c963e4efb5a23b27" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "FK_9140a368830c963e4efb5a23b27"`);
    await queryRunner.query(`ALTER TABLE "reminder" DROP CONSTRAINT "FK_d5b6c3de01b6dea21ac5d7bfc40"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_527ecc770af732e93ea6626d2b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_181a9b9eb1654fa2809eae4875"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5360f891c9207afd14e416cb01"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
  }
}

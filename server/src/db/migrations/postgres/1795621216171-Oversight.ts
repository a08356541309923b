import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Oversight1795621216171 implements MigrationInterface {
  name = 'Oversight1795621216171';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actorId" integer, "action" character varying(40) NOT NULL, "targetType" character varying(40) NOT NULL, "targetId" integer NOT NULL, "changes" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c9d5406167f8d29b85956115a" ON "audit_entry"  ("targetType", "targetId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "kind" character varying(40) NOT NULL, "planId" integer, "taskId" integer, "actorId" integer, "organizationId" integer, "commentId" integer, "reportId" integer, "obstacleId" integer, "findingId" integer, "summary" text NOT NULL, "readAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1ced25315eb974b73391fb1c81" ON "notification"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification"  ("userId", "readAt") `);
    await queryRunner.query(
      `CREATE TABLE "obstacle" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "reportId" integer, "raisedById" integer NOT NULL, "routedToOrganizationId" integer, "description" text NOT NULL, "status" character varying(20) NOT NULL, "forwardedById" integer, "forwardedAt" TIMESTAMP WITH TIME ZONE, "forwardNote" text, "resolvedById" integer, "resolvedAt" TIMESTAMP WITH TIME ZONE, "resolution" text, "version" integer NOT NULL DEFAULT '1', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a651754ae60814cbcc4bb60a76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_379f7664cd41d6f1c111d245d9" ON "obstacle"  ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cd4d4872e76362174514bf3c5" ON "obstacle"  ("routedToOrganizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3717ae2b735f701583ac9e2f40" ON "obstacle"  ("taskId", "status") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_finding" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "filedById" integer NOT NULL, "content" text NOT NULL, "dueDate" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "response" text, "respondedById" integer, "respondingOrganizationId" integer, "respondedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_504d26e11e223cde3b26fa1dc0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37481a84b8ed44fe9cc7712e33" ON "supervision_finding"  ("planId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_295c2701fb84480c9ad08fb373" ON "supervision_finding"  ("taskId", "status") `,
    );
    await queryRunner.query(`ALTER TABLE "activity_event" ADD "obstacleId" integer`);
    await queryRunner.query(`ALTER TABLE "activity_event" ADD "findingId" integer`);
    await queryRunner.query(
      `ALTER TABLE "obstacle" ADD CONSTRAINT "FK_70bd89a7475400260d40e1ad330" FOREIGN KEY ("taskId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacle" ADD CONSTRAINT "FK_11cdd43e4e504bbe11110af9ebb" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_finding" ADD CONSTRAINT "FK_4b704922233e47d4e450270703e" FOREIGN KEY ("taskId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_finding" ADD CONSTRAINT "FK_03aed42026da888cf0a418266c3" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_finding" DROP CONSTRAINT "FK_03aed42026da888cf0a418266c3"`);
    await queryRunner.query(`ALTER TABLE "supervision_finding" DROP CONSTRAINT "FK_4b704922233e47d4e450270703e"`);
    await queryRunner.query(`ALTER TABLE "obstacle" DROP CONSTRAINT "FK_11cdd43e4e504bbe11110af9ebb"`);
    await queryRunner.query(`ALTER TABLE "obstacle" DROP CONSTRAINT "FK_70bd89a7475400260d40e1ad330"`);
    await queryRunner.query(`ALTER TABLE "activity_event" DROP COLUMN "findingId"`);
    await queryRunner.query(`ALTER TABLE "activity_event" DROP COLUMN "obstacleId"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_295c2701fb84480c9ad08fb373"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37481a84b8ed44fe9cc7712e33"`);
    await queryRunner.query(`DROP TABLE "supervision_finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3717ae2b735f701583ac9e2f40"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1cd4d4872e76362174514bf3c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_379f7664cd41d6f1c111d245d9"`);
    await queryRunner.query(`DROP TABLE "obstacle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b142beadffd32dfe9c1afc1c28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ced25315eb974b73391fb1c81"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c9d5406167f8d29b85956115a"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}

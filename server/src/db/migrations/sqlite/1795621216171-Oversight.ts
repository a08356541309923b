import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Oversight1795621216171 implements MigrationInterface {
  name = 'Oversight1795621216171';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "action" varchar(40) NOT NULL, "targetType" varchar(40) NOT NULL, "targetId" integer NOT NULL, "changes" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c9d5406167f8d29b85956115a" ON "audit_entry" ("targetType", "targetId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(40) NOT NULL, "planId" integer, "taskId" integer, "actorId" integer, "organizationId" integer, "commentId" integer, "reportId" integer, "obstacleId" integer, "findingId" integer, "summary" text NOT NULL, "readAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1ced25315eb974b73391fb1c81" ON "notification" ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification" ("userId", "readAt") `);
    await queryRunner.query(
      `CREATE TABLE "obstacle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "reportId" integer, "raisedById" integer NOT NULL, "routedToOrganizationId" integer, "description" text NOT NULL, "status" varchar(20) NOT NULL, "forwardedById" integer, "forwardedAt" datetime, "forwardNote" text, "resolvedById" integer, "resolvedAt" datetime, "resolution" text, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_379f7664cd41d6f1c111d245d9" ON "obstacle" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cd4d4872e76362174514bf3c5" ON "obstacle" ("routedToOrganizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3717ae2b735f701583ac9e2f40" ON "obstacle" ("taskId", "status") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "filedById" integer NOT NULL, "content" text NOT NULL, "dueDate" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "response" text, "respondedById" integer, "respondingOrganizationId" integer, "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37481a84b8ed44fe9cc7712e33" ON "supervision_finding" ("planId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_295c2701fb84480c9ad08fb373" ON "supervision_finding" ("taskId", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f362bd5534cd53e48927c54c47"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e7cbdb2f98226507066c0de4"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_activity_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "seq" integer NOT NULL, "type" varchar(40) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "organizationId" integer, "taskId" integer, "reportId" integer, "commentId" integer, "changes" text, "obstacleId" integer, "findingId" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_activity_event"("id", "planId", "seq", "type", "at", "actorId", "organizationId", "taskId", "reportId", "commentId", "changes") SELECT "id", "planId", "seq", "type", "at", "actorId", "organizationId", "taskId", "reportId", "commentId", "changes" FROM "activity_event"`,
    );
    await queryRunner.query(`DROP TABLE "activity_event"`);
    await queryRunner.query(`ALTER TABLE "temporary_activity_event" RENAME TO "activity_event"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f362bd5534cd53e48927c54c47" ON "activity_event" ("planId", "seq") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b7e7cbdb2f98226507066c0de4" ON "activity_event" ("taskId") `);
    await queryRunner.query(`DROP INDEX "IDX_379f7664cd41d6f1c111d245d9"`);
    await queryRunner.query(`DROP INDEX "IDX_1cd4d4872e76362174514bf3c5"`);
    await queryRunner.query(`DROP INDEX "IDX_3717ae2b735f701583ac9e2f40"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_obstacle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "reportId" integer, "raisedById" integer NOT NULL, "routedToOrganizationId" integer, "description" text NOT NULL, "status" varchar(20) NOT NULL, "forwardedById" integer, "forwardedAt" datetime, "forwardNote" text, "resolvedById" integer, "resolvedAt" datetime, "resolution" text, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_70bd89a7475400260d40e1ad330" FOREIGN KEY ("taskId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_11cdd43e4e504bbe11110af9ebb" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_obstacle"("id", "planId", "taskId", "organizationId", "reportId", "raisedById", "routedToOrganizationId", "description", "status", "forwardedById", "forwardedAt", "forwardNote", "resolvedById", "resolvedAt", "resolution", "version", "createdAt") SELECT "id", "planId", "taskId", "organizationId", "reportId", "raisedById", "routedToOrganizationId", "description", "status", "forwardedById", "forwardedAt", "forwardNote", "resolvedById", "resolvedAt", "resolution", "version", "createdAt" FROM "obstacle"`,
    );
    await queryRunner.query(`DROP TABLE "obstacle"`);
    await queryRunner.query(`ALTER TABLE "temporary_obstacle" RENAME TO "obstacle"`);
    await queryRunner.query(`CREATE INDEX "IDX_379f7664cd41d6f1c111d245d9" ON "obstacle" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cd4d4872e76362174514bf3c5" ON "obstacle" ("routedToOrganizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_3717ae2b735f701583ac9e2f40" ON "obstacle" ("taskId", "status") `);
    await queryRunner.query(`DROP INDEX "IDX_37481a84b8ed44fe9cc7712e33"`);
    await queryRunner.query(`DROP INDEX "IDX_295c2701fb84480c9ad08fb373"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_supervision_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "filedById" integer NOT NULL, "content" text NOT NULL, "dueDate" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "response" text, "respondedById" integer, "respondingOrganizationId" integer, "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_4b704922233e47d4e450270703e" FOREIGN KEY ("taskId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_03aed42026da888cf0a418266c3" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_supervision_finding"("id", "planId", "taskId", "organizationId", "filedById", "content", "dueDate", "status", "response", "respondedById", "respondingOrganizationId", "respondedAt", "createdAt") SELECT "id", "planId", "taskId", "organizationId", "filedById", "content", "dueDate", "status", "response", "respondedById", "respondingOrganizationId", "respondedAt", "createdAt" FROM "supervision_finding"`,
    );
    await queryRunner.query(`DROP TABLE "supervision_finding"`);
    await queryRunner.query(`ALTER TABLE "temporary_supervision_finding" RENAME TO "supervision_finding"`);
    await queryRunner.query(`CREATE INDEX "IDX_37481a84b8ed44fe9cc7712e33" ON "supervision_finding" ("planId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_295c2701fb84480c9ad08fb373" ON "supervision_finding" ("taskId", "status") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_295c2701fb84480c9ad08fb373"`);
    await queryRunner.query(`DROP INDEX "IDX_37481a84b8ed44fe9cc7712e33"`);
    await queryRunner.query(`ALTER TABLE "supervision_finding" RENAME TO "temporary_supervision_finding"`);
    await queryRunner.query(
      `CREATE TABLE "supervision_finding" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "filedById" integer NOT NULL, "content" text NOT NULL, "dueDate" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "response" text, "respondedById" integer, "respondingOrganizationId" integer, "respondedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "supervision_finding"("id", "planId", "taskId", "organizationId", "filedById", "content", "dueDate", "status", "response", "respondedById", "respondingOrganizationId", "respondedAt", "createdAt") SELECT "id", "planId", "taskId", "organizationId", "filedById", "content", "dueDate", "status", "response", "respondedById", "respondingOrganizationId", "respondedAt", "createdAt" FROM "temporary_supervision_finding"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_supervision_finding"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_295c2701fb84480c9ad08fb373" ON "supervision_finding" ("taskId", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37481a84b8ed44fe9cc7712e33" ON "supervision_finding" ("planId") `);
    await queryRunner.query(`DROP INDEX "IDX_3717ae2b735f701583ac9e2f40"`);
    await queryRunner.query(`DROP INDEX "IDX_1cd4d4872e76362174514bf3c5"`);
    await queryRunner.query(`DROP INDEX "IDX_379f7664cd41d6f1c111d245d9"`);
    await queryRunner.query(`ALTER TABLE "obstacle" RENAME TO "temporary_obstacle"`);
    await queryRunner.query(
      `CREATE TABLE "obstacle" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "taskId" integer NOT NULL, "organizationId" integer, "reportId" integer, "raisedById" integer NOT NULL, "routedToOrganizationId" integer, "description" text NOT NULL, "status" varchar(20) NOT NULL, "forwardedById" integer, "forwardedAt" datetime, "forwardNote" text, "resolvedById" integer, "resolvedAt" datetime, "resolution" text, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "obstacle"("id", "planId", "taskId", "organizationId", "reportId", "raisedById", "routedToOrganizationId", "description", "status", "forwardedById", "forwardedAt", "forwardNote", "resolvedById", "resolvedAt", "resolution", "version", "createdAt") SELECT "id", "planId", "taskId", "organizationId", "reportId", "raisedById", "routedToOrganizationId", "description", "status", "forwardedById", "forwardedAt", "forwardNote", "resolvedById", "resolvedAt", "resolution", "version", "createdAt" FROM "temporary_obstacle"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_obstacle"`);
    await queryRunner.query(`CREATE INDEX "IDX_3717ae2b735f701583ac9e2f40" ON "obstacle" ("taskId", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cd4d4872e76362174514bf3c5" ON "obstacle" ("routedToOrganizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_379f7664cd41d6f1c111d245d9" ON "obstacle" ("planId") `);
    await queryRunner.query(`DROP INDEX "IDX_b7e7cbdb2f98226507066c0de4"`);
    await queryRunner.query(`DROP INDEX "IDX_f362bd5534cd53e48927c54c47"`);
    await queryRunner.query(`ALTER TABLE "activity_event" RENAME TO "temporary_activity_event"`);
    await queryRunner.query(
      `CREATE TABLE "activity_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "seq" integer NOT NULL, "type" varchar(40) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "organizationId" integer, "taskId" integer, "reportId" integer, "commentId" integer, "changes" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "activity_event"("id", "planId", "seq", "type", "at", "actorId", "organizationId", "taskId", "reportId", "commentId", "changes") SELECT "id", "planId", "seq", "type", "at", "actorId", "organizationId", "taskId", "reportId", "commentId", "changes" FROM "temporary_activity_event"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_activity_event"`);
    await queryRunner.query(`CREATE INDEX "IDX_b7e7cbdb2f98226507066c0de4" ON "activity_event" ("taskId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f362bd5534cd53e48927c54c47" ON "activity_event" ("planId", "seq") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_295c2701fb84480c9ad08fb373"`);
    await queryRunner.query(`DROP INDEX "IDX_37481a84b8ed44fe9cc7712e33"`);
    await queryRunner.query(`DROP TABLE "supervision_finding"`);
    await queryRunner.query(`DROP INDEX "IDX_3717ae2b735f701583ac9e2f40"`);
    await queryRunner.query(`DROP INDEX "IDX_1cd4d4872e76362174514bf3c5"`);
    await queryRunner.query(`DROP INDEX "IDX_379f7664cd41d6f1c111d245d9"`);
    await queryRunner.query(`DROP TABLE "obstacle"`);
    await queryRunner.query(`DROP INDEX "IDX_b142beadffd32dfe9c1afc1c28"`);
    await queryRunner.query(`DROP INDEX "IDX_1ced25315eb974b73391fb1c81"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "IDX_2c9d5406167f8d29b85956115a"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}

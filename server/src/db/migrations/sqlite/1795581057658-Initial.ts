import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795581057658 implements MigrationInterface {
  name = 'Initial1795581057658';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "seq" integer NOT NULL, "type" varchar(40) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actorId" integer, "organizationId" integer, "taskId" integer, "reportId" integer, "commentId" integer, "changes" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b7e7cbdb2f98226507066c0de4" ON "activity_event" ("taskId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f362bd5534cd53e48927c54c47" ON "activity_event" ("planId", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "shortName" varchar(60) NOT NULL, "kind" varchar(40) NOT NULL, "parentId" integer, "searchText" varchar(400) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0c19be438ab06d765b4a3e5147" ON "organization" ("searchText") `);
    await queryRunner.query(
      `CREATE TABLE "organization_group" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "code" varchar(60) NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1f0fc32c289b375c2ce24547b5" ON "organization_group" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "legal_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(120) NOT NULL, "type" varchar(40) NOT NULL, "issuer" varchar(300) NOT NULL, "issuedOn" varchar(10), "title" text NOT NULL, "searchText" text NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a6fcd43d8d63bd7d7d4a416853" ON "legal_document" ("number") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c96a26e2d6f552a9a071118de" ON "legal_document" ("searchText") `);
    await queryRunner.query(
      `CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(120) NOT NULL, "title" text NOT NULL, "issuingOrganizationId" integer NOT NULL, "issuedOn" varchar(10), "place" varchar(120), "signerName" varchar(200), "signerTitle" varchar(200), "parentPlanId" integer, "implementsDocumentId" integer, "standingOfficeId" integer, "difficultyOfficeId" integer, "recipients" text NOT NULL, "isPublic" boolean NOT NULL DEFAULT (0), "sourceText" text, "lastActivitySeq" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3defa8e0af148f67f4ee4673b9" ON "plan" ("number") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "parentId" integer, "code" varchar(40) NOT NULL, "position" integer NOT NULL DEFAULT (0), "title" text NOT NULL, "description" text NOT NULL DEFAULT (''), "deadlineKind" varchar(20) NOT NULL, "deadlineDate" varchar(10), "deadlineText" text, "recurrence" varchar(20), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "statusSetManually" boolean NOT NULL DEFAULT (0), "progress" integer NOT NULL DEFAULT (0), "lastReportAt" datetime, "version" integer NOT NULL DEFAULT (1), "searchText" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_401a40b63406dcfe20092a6269" ON "task" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c9920b5fb32c3d8453f64b705" ON "task" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad86338ab222d9082fc1f1cc59" ON "task" ("searchText") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_295e6da98e11d757025a9ec65c" ON "task" ("planId", "code") `);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "role" varchar(20) NOT NULL, "viaGroupId" integer, "progress" integer NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "lastReportAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f2bad8520aaa293a732d9379d9" ON "assignment" ("taskId") `);
    await queryRunner.query(`CREATE INDEX "IDX_24052fb4c85bf196181328033b" ON "assignment" ("organizationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7f325aa6ed1e8da174c92e7172" ON "assignment" ("taskId", "organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organizationId" integer, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime NOT NULL, "revokedAt" datetime)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "authorId" integer NOT NULL, "organizationId" integer, "body" text NOT NULL, "replyToId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9fc19c95c33ef4d97d09b72ee9" ON "comment" ("taskId") `);
    await queryRunner.query(
      `CREATE TABLE "mutation_receipt" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "clientMutationId" varchar(100) NOT NULL, "operation" varchar(60) NOT NULL, "resultId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_28e0055e2ab5cd341bca3fef3b" ON "mutation_receipt" ("userId", "clientMutationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "authorId" integer NOT NULL, "progress" integer NOT NULL, "summary" text NOT NULL, "results" text NOT NULL DEFAULT (''), "difficulties" text NOT NULL DEFAULT (''), "proposals" text NOT NULL DEFAULT (''), "period" varchar(100), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_47c6b8d917105d72febcddb334" ON "progress_report" ("taskId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_87911f6dd188b552e1ac4d8004" ON "progress_report" ("taskId", "organizationId", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_group_member" ("groupId" integer NOT NULL, "organizationId" integer NOT NULL, PRIMARY KEY ("groupId", "organizationId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d34c5cb5b71ece910685b4ce" ON "organization_group_member" ("groupId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf952889c56c17ae59f8fcb51" ON "organization_group_member" ("organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_cited_document" ("planId" integer NOT NULL, "documentId" integer NOT NULL, PRIMARY KEY ("planId", "documentId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ff28200545efde9f5464ce02e5" ON "plan_cited_document" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad8056cb4f2de2a4e851d8f521" ON "plan_cited_document" ("documentId") `);
    await queryRunner.query(
      `CREATE TABLE "plan_monitor" ("planId" integer NOT NULL, "organizationId" integer NOT NULL, PRIMARY KEY ("planId", "organizationId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37d5a928c0c79428eaf46b4f78" ON "plan_monitor" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e0c6f0026cb73398d117f192f" ON "plan_monitor" ("organizationId") `);
    await queryRunner.query(`DROP INDEX "IDX_0c19be438ab06d765b4a3e5147"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "shortName" varchar(60) NOT NULL, "kind" varchar(40) NOT NULL, "parentId" integer, "searchText" varchar(400) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_da6c3ae56a0c3fc3ce81b0e90a6" FOREIGN KEY ("parentId") REFERENCES "organization" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_organization"("id", "name", "shortName", "kind", "parentId", "searchText", "createdAt") SELECT "id", "name", "shortName", "kind", "parentId", "searchText", "createdAt" FROM "organization"`,
    );
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`ALTER TABLE "temporary_organization" RENAME TO "organization"`);
    await queryRunner.query(`CREATE INDEX "IDX_0c19be438ab06d765b4a3e5147" ON "organization" ("searchText") `);
    await queryRunner.query(`DROP INDEX "IDX_3defa8e0af148f67f4ee4673b9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(120) NOT NULL, "title" text NOT NULL, "issuingOrganizationId" integer NOT NULL, "issuedOn" varchar(10), "place" varchar(120), "signerName" varchar(200), "signerTitle" varchar(200), "parentPlanId" integer, "implementsDocumentId" integer, "standingOfficeId" integer, "difficultyOfficeId" integer, "recipients" text NOT NULL, "isPublic" boolean NOT NULL DEFAULT (0), "sourceText" text, "lastActivitySeq" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_bc26751bf021e490a49621b6546" FOREIGN KEY ("issuingOrganizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_19067c8ad25c7e06038131ad29b" FOREIGN KEY ("parentPlanId") REFERENCES "plan" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_58d3c5496d65f8bba36b87ab392" FOREIGN KEY ("implementsDocumentId") REFERENCES "legal_document" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_ba8cf9ca968af1050faf0655a31" FOREIGN KEY ("standingOfficeId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_591dd599b3ef24396e5bba76f48" FOREIGN KEY ("difficultyOfficeId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_plan"("id", "number", "title", "issuingOrganizationId", "issuedOn", "place", "signerName", "signerTitle", "parentPlanId", "implementsDocumentId", "standingOfficeId", "difficultyOfficeId", "recipients", "isPublic", "sourceText", "lastActivitySeq", "createdAt") SELECT "id", "number", "title", "issuingOrganizationId", "issuedOn", "place", "signerName", "signerTitle", "parentPlanId", "implementsDocumentId", "standingOfficeId", "difficultyOfficeId", "recipients", "isPublic", "sourceText", "lastActivitySeq", "createdAt" FROM "plan"`,
    );
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`ALTER TABLE "temporary_plan" RENAME TO "plan"`);
    await queryRunner.query(`CREATE INDEX "IDX_3defa8e0af148f67f4ee4673b9" ON "plan" ("number") `);
    await queryRunner.query(`DROP INDEX "IDX_401a40b63406dcfe20092a6269"`);
    await queryRunner.query(`DROP INDEX "IDX_8c9920b5fb32c3d8453f64b705"`);
    await queryRunner.query(`DROP INDEX "IDX_ad86338ab222d9082fc1f1cc59"`);
    await queryRunner.query(`DROP INDEX "IDX_295e6da98e11d757025a9ec65c"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_task" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "parentId" integer, "code" varchar(40) NOT NULL, "position" integer NOT NULL DEFAULT (0), "title" text NOT NULL, "description" text NOT NULL DEFAULT (''), "deadlineKind" varchar(20) NOT NULL, "deadlineDate" varchar(10), "deadlineText" text, "recurrence" varchar(20), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "statusSetManually" boolean NOT NULL DEFAULT (0), "progress" integer NOT NULL DEFAULT (0), "lastReportAt" datetime, "version" integer NOT NULL DEFAULT (1), "searchText" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_401a40b63406dcfe20092a6269b" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_8c9920b5fb32c3d8453f64b705c" FOREIGN KEY ("parentId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_task"("id", "planId", "parentId", "code", "position", "title", "description", "deadlineKind", "deadlineDate", "deadlineText", "recurrence", "status", "statusSetManually", "progress", "lastReportAt", "version", "searchText", "createdAt", "updatedAt") SELECT "id", "planId", "parentId", "code", "position", "title", "description", "deadlineKind", "deadlineDate", "deadlineText", "recurrence", "status", "statusSetManually", "progress", "lastReportAt", "version", "searchText", "createdAt", "updatedAt" FROM "task"`,
    );
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`ALTER TABLE "temporary_task" RENAME TO "task"`);
    await queryRunner.query(`CREATE INDEX "IDX_401a40b63406dcfe20092a6269" ON "task" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c9920b5fb32c3d8453f64b705" ON "task" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad86338ab222d9082fc1f1cc59" ON "task" ("searchText") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_295e6da98e11d757025a9ec65c" ON "task" ("planId", "code") `);
    await queryRunner.query(`DROP INDEX "IDX_f2bad8520aaa293a732d9379d9"`);
    await queryRunner.query(`DROP INDEX "IDX_24052fb4c85bf196181328033b"`);
    await queryRunner.query(`DROP INDEX "IDX_7f325aa6ed1e8da174c92e7172"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "role" varchar(20) NOT NULL, "viaGroupId" integer, "progress" integer NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "lastReportAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_f2bad8520aaa293a732d9379d93" FOREIGN KEY ("taskId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_24052fb4c85bf196181328033b1" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_d5f9c762df6b98e212450b58998" FOREIGN KEY ("viaGroupId") REFERENCES "organization_group" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_assignment"("id", "taskId", "organizationId", "role", "viaGroupId", "progress", "status", "lastReportAt", "createdAt") SELECT "id", "taskId", "organizationId", "role", "viaGroupId", "progress", "status", "lastReportAt", "createdAt" FROM "assignment"`,
    );
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`ALTER TABLE "temporary_assignment" RENAME TO "assignment"`);
    await queryRunner.query(`CREATE INDEX "IDX_f2bad8520aaa293a732d9379d9" ON "assignment" ("taskId") `);
    await queryRunner.query(`CREATE INDEX "IDX_24052fb4c85bf196181328033b" ON "assignment" ("organizationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7f325aa6ed1e8da174c92e7172" ON "assignment" ("taskId", "organizationId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organizationId" integer, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_dfda472c0af7812401e592b6a61" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_user"("id", "name", "email", "organizationId", "role", "passwordHash", "disabled", "createdAt") SELECT "id", "name", "email", "organizationId", "role", "passwordHash", "disabled", "createdAt" FROM "user"`,
    );
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`ALTER TABLE "temporary_user" RENAME TO "user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") `);
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime NOT NULL, "revokedAt" datetime, CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_session"("id", "tokenHash", "userId", "createdAt", "expiresAt", "revokedAt") SELECT "id", "tokenHash", "userId", "createdAt", "expiresAt", "revokedAt" FROM "session"`,
    );
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`ALTER TABLE "temporary_session" RENAME TO "session"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
    await queryRunner.query(`DROP INDEX "IDX_9fc19c95c33ef4d97d09b72ee9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_comment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "authorId" integer NOT NULL, "organizationId" integer, "body" text NOT NULL, "replyToId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime, CONSTRAINT "FK_9fc19c95c33ef4d97d09b72ee95" FOREIGN KEY ("taskId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_276779da446413a0d79598d4fbd" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_a3422826753d4e6b079dea98342" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_cfc14dc2cafa339954de748ebf3" FOREIGN KEY ("replyToId") REFERENCES "comment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_comment"("id", "taskId", "authorId", "organizationId", "body", "replyToId", "createdAt", "editedAt") SELECT "id", "taskId", "authorId", "organizationId", "body", "replyToId", "createdAt", "editedAt" FROM "comment"`,
    );
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`ALTER TABLE "temporary_comment" RENAME TO "comment"`);
    await queryRunner.query(`CREATE INDEX "IDX_9fc19c95c33ef4d97d09b72ee9" ON "comment" ("taskId") `);
    await queryRunner.query(`DROP INDEX "IDX_47c6b8d917105d72febcddb334"`);
    await queryRunner.query(`DROP INDEX "IDX_87911f6dd188b552e1ac4d8004"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_progress_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "authorId" integer NOT NULL, "progress" integer NOT NULL, "summary" text NOT NULL, "results" text NOT NULL DEFAULT (''), "difficulties" text NOT NULL DEFAULT (''), "proposals" text NOT NULL DEFAULT (''), "period" varchar(100), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_47c6b8d917105d72febcddb3340" FOREIGN KEY ("taskId") REFERENCES "task" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_29ff4d3d9a238067382c8ebfd22" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_86ff157cebb403fcf5571ec4cb8" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_progress_report"("id", "taskId", "organizationId", "authorId", "progress", "summary", "results", "difficulties", "proposals", "period", "createdAt") SELECT "id", "taskId", "organizationId", "authorId", "progress", "summary", "results", "difficulties", "proposals", "period", "createdAt" FROM "progress_report"`,
    );
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`ALTER TABLE "temporary_progress_report" RENAME TO "progress_report"`);
    await queryRunner.query(`CREATE INDEX "IDX_47c6b8d917105d72febcddb334" ON "progress_report" ("taskId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_87911f6dd188b552e1ac4d8004" ON "progress_report" ("taskId", "organizationId", "id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f2d34c5cb5b71ece910685b4ce"`);
    await queryRunner.query(`DROP INDEX "IDX_7cf952889c56c17ae59f8fcb51"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_organization_group_member" ("groupId" integer NOT NULL, "organizationId" integer NOT NULL, CONSTRAINT "FK_f2d34c5cb5b71ece910685b4ce3" FOREIGN KEY ("groupId") REFERENCES "organization_group" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_7cf952889c56c17ae59f8fcb51f" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("groupId", "organizationId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_organization_group_member"("groupId", "organizationId") SELECT "groupId", "organizationId" FROM "organization_group_member"`,
    );
    await queryRunner.query(`DROP TABLE "organization_group_member"`);
    await queryRunner.query(`ALTER TABLE "temporary_organization_group_member" RENAME TO "organization_group_member"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d34c5cb5b71ece910685b4ce" ON "organization_group_member" ("groupId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf952889c56c17ae59f8fcb51" ON "organization_group_member" ("organizationId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ff28200545efde9f5464ce02e5"`);
    await queryRunner.query(`DROP INDEX "IDX_ad8056cb4f2de2a4e851d8f521"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_plan_cited_document" ("planId" integer NOT NULL, "documentId" integer NOT NULL, CONSTRAINT "FK_ff28200545efde9f5464ce02e59" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_ad8056cb4f2de2a4e851d8f521d" FOREIGN KEY ("documentId") REFERENCES "legal_document" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("planId", "documentId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_plan_cited_document"("planId", "documentId") SELECT "planId", "documentId" FROM "plan_cited_document"`,
    );
    await queryRunner.query(`DROP TABLE "plan_cited_document"`);
    await queryRunner.query(`ALTER TABLE "temporary_plan_cited_document" RENAME TO "plan_cited_document"`);
    await queryRunner.query(`CREATE INDEX "IDX_ff28200545efde9f5464ce02e5" ON "plan_cited_document" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad8056cb4f2de2a4e851d8f521" ON "plan_cited_document" ("documentId") `);
    await queryRunner.query(`DROP INDEX "IDX_37d5a928c0c79428eaf46b4f78"`);
    await queryRunner.query(`DROP INDEX "IDX_4e0c6f0026cb73398d117f192f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_plan_monitor" ("planId" integer NOT NULL, "organizationId" integer NOT NULL, CONSTRAINT "FK_37d5a928c0c79428eaf46b4f78d" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_4e0c6f0026cb73398d117f192f4" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("planId", "organizationId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_plan_monitor"("planId", "organizationId") SELECT "planId", "organizationId" FROM "plan_monitor"`,
    );
    await queryRunner.query(`DROP TABLE "plan_monitor"`);
    await queryRunner.query(`ALTER TABLE "temporary_plan_monitor" RENAME TO "plan_monitor"`);
    await queryRunner.query(`CREATE INDEX "IDX_37d5a928c0c79428eaf46b4f78" ON "plan_monitor" ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e0c6f0026cb73398d117f192f" ON "plan_monitor" ("organizationId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_4e0c6f0026cb73398d117f192f"`);
    await queryRunner.query(`DROP INDEX "IDX_37d5a928c0c79428eaf46b4f78"`);
    await queryRunner.query(`ALTER TABLE "plan_monitor" RENAME TO "temporary_plan_monitor"`);
    await queryRunner.query(
      `CREATE TABLE "plan_monitor" ("planId" integer NOT NULL, "organizationId" integer NOT NULL, PRIMARY KEY ("planId", "organizationId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "plan_monitor"("planId", "organizationId") SELECT "planId", "organizationId" FROM "temporary_plan_monitor"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_plan_monitor"`);
    await queryRunner.query(`CREATE INDEX "IDX_4e0c6f0026cb73398d117f192f" ON "plan_monitor" ("organizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_37d5a928c0c79428eaf46b4f78" ON "plan_monitor" ("planId") `);
    await queryRunner.query(`DROP INDEX "IDX_ad8056cb4f2de2a4e851d8f521"`);
    await queryRunner.query(`DROP INDEX "IDX_ff28200545efde9f5464ce02e5"`);
    await queryRunner.query(`ALTER TABLE "plan_cited_document" RENAME TO "temporary_plan_cited_document"`);
    await queryRunner.query(
      `CREATE TABLE "plan_cited_document" ("planId" integer NOT NULL, "documentId" integer NOT NULL, PRIMARY KEY ("planId", "documentId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "plan_cited_document"("planId", "documentId") SELECT "planId", "documentId" FROM "temporary_plan_cited_document"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_plan_cited_document"`);
    await queryRunner.query(`CREATE INDEX "IDX_ad8056cb4f2de2a4e851d8f521" ON "plan_cited_document" ("documentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff28200545efde9f5464ce02e5" ON "plan_cited_document" ("planId") `);
    await queryRunner.query(`DROP INDEX "IDX_7cf952889c56c17ae59f8fcb51"`);
    await queryRunner.query(`DROP INDEX "IDX_f2d34c5cb5b71ece910685b4ce"`);
    await queryRunner.query(`ALTER TABLE "organization_group_member" RENAME TO "temporary_organization_group_member"`);
    await queryRunner.query(
      `CREATE TABLE "organization_group_member" ("groupId" integer NOT NULL, "organizationId" integer NOT NULL, PRIMARY KEY ("groupId", "organizationId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "organization_group_member"("groupId", "organizationId") SELECT "groupId", "organizationId" FROM "temporary_organization_group_member"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_organization_group_member"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf952889c56c17ae59f8fcb51" ON "organization_group_member" ("organizationId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d34c5cb5b71ece910685b4ce" ON "organization_group_member" ("groupId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_87911f6dd188b552e1ac4d8004"`);
    await queryRunner.query(`DROP INDEX "IDX_47c6b8d917105d72febcddb334"`);
    await queryRunner.query(`ALTER TABLE "progress_report" RENAME TO "temporary_progress_report"`);
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "authorId" integer NOT NULL, "progress" integer NOT NULL, "summary" text NOT NULL, "results" text NOT NULL DEFAULT (''), "difficulties" text NOT NULL DEFAULT (''), "proposals" text NOT NULL DEFAULT (''), "period" varchar(100), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "progress_report"("id", "taskId", "organizationId", "authorId", "progress", "summary", "results", "difficulties", "proposals", "period", "createdAt") SELECT "id", "taskId", "organizationId", "authorId", "progress", "summary", "results", "difficulties", "proposals", "period", "createdAt" FROM "temporary_progress_report"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_progress_report"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_87911f6dd188b552e1ac4d8004" ON "progress_report" ("taskId", "organizationId", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_47c6b8d917105d72febcddb334" ON "progress_report" ("taskId") `);
    await queryRunner.query(`DROP INDEX "IDX_9fc19c95c33ef4d97d09b72ee9"`);
    await queryRunner.query(`ALTER TABLE "comment" RENAME TO "temporary_comment"`);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "authorId" integer NOT NULL, "organizationId" integer, "body" text NOT NULL, "replyToId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "editedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "comment"("id", "taskId", "authorId", "organizationId", "body", "replyToId", "createdAt", "editedAt") SELECT "id", "taskId", "authorId", "organizationId", "body", "replyToId", "createdAt", "editedAt" FROM "temporary_comment"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_comment"`);
    await queryRunner.query(`CREATE INDEX "IDX_9fc19c95c33ef4d97d09b72ee9" ON "comment" ("taskId") `);
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`ALTER TABLE "session" RENAME TO "temporary_session"`);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime NOT NULL, "revokedAt" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "session"("id", "tokenHash", "userId", "createdAt", "expiresAt", "revokedAt") SELECT "id", "tokenHash", "userId", "createdAt", "expiresAt", "revokedAt" FROM "temporary_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_session"`);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session" ("tokenHash") `);
    await queryRunner.query(`DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`ALTER TABLE "user" RENAME TO "temporary_user"`);
    await queryRunner.query(
      `CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organizationId" integer, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "user"("id", "name", "email", "organizationId", "role", "passwordHash", "disabled", "createdAt") SELECT "id", "name", "email", "organizationId", "role", "passwordHash", "disabled", "createdAt" FROM "temporary_user"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") `);
    await queryRunner.query(`DROP INDEX "IDX_7f325aa6ed1e8da174c92e7172"`);
    await queryRunner.query(`DROP INDEX "IDX_24052fb4c85bf196181328033b"`);
    await queryRunner.query(`DROP INDEX "IDX_f2bad8520aaa293a732d9379d9"`);
    await queryRunner.query(`ALTER TABLE "assignment" RENAME TO "temporary_assignment"`);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "role" varchar(20) NOT NULL, "viaGroupId" integer, "progress" integer NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "lastReportAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "assignment"("id", "taskId", "organizationId", "role", "viaGroupId", "progress", "status", "lastReportAt", "createdAt") SELECT "id", "taskId", "organizationId", "role", "viaGroupId", "progress", "status", "lastReportAt", "createdAt" FROM "temporary_assignment"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_assignment"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7f325aa6ed1e8da174c92e7172" ON "assignment" ("taskId", "organizationId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_24052fb4c85bf196181328033b" ON "assignment" ("organizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_f2bad8520aaa293a732d9379d9" ON "assignment" ("taskId") `);
    await queryRunner.query(`DROP INDEX "IDX_295e6da98e11d757025a9ec65c"`);
    await queryRunner.query(`DROP INDEX "IDX_ad86338ab222d9082fc1f1cc59"`);
    await queryRunner.query(`DROP INDEX "IDX_8c9920b5fb32c3d8453f64b705"`);
    await queryRunner.query(`DROP INDEX "IDX_401a40b63406dcfe20092a6269"`);
    await queryRunner.query(`ALTER TABLE "task" RENAME TO "temporary_task"`);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "planId" integer NOT NULL, "parentId" integer, "code" varchar(40) NOT NULL, "position" integer NOT NULL DEFAULT (0), "title" text NOT NULL, "description" text NOT NULL DEFAULT (''), "deadlineKind" varchar(20) NOT NULL, "deadlineDate" varchar(10), "deadlineText" text, "recurrence" varchar(20), "status" varchar(20) NOT NULL DEFAULT ('NOT_STARTED'), "statusSetManually" boolean NOT NULL DEFAULT (0), "progress" integer NOT NULL DEFAULT (0), "lastReportAt" datetime, "version" integer NOT NULL DEFAULT (1), "searchText" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "task"("id", "planId", "parentId", "code", "position", "title", "description", "deadlineKind", "deadlineDate", "deadlineText", "recurrence", "status", "statusSetManually", "progress", "lastReportAt", "version", "searchText", "createdAt", "updatedAt") SELECT "id", "planId", "parentId", "code", "position", "title", "description", "deadlineKind", "deadlineDate", "deadlineText", "recurrence", "status", "statusSetManually", "progress", "lastReportAt", "version", "searchText", "createdAt", "updatedAt" FROM "temporary_task"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_task"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_295e6da98e11d757025a9ec65c" ON "task" ("planId", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad86338ab222d9082fc1f1cc59" ON "task" ("searchText") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c9920b5fb32c3d8453f64b705" ON "task" ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_401a40b63406dcfe20092a6269" ON "task" ("planId") `);
    await queryRunner.query(`DROP INDEX "IDX_3defa8e0af148f67f4ee4673b9"`);
    await queryRunner.query(`ALTER TABLE "plan" RENAME TO "temporary_plan"`);
    await queryRunner.query(
      `CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(120) NOT NULL, "title" text NOT NULL, "issuingOrganizationId" integer NOT NULL, "issuedOn" varchar(10), "place" varchar(120), "signerName" varchar(200), "signerTitle" varchar(200), "parentPlanId" integer, "implementsDocumentId" integer, "standingOfficeId" integer, "difficultyOfficeId" integer, "recipients" text NOT NULL, "isPublic" boolean NOT NULL DEFAULT (0), "sourceText" text, "lastActivitySeq" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "plan"("id", "number", "title", "issuingOrganizationId", "issuedOn", "place", "signerName", "signerTitle", "parentPlanId", "implementsDocumentId", "standingOfficeId", "difficultyOfficeId", "recipients", "isPublic", "sourceText", "lastActivitySeq", "createdAt") SELECT "id", "number", "title", "issuingOrganizationId", "issuedOn", "place", "signerName", "signerTitle", "parentPlanId", "implementsDocumentId", "standingOfficeId", "difficultyOfficeId", "recipients", "isPublic", "sourceText", "lastActivitySeq", "createdAt" FROM "temporary_plan"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_plan"`);
    await queryRunner.query(`CREATE INDEX "IDX_3defa8e0af148f67f4ee4673b9" ON "plan" ("number") `);
    await queryRunner.query(`DROP INDEX "IDX_0c19be438ab06d765b4a3e5147"`);
    await queryRunner.query(`ALTER TABLE "organization" RENAME TO "temporary_organization"`);
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(300) NOT NULL, "shortName" varchar(60) NOT NULL, "kind" varchar(40) NOT NULL, "parentId" integer, "searchText" varchar(400) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "organization"("id", "name", "shortName", "kind", "parentId", "searchText", "createdAt") SELECT "id", "name", "shortName", "kind", "parentId", "searchText", "createdAt" FROM "temporary_organization"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_organization"`);
    await queryRunner.query(`CREATE INDEX "IDX_0c19be438ab06d765b4a3e5147" ON "organization" ("searchText") `);
    await queryRunner.query(`DROP INDEX "IDX_4e0c6f0026cb73398d117f192f"`);
    await queryRunner.query(`DROP INDEX "IDX_37d5a928c0c79428eaf46b4f78"`);
    await queryRunner.query(`DROP TABLE "plan_monitor"`);
    await queryRunner.query(`DROP INDEX "IDX_ad8056cb4f2de2a4e851d8f521"`);
    await queryRunner.query(`DROP INDEX "IDX_ff28200545efde9f5464ce02e5"`);
    await queryRunner.query(`DROP TABLE "plan_cited_document"`);
    await queryRunner.query(`DROP INDEX "IDX_7cf952889c56c17ae59f8fcb51"`);
    await queryRunner.query(`DROP INDEX "IDX_f2d34c5cb5b71ece910685b4ce"`);
    await queryRunner.query(`DROP TABLE "organization_group_member"`);
    await queryRunner.query(`DROP INDEX "IDX_87911f6dd188b552e1ac4d8004"`);
    await queryRunner.query(`DROP INDEX "IDX_47c6b8d917105d72febcddb334"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP INDEX "IDX_28e0055e2ab5cd341bca3fef3b"`);
    await queryRunner.query(`DROP TABLE "mutation_receipt"`);
    await queryRunner.query(`DROP INDEX "IDX_9fc19c95c33ef4d97d09b72ee9"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`DROP INDEX "IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "IDX_7f325aa6ed1e8da174c92e7172"`);
    await queryRunner.query(`DROP INDEX "IDX_24052fb4c85bf196181328033b"`);
    await queryRunner.query(`DROP INDEX "IDX_f2bad8520aaa293a732d9379d9"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "IDX_295e6da98e11d757025a9ec65c"`);
    await queryRunner.query(`DROP INDEX "IDX_ad86338ab222d9082fc1f1cc59"`);
    await queryRunner.query(`DROP INDEX "IDX_8c9920b5fb32c3d8453f64b705"`);
    await queryRunner.query(`DROP INDEX "IDX_401a40b63406dcfe20092a6269"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "IDX_3defa8e0af148f67f4ee4673b9"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP INDEX "IDX_5c96a26e2d6f552a9a071118de"`);
    await queryRunner.query(`DROP INDEX "IDX_a6fcd43d8d63bd7d7d4a416853"`);
    await queryRunner.query(`DROP TABLE "legal_document"`);
    await queryRunner.query(`DROP INDEX "IDX_1f0fc32c289b375c2ce24547b5"`);
    await queryRunner.query(`DROP TABLE "organization_group"`);
    await queryRunner.query(`DROP INDEX "IDX_0c19be438ab06d765b4a3e5147"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "IDX_f362bd5534cd53e48927c54c47"`);
    await queryRunner.query(`DROP INDEX "IDX_b7e7cbdb2f98226507066c0de4"`);
    await queryRunner.query(`DROP TABLE "activity_event"`);
  }
}

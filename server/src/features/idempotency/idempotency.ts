import type { EntityManager } from 'typeorm';
import { param, queryRows } from '../../db/sql.js';
import { badInput, conflict } from '../../graphql/errors.js';
import { MutationReceipt } from './mutation-receipt.entity.js';

const CLIENT_MUTATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Runs a creating mutation at most once per (user, clientMutationId): a retry gets the id of the
 * row the first call made. Must run inside the write transaction, so the receipt and the row
 * commit together or not at all.
 */
export async function onceForClientMutation(
  manager: EntityManager,
  userId: number,
  clientMutationId: string | null | undefined,
  operation: string,
  create: () => Promise<number>,
): Promise<{ id: number; replayed: boolean }> {
  if (clientMutationId === null || clientMutationId === undefined) {
    return { id: await create(), replayed: false };
  }
  if (!CLIENT_MUTATION_ID.test(clientMutationId)) {
    throw badInput('clientMutationId', 'clientMutationId must be 1–100 letters, digits or . _ : -');
  }
  // Claim the id first. Another transaction holding the same claim (another server instance) makes
  // this insert wait for it to commit, then do nothing: the retry then returns that first result.
  const claimed = await queryRows<{ id: number }>(
    manager,
    `INSERT INTO "mutation_receipt" ("userId", "clientMutationId", "operation", "resultId")
     VALUES (${param(manager, 1)}, ${param(manager, 2)}, ${param(manager, 3)}, 0)
     ON CONFLICT ("userId", "clientMutationId") DO NOTHING RETURNING "id"`,
    [userId, clientMutationId, operation],
  );
  if (claimed.length === 0) {
    const existing = await manager.getRepository(MutationReceipt).findOneByOrFail({ userId, clientMutationId });
    if (existing.operation !== operation) {
      throw conflict(`clientMutationId ${clientMutationId} was already used for ${existing.operation}`);
    }
    return { id: existing.resultId, replayed: true };
  }
  const id = await create();
  await queryRows(
    manager,
    `UPDATE "mutation_receipt" SET "resultId" = ${param(manager, 1)} WHERE "id" = ${param(manager, 2)}`,
    [id, claimed[0]!.id],
  );
  return { id, replayed: false };
}

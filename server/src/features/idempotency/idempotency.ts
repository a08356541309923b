import type { EntityManager } from 'typeorm';
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
  const repo = manager.getRepository(MutationReceipt);
  const existing = await repo.findOneBy({ userId, clientMutationId });
  if (existing) {
    if (existing.operation !== operation) {
      throw conflict(`clientMutationId ${clientMutationId} was already used for ${existing.operation}`);
    }
    return { id: existing.resultId, replayed: true };
  }
  const id = await create();
  await repo.insert({ userId, clientMutationId, operation, resultId: id });
  return { id, replayed: false };
}

import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@tiendo/shared';
import { AuditEntry } from './audit-entry.entity.js';

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Appends to the audit trail inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(
  manager: EntityManager,
  entry: { actorId: number | null; action: AuditAction; targetType: string; targetId: number; changes: Changes | null },
): Promise<void> {
  await manager.getRepository(AuditEntry).save(manager.getRepository(AuditEntry).create(entry));
}

/** The fields of `next` that differ from `current`, as { field: { from, to } }. */
export function diff<T extends object>(current: T, next: Partial<T>): Changes {
  const out: Changes = {};
  for (const [key, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from = (current as Record<string, unknown>)[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) out[key] = { from: from ?? null, to };
  }
  return out;
}

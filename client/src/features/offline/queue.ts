// Mutations made while offline, kept in localStorage so they survive a reload, until the server has
// taken them. Nothing leaves this queue without the server's answer or the user's decision.
import { useSyncExternalStore } from 'react';

export type QueuedStatus =
  /** Waiting for the network; sent in order. */
  | 'pending'
  | 'sending'
  /** The server refused it as stale (CONFLICT): the user decides. */
  | 'conflict'
  /** The server refused it for another reason (FORBIDDEN, BAD_USER_INPUT…): the user decides. */
  | 'rejected';

export interface QueuedMutation {
  /** Local id; equal to the clientMutationId when the mutation has one. */
  id: string;
  /** The root field, e.g. "submitProgressReport". */
  field: string;
  operationName: string | null;
  /** The printed document, sent again as is. */
  query: string;
  variables: Record<string, unknown>;
  createdAt: number;
  status: QueuedStatus;
  error: { code: string; message: string } | null;
}

const KEY = 'tiendo.offline-queue.v1';
const listeners = new Set<() => void>();
let entries: QueuedMutation[] = load();

function load(): QueuedMutation[] {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as QueuedMutation[]) : [];
    // One that was being sent when the page went away is pending again (its clientMutationId
    // makes a second send safe).
    return list.map((e) => (e.status === 'sending' ? { ...e, status: 'pending' } : e));
  } catch {
    return [];
  }
}

function save(next: QueuedMutation[]) {
  entries = next;
  localStorage.setItem(KEY, JSON.stringify(entries));
  for (const l of listeners) l();
}

// Another tab changed the queue.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    entries = load();
    for (const l of listeners) l();
  });
}

export const offlineQueue = {
  all(): QueuedMutation[] {
    return entries;
  },
  /** Entries the sender may send now, oldest first. */
  pending(): QueuedMutation[] {
    return entries.filter((e) => e.status === 'pending');
  },
  /** Whether any mutation still waits to be sent: new ones then queue behind it, keeping the order. */
  hasWaiting(): boolean {
    return entries.some((e) => e.status === 'pending' || e.status === 'sending');
  },
  add(entry: Omit<QueuedMutation, 'status' | 'error' | 'createdAt'>): QueuedMutation {
    const queued: QueuedMutation = { ...entry, createdAt: Date.now(), status: 'pending', error: null };
    save([...entries.filter((e) => e.id !== entry.id), queued]);
    return queued;
  },
  update(id: string, change: Partial<QueuedMutation>) {
    save(entries.map((e) => (e.id === id ? { ...e, ...change } : e)));
  },
  /** Only after the server took it, or the user chose to drop it. */
  remove(id: string) {
    save(entries.filter((e) => e.id !== id));
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useOfflineQueue(): QueuedMutation[] {
  return useSyncExternalStore(offlineQueue.subscribe, offlineQueue.all);
}

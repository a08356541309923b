// The live connection's state, for the offline banner: a tiny external store read with
// useSyncExternalStore. `epoch` grows on every reconnect so subscriptions can resume with `after`.
import { useSyncExternalStore } from 'react';

export interface ConnectionState {
  /** idle: no live view open (the socket closes when unused). */
  status: 'idle' | 'online' | 'offline';
  /** How many times the socket has (re)connected. */
  epoch: number;
  /** How many times it came back after being lost: subscriptions resume (with `after`) when it changes. */
  resumes: number;
  /** When the connection was lost, for "offline since". */
  offlineSince: number | null;
}

let state: ConnectionState = { status: 'idle', epoch: 0, resumes: 0, offlineSince: null };
const listeners = new Set<() => void>();

function set(next: Partial<ConnectionState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const connection = {
  connected() {
    set({
      status: 'online',
      epoch: state.epoch + 1,
      resumes: state.resumes + (state.status === 'offline' ? 1 : 0),
      offlineSince: null,
    });
  },
  /** The socket closed on purpose: no subscription needs it any more. */
  idle() {
    set({ status: 'idle', offlineSince: null });
  },
  lost() {
    if (state.status === 'offline') return;
    set({ status: 'offline', offlineSince: Date.now() });
  },
  get(): ConnectionState {
    return state;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useConnection(): ConnectionState {
  return useSyncExternalStore(connection.subscribe, connection.get);
}

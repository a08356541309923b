// What every card and cell of one board needs without threading props through virtualised lists.
import { createContext, useContext } from 'react';
import type { BoardGroup } from './model.js';

export interface BoardContextValue {
  groupsByCode: ReadonlyMap<string, BoardGroup>;
  changed: ReadonlyMap<string, number>;
  /** Link target that opens a task's panel, keeping the view and filters. */
  taskHref(taskId: string): string;
}

export const BoardContext = createContext<BoardContextValue>({
  groupsByCode: new Map(),
  changed: new Map(),
  taskHref: () => '',
});

export const useBoard = () => useContext(BoardContext);

/** Orders tasks as in the document: depth first, siblings by position then id. */
export function inDocumentOrder<T extends { id: number; parentId: number | null; position: number }>(tasks: T[]): T[] {
  const children = new Map<number | null, T[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const t of tasks) {
    // A task whose parent is not in the list is treated as a root, so nothing is ever dropped.
    const key = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    const list = children.get(key) ?? [];
    list.push(t);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const ordered: T[] = [];
  const visit = (parentId: number | null) => {
    for (const t of children.get(parentId) ?? []) {
      ordered.push(t);
      visit(t.id);
    }
  };
  visit(null);
  return ordered;
}

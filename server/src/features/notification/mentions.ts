import { foldVietnamese } from '@tiendo/shared';

/** Something a comment can mention: a unit (by name or short name) or a person (by name or e-mail). */
export interface Mentionable {
  kind: 'organization' | 'user';
  id: number;
  /** Every way of writing it, folded (no diacritics, lower case). */
  names: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds the units and users a text mentions with `@`: "@Phòng Nội vụ", "@phong noi vu" and
 * "@Nội vụ" all name Phòng Nội vụ. At each `@` the longest matching name wins, and it must end at
 * a word boundary (so "@Nội vụ huyện" still finds "Nội vụ", but "@Nội vụx" finds nothing).
 */
export function findMentions(
  text: string,
  candidates: Mentionable[],
): { organizationIds: number[]; userIds: number[] } {
  const folded = foldVietnamese(text);
  const organizationIds = new Set<number>();
  const userIds = new Set<number>();
  for (let i = folded.indexOf('@'); i !== -1; i = folded.indexOf('@', i + 1)) {
    // An @ inside a word is part of an e-mail address, not a mention.
    if (i > 0 && WORD_CHAR.test(folded[i - 1]!)) continue;
    const rest = folded.slice(i + 1);
    let best: { candidate: Mentionable; length: number } | null = null;
    for (const candidate of candidates) {
      for (const name of candidate.names) {
        if (!name || !rest.startsWith(name)) continue;
        const next = rest[name.length];
        if (next !== undefined && WORD_CHAR.test(next)) continue;
        if (!best || name.length > best.length) best = { candidate, length: name.length };
      }
    }
    if (best) (best.candidate.kind === 'organization' ? organizationIds : userIds).add(best.candidate.id);
  }
  return { organizationIds: [...organizationIds], userIds: [...userIds] };
}

/** The folded names a unit is mentioned by. */
export function organizationNames(o: { name: string; shortName: string }): string[] {
  return [...new Set([foldVietnamese(o.name), foldVietnamese(o.shortName)])];
}

/** The folded names a person is mentioned by: their name, their e-mail, its local part. */
export function userNames(u: { name: string; email: string }): string[] {
  const email = u.email.toLowerCase();
  return [...new Set([foldVietnamese(u.name), email, email.split('@')[0]!])];
}

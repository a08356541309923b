// Resolves the units a plan names against the known ones, whatever the dash, case, diacritics or
// abbreviation (UBND, HĐND, MTTQ), and proposes the ones it does not know as new units.
import { OrganizationKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import type { CatalogueUnit, DraftUnitRef, UnitCatalogue } from './types.js';

export interface Token {
  /** Folded word ("phong"), or the punctuation character itself. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** The word starts with a capital letter in the text. */
  cap: boolean;
}

const ABBREVIATIONS: Record<string, string[]> = {
  ubnd: ['uy', 'ban', 'nhan', 'dan'],
  hdnd: ['hoi', 'dong', 'nhan', 'dan'],
  mttq: ['mat', 'tran', 'to', 'quoc'],
  ctr: ['chuong', 'trinh'],
};

/** Punctuation that may sit inside a unit's name or a group's name without changing it. */
const SOFT = new Set(['-', ',', '&', '\u2013', '\u2014']);

/** Splits text into folded words and punctuation, with their offsets; abbreviations expanded. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const start = offset + m.index;
    const end = start + raw.length;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    if (!isWord) {
      tokens.push({ norm: raw === '\u2013' || raw === '\u2014' ? '-' : raw, start, end, word: false, cap: false });
      continue;
    }
    const norm = foldVietnamese(raw);
    const cap = /^\p{Lu}/u.test(raw.normalize('NFC'));
    const expanded = ABBREVIATIONS[norm];
    if (expanded) for (const w of expanded) tokens.push({ norm: w, start, end, word: true, cap: true });
    else tokens.push({ norm, start, end, word: true, cap });
  }
  return tokens;
}

const words = (text: string) =>
  tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.norm);

interface Alias {
  words: string[];
  unitKey: string | null;
  groupCode: string | null;
  confidence: number;
  /** Short names of one or two plain words ("Nội vụ") only count when written with a capital. */
  needsCapital: boolean;
}

/** Names plans use for the usual groups, beyond the group's own name. */
export const DEFAULT_GROUP_ALIASES: Record<string, string[]> = {
  OFFICES: [
    'các Phòng, ban ngành',
    'các phòng, ban, ngành',
    'các Phòng, ban, ngành huyện',
    'các cơ quan ban ngành huyện',
    'các cơ quan, ban ngành',
    'các cơ quan chuyên môn thuộc UBND huyện',
    'các cơ quan chuyên môn',
    'các sở, ban ngành',
  ],
  COMMUNES: ['các xã, thị trấn', 'Ủy ban nhân dân các xã, thị trấn', 'các xã, phường, thị trấn', 'các xã'],
  FRONT_AND_MASS_ORGANIZATIONS: [
    'MTTQ và các đoàn thể huyện',
    'Mặt trận Tổ quốc và các đoàn thể',
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể',
    'các đoàn thể chính trị - xã hội',
  ],
  PUBLIC_SERVICE_UNITS: ['các đơn vị sự nghiệp thuộc UBND huyện', 'các đơn vị sự nghiệp'],
  RELATED_BODIES: [
    'các cơ quan, đơn vị có liên quan',
    'các cơ quan, tổ chức có liên quan',
    'các đơn vị có liên quan',
    'các cơ quan có liên quan',
    'các đơn vị liên quan',
    'các cơ quan, đơn vị liên quan',
  ],
};

const PLACE_LEVEL = /^(.*\b(?:huyện|tỉnh|ủy|Ủy|thành phố|quận))\s+(?:\p{Lu}[\p{L}\p{M}]*\s*)+$/u;

/** The names a unit may be written with. */
function unitAliases(u: CatalogueUnit): { text: string; confidence: number; needsCapital: boolean }[] {
  const out = [{ text: u.name, confidence: 0.95, needsCapital: false }];
  const noParen = u.name.replace(/\s*\(([^)]*)\)\s*/g, ' ').trim();
  if (noParen !== u.name) {
    out.push({ text: noParen, confidence: 0.9, needsCapital: false });
    for (const m of u.name.matchAll(/\(([^)]*)\)/g)) out.push({ text: m[1]!, confidence: 0.8, needsCapital: true });
  }
  const placeless = PLACE_LEVEL.exec(noParen);
  if (placeless) out.push({ text: placeless[1]!, confidence: 0.9, needsCapital: false });
  for (const a of u.aliases ?? []) out.push({ text: a, confidence: 0.85, needsCapital: false });
  if (u.shortName) out.push({ text: u.shortName, confidence: 0.75, needsCapital: true });
  return out;
}

/** Spelling variants at the word level: "Ủy ban Mặt trận Tổ quốc Việt Nam" = "Mặt trận Tổ quốc". */
function variants(w: string[]): string[][] {
  const out = [w];
  const noVn = w.filter((x, i) => !(x === 'viet' && w[i + 1] === 'nam') && !(x === 'nam' && w[i - 1] === 'viet'));
  if (noVn.length !== w.length) out.push(noVn);
  for (const v of [...out]) {
    if (v[0] === 'uy' && v[1] === 'ban' && v[2] === 'mat') out.push(v.slice(2));
  }
  return out;
}

export class UnitMatcher {
  private readonly byFirst = new Map<string, Alias[]>();
  readonly units = new Map<string, CatalogueUnit>();
  readonly groups = new Map<string, UnitCatalogue['groups'][number]>();

  constructor(catalogue: UnitCatalogue) {
    for (const u of catalogue.units) {
      this.units.set(u.key, u);
      for (const a of unitAliases(u)) {
        for (const w of variants(words(a.text))) {
          const needsCapital = a.needsCapital && w.length <= 2;
          this.add({ words: w, unitKey: u.key, groupCode: null, confidence: a.confidence, needsCapital });
        }
      }
    }
    for (const g of catalogue.groups) {
      this.groups.set(g.code, g);
      const names = [g.name, ...(g.aliases ?? []), ...(DEFAULT_GROUP_ALIASES[g.code] ?? [])];
      for (const name of names) {
        for (const w of variants(words(name))) {
          this.add({ words: w, unitKey: null, groupCode: g.code, confidence: 0.9, needsCapital: false });
          const last = w[w.length - 1];
          if ((last === 'huyen' || last === 'tinh') && w.length > 2) {
            this.add({
              words: w.slice(0, -1),
              unitKey: null,
              groupCode: g.code,
              confidence: 0.85,
              needsCapital: false,
            });
          }
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private add(alias: Alias) {
    if (alias.words.length === 0) return;
    const list = this.byFirst.get(alias.words[0]!) ?? [];
    if (!list.some((a) => a.words.join(' ') === alias.words.join(' '))) list.push(alias);
    this.byFirst.set(alias.words[0]!, list);
  }

  /** The longest known unit or group named at tokens[i], and the index after it. */
  matchAt(tokens: Token[], i: number, text: string, base: number): { ref: DraftUnitRef; next: number } | null {
    const first = tokens[i];
    if (!first?.word) return null;
    for (const alias of this.byFirst.get(first.norm) ?? []) {
      let j = i;
      let k = 0;
      let cap = false;
      while (k < alias.words.length && j < tokens.length) {
        const t = tokens[j]!;
        if (!t.word) {
          if (SOFT.has(t.norm) && k > 0) {
            j++;
            continue;
          }
          break;
        }
        if (t.norm !== alias.words[k]) break;
        cap ||= t.cap;
        j++;
        k++;
      }
      if (k < alias.words.length || (alias.needsCapital && !cap)) continue;
      // A match must end on a word boundary of the text ("xã" is not "xã hội").
      const last = tokens[j - 1]!;
      return {
        ref: {
          text: text.slice(first.start - base, last.end - base),
          span: { start: first.start, end: last.end },
          confidence: alias.confidence,
          unitKey: alias.unitKey,
          groupCode: alias.groupCode,
          newUnitName: null,
        },
        next: j,
      };
    }
    return null;
  }

  /** Units whose parent is the given one (the Front's member organisations). */
  membersOf(key: string): CatalogueUnit[] {
    return [...this.units.values()].filter((u) => u.parentKey === key);
  }

  kindOf(ref: DraftUnitRef): OrganizationKind | undefined {
    return ref.unitKey ? this.units.get(ref.unitKey)?.kind : undefined;
  }
}

/** First words of a unit's name: a capitalised one of these starts a unit the catalogue may not know. */
const UNIT_HEADS: [string[], OrganizationKind][] = [
  [['uy', 'ban', 'nhan', 'dan'], OrganizationKind.PEOPLES_COMMITTEE],
  [['van', 'phong'], OrganizationKind.OFFICE],
  [['thanh', 'tra'], OrganizationKind.OFFICE],
  [['phong'], OrganizationKind.OFFICE],
  [['so'], OrganizationKind.OFFICE],
  [['cong', 'an'], OrganizationKind.OTHER],
  [['ban'], OrganizationKind.OTHER],
  [['trung', 'tam'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['dai'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['benh', 'vien'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['truong'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['chi', 'cuc'], OrganizationKind.OTHER],
  [['chi', 'nhanh'], OrganizationKind.OTHER],
  [['kho', 'bac'], OrganizationKind.OTHER],
  [['ngan', 'hang'], OrganizationKind.OTHER],
  [['bao', 'hiem'], OrganizationKind.OTHER],
  [['vien', 'kiem', 'sat'], OrganizationKind.OTHER],
  [['toa', 'an'], OrganizationKind.OTHER],
  [['hat'], OrganizationKind.OTHER],
  [['doi'], OrganizationKind.OTHER],
  [['lien', 'doan'], OrganizationKind.MASS_ORGANIZATION],
  [['hoi'], OrganizationKind.MASS_ORGANIZATION],
  [['doan'], OrganizationKind.MASS_ORGANIZATION],
  [['xa'], OrganizationKind.COMMUNE],
  [['thi', 'tran'], OrganizationKind.COMMUNE],
];

const PLACE_WORDS = new Set(['huyen', 'tinh', 'xa', 'thi', 'tran', 'quan', 'thanh', 'pho']);
const STOP_WORDS = new Set([
  'chu',
  'phoi',
  'co',
  'to',
  'trien',
  'thuc',
  'tham',
  'xay',
  'chiu',
  'tang',
  'day',
  'nang',
  'ra',
  'theo',
  'huong',
  'bao',
  'kiem',
  'cac',
  've',
  'de',
  'tai',
  'la',
  'va',
]);

/**
 * A unit the catalogue does not know: a capitalised head ("Phòng", "Công an", "Trung tâm"…) and
 * the name after it, up to the first word that is not part of a name.
 */
export function unknownUnitAt(
  tokens: Token[],
  i: number,
  text: string,
  base: number,
): { name: string; kind: OrganizationKind; span: { start: number; end: number }; next: number } | null {
  const first = tokens[i];
  if (!first?.word || !first.cap) return null;
  for (const [head, kind] of UNIT_HEADS) {
    if (!head.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.norm === w)) continue;
    let j = i + head.length;
    let prevCap = true;
    let named = false;
    while (j < tokens.length && j - i < 14) {
      const t = tokens[j]!;
      if (!t.word) {
        if ((t.norm === '-' || t.norm === '&') && tokens[j + 1]?.cap) {
          j++;
          continue;
        }
        break;
      }
      if (t.cap) {
        prevCap = true;
        named = true;
        j++;
        continue;
      }
      if (t.norm === 'va' && tokens[j + 1]?.cap) {
        j++;
        continue;
      }
      if (PLACE_WORDS.has(t.norm) && !STOP_WORDS.has(t.norm)) {
        named = true;
        prevCap = false;
        j++;
        continue;
      }
      if (prevCap && !STOP_WORDS.has(t.norm)) {
        prevCap = false;
        j++;
        continue;
      }
      break;
    }
    if (!named) return null;
    const last = tokens[j - 1]!;
    const name = text.slice(first.start - base, last.end - base).replace(/\s+/g, ' ');
    return { name, kind, span: { start: first.start, end: last.end }, next: j };
  }
  return null;
}

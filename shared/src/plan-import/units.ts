// Pass 5 of the parser: resolves the units a plan names against the units on record, whatever the
// dash, case, diacritics or abbreviation (UBND, MTTQ, Phòng VH-TT, Sở NN&PTNT, GD&ĐT…), and reads
// the names of units not on record with the naming grammar of Vietnamese administrative units
// (a head — Bộ, Sở, Phòng, Ban, Vụ, Cục, Trung tâm, Trạm, Hội, Đoàn, Ủy ban… — then the name, which
// may hold "và" and commas, then a level word — tỉnh, huyện, xã, phường, ấp — and a place name).
import { OrganizationKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import type { CatalogueUnit, DraftUnitRef, UnitCatalogue } from './types.js';

export interface Token {
  /** Folded word ("phong"), or the punctuation character itself. */
  norm: string;
  /** As written. */
  raw: string;
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
  lhpn: ['lien', 'hiep', 'phu', 'nu'],
  ccb: ['cuu', 'chien', 'binh'],
};

/** Punctuation that may sit inside a unit's name or a group's name without changing it. */
const SOFT = new Set(['-', ',', '&', '\u2013', '\u2014']);

// Plans repeat their words: fold each once.
const folded = new Map<string, string>();
function fold(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = foldVietnamese(word);
    if (folded.size > 50_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

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
      const norm = raw === '\u2013' || raw === '\u2014' ? '-' : raw;
      tokens.push({ norm, raw, start, end, word: false, cap: false });
      continue;
    }
    const norm = fold(raw);
    const first = raw[0]!;
    const cap = first !== first.toLowerCase();
    const expanded = ABBREVIATIONS[norm];
    if (expanded) for (const w of expanded) tokens.push({ norm: w, raw, start, end, word: true, cap: true });
    else tokens.push({ norm, raw, start, end, word: true, cap });
  }
  return tokens;
}

/** The text tokens[i..j) were read from, one space between words that were apart. */
export function textOf(tokens: Token[], i: number, j: number): string {
  let out = '';
  let prev: Token | null = null;
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (prev && t.start === prev.start) continue; // one abbreviation, several tokens
    out += prev && t.start > prev.end ? ` ${t.raw}` : t.raw;
    prev = t;
  }
  return out;
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
  /** What the text matched: the unit's name, a short name, an abbreviation… */
  via: string;
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
  ],
  COMMUNES: ['các xã, thị trấn', 'Ủy ban nhân dân các xã, thị trấn', 'các xã, phường, thị trấn', 'các xã'],
  FRONT_AND_MASS_ORGANIZATIONS: ['MTTQ và các đoàn thể huyện', 'các đoàn thể chính trị - xã hội'],
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

/** Level words, folded: the last words of a unit's name before its place. */
const LEVELS = ['thanh pho', 'thi xa', 'thi tran', 'dac khu', 'tinh', 'huyen', 'xa', 'phuong', 'quan', 'ap'];
const LEVEL_FIRST = new Set(LEVELS.map((l) => l.split(' ')[0]!));

/** The level word at tokens[i] ("tỉnh", "thị trấn"…) and how many tokens it takes, or 0. */
export function levelAt(tokens: Token[], i: number): { level: string; length: number } | null {
  const t = tokens[i];
  if (!t?.word || !LEVEL_FIRST.has(t.norm)) return null;
  for (const l of LEVELS) {
    const ws = l.split(' ');
    if (ws.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.norm === w)) {
      // Capitalised inside a text ("Phòng Văn hóa - Xã hội", "Tỉnh đoàn") it is part of a name;
      // "xã hội" is society, not a commune.
      if (ws.length === 1 && t.cap && i > 0 && t.raw !== t.raw.toUpperCase()) return null;
      if (l === 'xa' && tokens[i + 1]?.norm === 'hoi') return null;
      return { level: l, length: ws.length };
    }
  }
  return null;
}

/** "Phòng Nông nghiệp và Phát triển nông thôn" → "NN&PTNT"; "Sở Văn hóa, Thể thao và Du lịch" → "VH-TT&DL". */
export function abbreviationOf(nameAfterHead: string): string | null {
  const parts = nameAfterHead.split(/\s*(,|\s-\s|\svà\s)\s*/u);
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!.trim();
    if (k % 2 === 1) {
      out += p === 'và' ? '&' : '-';
      continue;
    }
    const initials = p
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
    if (!initials) return null;
    out += initials;
  }
  return out.length >= 3 ? out : null;
}

const HEAD_WORDS = ['Phòng', 'Sở', 'Ban', 'Vụ', 'Cục', 'Trung tâm', 'Văn phòng', 'Trạm', 'Chi cục', 'Hội'];

/** The names a unit may be written with. */
function unitAliases(u: CatalogueUnit): { text: string; confidence: number; needsCapital: boolean; via: string }[] {
  const out = [{ text: u.name, confidence: 0.95, needsCapital: false, via: 'name' }];
  const noParen = u.name.replace(/\s*\(([^)]*)\)\s*/g, ' ').trim();
  if (noParen !== u.name) {
    out.push({ text: noParen, confidence: 0.9, needsCapital: false, via: 'name' });
    for (const m of u.name.matchAll(/\(([^)]*)\)/g))
      out.push({ text: m[1]!, confidence: 0.8, needsCapital: true, via: 'short name' });
  }
  const placeless = PLACE_LEVEL.exec(noParen);
  if (placeless) out.push({ text: placeless[1]!, confidence: 0.9, needsCapital: false, via: 'name without its place' });
  for (const a of u.aliases ?? []) out.push({ text: a, confidence: 0.85, needsCapital: false, via: 'alias' });
  if (u.shortName) out.push({ text: u.shortName, confidence: 0.75, needsCapital: true, via: 'short name' });
  // The head and an abbreviation of the rest: "Phòng VH-TT", "Sở LĐ-TB&XH", "Phòng GD&ĐT".
  const head = HEAD_WORDS.find((h) => noParen.startsWith(`${h} `));
  if (head) {
    const rest = noParen.slice(head.length + 1).replace(/\s+(?:huyện|tỉnh|xã|phường)$/u, '');
    const abbr = abbreviationOf(rest);
    if (abbr) {
      out.push({ text: `${head} ${abbr}`, confidence: 0.85, needsCapital: false, via: `abbreviation ${abbr}` });
      out.push({
        text: `${head} ${abbr.replace(/[-&,]/g, '')}`,
        confidence: 0.8,
        needsCapital: false,
        via: `abbreviation ${abbr}`,
      });
    }
    if (u.shortName && !u.shortName.startsWith(head) && /[\p{Lu}]{2}/u.test(u.shortName)) {
      out.push({ text: `${head} ${u.shortName}`, confidence: 0.85, needsCapital: false, via: 'short name' });
    }
  }
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

/** The level a name ends with ("Hội Nông dân tỉnh" → tinh), or null. */
function levelOfName(name: string): string | null {
  const toks = tokenize(name);
  let found: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const l = levelAt(toks, i);
    if (l && !(i === 0 && toks[i]!.cap)) found = l.level;
  }
  return found;
}

export interface UnitMatch {
  ref: DraftUnitRef;
  next: number;
  /** What the text matched ("name", "abbreviation VH-TT", …): shown to the person checking. */
  via: string;
}

export class UnitMatcher {
  private readonly byFirst = new Map<string, Alias[]>();
  readonly units = new Map<string, CatalogueUnit>();
  readonly groups = new Map<string, UnitCatalogue['groups'][number]>();
  /** Level → folded place names the catalogue's units carry ("tinh" → "quang ngai"). */
  readonly places = new Map<string, Set<string>>();
  /** The level of the catalogue's own people's committee (the level of units named without one). */
  readonly ownLevel: string | null;
  private readonly levelOf = new Map<string, string | null>();

  constructor(catalogue: UnitCatalogue) {
    let own: string | null = null;
    for (const u of catalogue.units) {
      this.units.set(u.key, u);
      const level = levelOfName(u.name.replace(/\s*\([^)]*\)/g, ''));
      this.levelOf.set(u.key, level);
      const place = /\b(tỉnh|huyện|xã|phường|thành phố|thị xã|thị trấn|quận)\s+((?:\p{Lu}[\p{L}\p{M}]*\s*)+)$/u.exec(
        u.name,
      );
      if (place) {
        const lv = foldVietnamese(place[1]!);
        if (!this.places.has(lv)) this.places.set(lv, new Set());
        this.places.get(lv)!.add(foldVietnamese(place[2]!));
      }
      if (own === null && u.kind === OrganizationKind.PEOPLES_COMMITTEE && !u.parentKey) own = level;
      for (const a of unitAliases(u)) {
        for (const w of variants(words(a.text))) {
          const needsCapital = a.needsCapital && w.length <= 2;
          this.add({ words: w, unitKey: u.key, groupCode: null, confidence: a.confidence, needsCapital, via: a.via });
        }
      }
    }
    this.ownLevel = own;
    for (const g of catalogue.groups) {
      this.groups.set(g.code, g);
      this.levelOf.set(`@${g.code}`, levelOfName(g.name));
      const names = [g.name, ...(g.aliases ?? []), ...(DEFAULT_GROUP_ALIASES[g.code] ?? [])];
      for (const name of names) {
        for (const w of variants(words(name))) {
          this.add({ words: w, unitKey: null, groupCode: g.code, confidence: 0.9, needsCapital: false, via: 'group' });
          const last = w[w.length - 1];
          if ((last === 'huyen' || last === 'tinh' || last === 'xa') && w.length > 2) {
            this.add({
              words: w.slice(0, -1),
              unitKey: null,
              groupCode: g.code,
              confidence: 0.85,
              needsCapital: false,
              via: 'group',
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

  /** The level a resolved unit or group is at, if its name says. */
  private levelOfRef(unitKey: string | null, groupCode: string | null): string | null {
    return (unitKey ? this.levelOf.get(unitKey) : this.levelOf.get(`@${groupCode}`)) ?? null;
  }

  /**
   * The longest known unit or group named at tokens[i], and the index after it. A name followed by
   * a level word of another level ("Đoàn Thanh niên xã" against the district's units, "các sở, ban,
   * ngành tỉnh" against a district's offices) is not that unit; a level and place the unit's name
   * leaves out ("… tỉnh Quảng Ngãi") are read with it when the catalogue knows the place.
   */
  matchAt(tokens: Token[], i: number): UnitMatch | null {
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
      // A word right after the name that continues it ("Phòng Văn hóa - Thông tin" is not "Phòng Văn hóa"
      // of another catalogue) is checked by the level rule only: names are matched longest first.
      const unitLevel = this.levelOfRef(alias.unitKey, alias.groupCode);
      const after = levelAt(tokens, j);
      if (after) {
        const level = after.level;
        const expected = unitLevel ?? this.ownLevel;
        if (expected && level !== expected) continue;
        let n = j + after.length;
        if (!unitLevel || unitLevel === level) {
          // "… tỉnh Quảng Ngãi": the place must be the catalogue's own.
          let p = n;
          while (tokens[p]?.word && tokens[p]!.cap) p++;
          if (p > n) {
            const place = textOf(tokens, n, p);
            if (!this.places.get(level)?.has(foldVietnamese(place))) continue;
            n = p;
          }
          j = n;
        }
      } else if (alias.unitKey && tokens[j]?.word && tokens[j]!.cap && unitLevel && alias.words.at(-1) === unitLevel) {
        // "Ủy ban nhân dân tỉnh Quảng Ngãi" read against "Ủy ban nhân dân tỉnh" of another province.
        let p = j;
        while (tokens[p]?.word && tokens[p]!.cap) p++;
        if (!this.places.get(unitLevel)?.has(foldVietnamese(textOf(tokens, j, p)))) continue;
        j = p;
      }
      const last = tokens[j - 1]!;
      return {
        ref: {
          text: textOf(tokens, i, j),
          span: { start: first.start, end: last.end },
          confidence: alias.confidence,
          unitKey: alias.unitKey,
          groupCode: alias.groupCode,
          newUnitName: null,
        },
        next: j,
        via: alias.via,
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

  /** A unit of the Front, or one of its members, or the group of its members. */
  isFrontMember(ref: DraftUnitRef, frontKey: string): boolean {
    if (ref.groupCode === 'FRONT_AND_MASS_ORGANIZATIONS') return true;
    return !!ref.unitKey && this.units.get(ref.unitKey)?.parentKey === frontKey;
  }
}

/**
 * The units on record as they stood on the plan's date. Today the catalogue has no history, so
 * this is the catalogue itself; units over time (successors after 1 July 2025) plug in here.
 */
export function unitsOnRecord(catalogue: UnitCatalogue, _planDate: string | null): UnitMatcher {
  return new UnitMatcher(catalogue);
}

/** First words of a unit's name: a capitalised one of these starts a unit the catalogue may not know. */
const UNIT_HEADS: [string[], OrganizationKind][] = [
  [['uy', 'ban', 'nhan', 'dan'], OrganizationKind.PEOPLES_COMMITTEE],
  [['ban', 'nhan', 'dan'], OrganizationKind.OTHER],
  [['uy', 'ban'], OrganizationKind.OTHER],
  [['van', 'phong'], OrganizationKind.OFFICE],
  [['thanh', 'tra'], OrganizationKind.OFFICE],
  [['phong'], OrganizationKind.OFFICE],
  [['so'], OrganizationKind.OFFICE],
  [['bo'], OrganizationKind.OTHER],
  [['vu'], OrganizationKind.OFFICE],
  [['tong', 'cuc'], OrganizationKind.OTHER],
  [['cuc'], OrganizationKind.OFFICE],
  [['cong', 'an'], OrganizationKind.OTHER],
  [['ban'], OrganizationKind.OTHER],
  [['trung', 'tam'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['tram'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['dai'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['benh', 'vien'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['truong'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['vien'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['bao'], OrganizationKind.PUBLIC_SERVICE_UNIT],
  [['chi', 'cuc'], OrganizationKind.OTHER],
  [['chi', 'nhanh'], OrganizationKind.OTHER],
  [['kho', 'bac'], OrganizationKind.OTHER],
  [['ngan', 'hang'], OrganizationKind.OTHER],
  [['quy'], OrganizationKind.OTHER],
  [['toa', 'an'], OrganizationKind.OTHER],
  [['hat'], OrganizationKind.OTHER],
  [['doi'], OrganizationKind.OTHER],
  [['lien', 'doan'], OrganizationKind.MASS_ORGANIZATION],
  [['hoi'], OrganizationKind.MASS_ORGANIZATION],
  [['doan'], OrganizationKind.MASS_ORGANIZATION],
  [['tinh', 'doan'], OrganizationKind.MASS_ORGANIZATION],
  [['huyen', 'doan'], OrganizationKind.MASS_ORGANIZATION],
  [['tinh', 'uy'], OrganizationKind.PARTY_COMMITTEE],
  [['huyen', 'uy'], OrganizationKind.PARTY_COMMITTEE],
  [['thanh', 'uy'], OrganizationKind.PARTY_COMMITTEE],
  [['dang', 'uy'], OrganizationKind.PARTY_COMMITTEE],
  [['xa'], OrganizationKind.COMMUNE],
  [['phuong'], OrganizationKind.COMMUNE],
  [['thi', 'tran'], OrganizationKind.COMMUNE],
];

/** Words that end a unit's name: verbs and function words, as written (folding would merge "văn" and "vận"). */
const STOP = new Set(
  (
    'chủ phối có tổ triển thực tham xây chịu tăng đẩy nâng rà theo hướng báo kiểm các về để tại là chỉ giám vận ' +
    'hỗ bố tuyên thống lập đưa đánh cập tổng cung làm kết bảo mở phân phản ra tiếp giải quản trình thẩm tập diệt ' +
    'phát đôn huy đào gửi được cho với trong trước từ đến năm ngày tháng hằng hàng định thường đầu ít sửa ' +
    'tuyển nghiên chuẩn biên xử thu hoặc của này đó những mỗi thăm tiêm thi giữ duy khảo đề xác nắm quán lồng ' +
    'hoàn kịp phổ giới khơi thông tích chăm vào sau khi nếu thì cùng ứng đối dự'
  ).split(' '),
);

/** Word pairs that read as a verb word by word but belong to names ("Ban Dân vận", "Bảo vệ thực vật"). */
const COMPOUNDS = new Set(
  ['dân vận', 'thực vật', 'thực phẩm', 'phát triển', 'thông tin', 'kiểm tra', 'kiểm soát', 'xã hội'].map((w) => w),
);
const stopsName = (tokens: Token[], j: number) => {
  const t = tokens[j]!;
  const w = t.raw.toLowerCase();
  if (!STOP.has(w)) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (prev?.word && COMPOUNDS.has(`${prev.raw.toLowerCase()} ${w}`)) return false;
  if (next?.word && COMPOUNDS.has(`${w} ${next.raw.toLowerCase()}`)) return false;
  return true;
};

export interface UnknownUnit {
  name: string;
  kind: OrganizationKind;
  span: { start: number; end: number };
  next: number;
  /** Names a set of units ("… các xã, phường"): a person decides what it stands for. */
  flagged: boolean;
}

/** The head at tokens[i]: folded words match, and "Báo" (a newspaper) is not "Bảo" (bảo vệ). */
const headMatches = (h: string[], tokens: Token[], i: number) =>
  h.every((w, k) => tokens[i + k]?.word && tokens[i + k]!.norm === w) &&
  !(h.length === 1 && h[0] === 'bao' && tokens[i]!.raw !== 'Báo');
const isHeadAt = (tokens: Token[], i: number) =>
  !!tokens[i]?.cap && UNIT_HEADS.some(([h]) => headMatches(h, tokens, i));

/**
 * A unit the catalogue does not know, read with the naming grammar: a capitalised head, then the
 * name (capitalised and lower-case words, "và" before a capital, commas between capitalised parts,
 * "Phòng, chống"), up to a verb or function word; a level word and the place's name close it.
 */
export function unknownUnitAt(tokens: Token[], i: number): UnknownUnit | null {
  const first = tokens[i];
  if (!first?.word || !first.cap) return null;
  // "Trưởng các ấp", "Trưởng phòng …": a person's title, not a unit ("Trường" is a school).
  if (/^Trưởng$/u.test(first.raw)) return null;
  for (const [head, kind] of UNIT_HEADS) {
    if (!headMatches(head, tokens, i)) continue;
    let j = i + head.length;
    let named = head.length > 1 && (head[1] === 'doan' || head[1] === 'uy');
    let flagged = false;
    while (j < tokens.length && j - i < 24) {
      const t = tokens[j]!;
      if (!t.word) {
        const next = tokens[j + 1];
        if ((t.norm === '-' || t.norm === '&') && next?.word) {
          j++;
          continue;
        }
        // "Văn hóa, Thể thao": a comma between capitalised parts of one name; "Phòng, chống".
        if (t.norm === ',' && next?.word) {
          const prev = tokens[j - 1]!;
          const idiom = /^phòng$/iu.test(prev.raw) && /^chống$/u.test(next.raw);
          if (idiom || (next.cap && !isHeadAt(tokens, j + 1) && !levelAt(tokens, j + 1) && !levelAt(tokens, j - 1))) {
            j++;
            continue;
          }
        }
        break;
      }
      const level = levelAt(tokens, j);
      if (level) {
        j += level.length;
        while (tokens[j]?.word && tokens[j]!.cap) j++;
        named = true;
        break;
      }
      if (t.cap && !t.raw.startsWith('Trưởng')) {
        named = true;
        j++;
        continue;
      }
      if (t.norm === 'va') {
        const phongChong =
          /^Phòng$/u.test(tokens[j + 1]?.raw ?? '') &&
          tokens[j + 2]?.norm === ',' &&
          /^chống$/u.test(tokens[j + 3]?.raw ?? '');
        if (tokens[j + 1]?.cap && (!isHeadAt(tokens, j + 1) || phongChong)) {
          j++;
          continue;
        }
        break;
      }
      if (t.raw === 'các' && named) {
        // "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, đặc khu": a set of units.
        let p = j + 1;
        let levels = 0;
        for (;;) {
          const l = levelAt(tokens, p);
          if (!l) break;
          levels++;
          p += l.length;
          if (tokens[p]?.norm === ',' && levelAt(tokens, p + 1)) p++;
        }
        if (levels > 0) {
          flagged = true;
          j = p;
        }
        break;
      }
      if (stopsName(tokens, j)) break;
      j++;
    }
    // A name does not end on a dangling joiner.
    while (j > i + head.length && (!tokens[j - 1]!.word || tokens[j - 1]!.norm === 'va')) j--;
    if (!named && j === i + head.length) return null;
    if (!named) return null;
    const last = tokens[j - 1]!;
    return { name: textOf(tokens, i, j), kind, span: { start: first.start, end: last.end }, next: j, flagged };
  }
  return null;
}

const GROUP_NOUNS = new Set(
  'sở ban ngành phòng cơ quan đơn vị xã phường ấp huyện chi bộ đảng trường hội đoàn thể địa phương doanh nghiệp'.split(
    ' ',
  ),
);

/** "các sở, ban, ngành tỉnh", "Các chi bộ, đảng bộ cơ sở": a set of units not on record, to flag. */
export function groupMentionAt(tokens: Token[], i: number): UnknownUnit | null {
  const first = tokens[i];
  if (!first?.word || first.norm !== 'cac') return null;
  let j = i + 1;
  let nouns = 0;
  while (j < tokens.length && j - i < 14) {
    const t = tokens[j]!;
    if (!t.word) {
      if ((t.norm === ',' || t.norm === '-') && tokens[j + 1]?.word) {
        j++;
        continue;
      }
      break;
    }
    const w = t.raw.toLowerCase();
    if (GROUP_NOUNS.has(w)) nouns++;
    else if (STOP.has(w) || t.norm === 'va') break;
    j++;
  }
  if (nouns === 0 || j === i + 1) return null;
  const last = tokens[j - 1]!;
  const name = textOf(tokens, i, j);
  return {
    name: name.charAt(0).toUpperCase() + name.slice(1),
    kind: OrganizationKind.OTHER,
    span: { start: first.start, end: last.end },
    next: j,
    flagged: true,
  };
}

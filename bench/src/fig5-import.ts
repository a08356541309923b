// Figure 5: time per plan of the plan-import parser (shared/src/plan-import), on the sample plan's
// text (85/KH-UBND), on a 10-page plan assembled from the corpus's task lines, and on each plan of the
// corpus; beside one plain pass over the same text (split into lines, each tested against a
// numbering pattern): the least any parser of this text must do. Target: under 50 ms for 10 pages.
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese } from '../../shared/src/text.js';
import { parsePlanText, type ParseOptions, type PlanDraft } from '../../shared/src/plan-import/index.js';
import { loadCorpus } from '../../shared/src/plan-import/corpus.js';
import { quangNgai } from '../../shared/src/plan-import/fixtures/corpus/catalogues.js';
import { catalogueFromSeed } from '../../server/src/features/plan-import/seed-catalogue.js';
import { documents, groups, organizations } from '../../server/src/seed/chau-thanh.js';
import type { Figure, Row } from './report.js';
import { root } from './server-process.js';
import { round, summarize } from './stats.js';

/** The sample plan's text as the server keeps it (server/src/seed/sample-data.ts loads the same file). */
const PLAN_85_TEXT_PATH = path.join(root, 'server/seed/85-KH-UBND-chau-thanh.md');

const NUMBERING = /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|-)\s+/;
/** A printed page of a Vietnamese administrative document holds about 3,500 characters. */
const PAGE_CHARS = 3_500;

/**
 * A plan of `pages` pages: the header and last section of corpus plan 01, and a section II of
 * numbered headings with lettered points, the points being the task lines of the corpus's Markdown
 * plans (each naming its lead, collaborators and deadline) in turn.
 */
export function longPlan(pages: number): string {
  const corpus = loadCorpus();
  const points = corpus
    .filter((p) => p.name.endsWith('') && !p.text.includes('\r'))
    .flatMap((p) => p.text.normalize('NFC').split('\n'))
    .map((l) => /^\d+\.\s+(.{60,})$/u.exec(l.trim())?.[1])
    .filter(
      (l): l is string => !!l && !/^(Sở|Văn phòng|Ủy ban|Đề nghị)?.*là (cơ quan|đơn vị) (thường trực|đầu mối)/u.test(l),
    );
  const base = corpus.find((p) => p.name.startsWith('01-'))!.text;
  const head = base.slice(0, base.indexOf('## II.'));
  const tail = base.slice(base.indexOf('## III.'));
  const body: string[] = ['## II. NHIỆM VỤ, GIẢI PHÁP', ''];
  let k = 0;
  for (let section = 1; head.length + body.join('\n').length + tail.length < pages * PAGE_CHARS; section++) {
    body.push(`### ${section}. Nhóm nhiệm vụ thứ ${section}`, '');
    for (let letter = 0; letter < 5; letter++)
      body.push(`${String.fromCharCode(97 + letter)}) ${points[k++ % points.length]}`, '');
  }
  return `${head}${body.join('\n')}\n${tail}`;
}

function time(text: string, options: ParseOptions, iterations: number) {
  const parse = () => parsePlanText(text, options);
  const scan = () => {
    let items = 0;
    for (const line of text.split('\n')) if (NUMBERING.test(foldVietnamese(line))) items++;
    return items;
  };
  for (let i = 0; i < 10; i++) {
    parse();
    scan();
  }
  const parseTimes: number[] = [];
  const scanTimes: number[] = [];
  let draft: PlanDraft = parse();
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    draft = parse();
    parseTimes.push(performance.now() - t);
    t = performance.now();
    scan();
    scanTimes.push(performance.now() - t);
  }
  return { draft, parse: summarize(parseTimes), scan: summarize(scanTimes) };
}

const count = (ts: { children: unknown[] }[]): number =>
  ts.reduce((n, t) => n + 1 + count(t.children as { children: unknown[] }[]), 0);

export function importPlan(iterations: number): Figure {
  const sample = fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8');
  const s = time(sample, { catalogue: catalogueFromSeed(organizations, groups), documents }, iterations);
  const long = longPlan(10);
  const l = time(long, { catalogue: quangNgai }, iterations);
  const corpus = loadCorpus();
  const perPlan = corpus.map((p) => time(p.text, { catalogue: p.catalogue }, Math.max(5, Math.round(iterations / 10))));
  const corpusParse = perPlan.reduce((n, x) => n + x.parse.p50, 0) / perPlan.length;
  const corpusScan = perPlan.reduce((n, x) => n + x.scan.p50, 0) / perPlan.length;
  const slowest = Math.max(...perPlan.map((x) => x.parse.p50));
  const row = (measure: string, v: number, b: number, extra: Partial<Row> = {}): Row => ({
    measure,
    value: round(v),
    baseline: round(b),
    unit: 'ms per plan',
    ratio: round(v / b),
    ...extra,
  });
  return {
    id: 5,
    title: 'Import: time per plan',
    baselineName:
      'one plain pass over the same text: split into lines, fold the diacritics of each and test it against a numbering pattern',
    rows: [
      row('sample plan 85/KH-UBND p50', s.parse.p50, s.scan.p50),
      row('sample plan 85/KH-UBND p99', s.parse.p99, s.scan.p99),
      row('10-page plan p50', l.parse.p50, l.scan.p50),
      row('10-page plan p99', l.parse.p99, l.scan.p99, { target: '< 50 ms', met: l.parse.p99 < 50 }),
      row(`corpus (${corpus.length} plans) mean of p50`, corpusParse, corpusScan),
    ],
    notes: [
      `parsePlanText on the ${Math.round(sample.length / 1024)} kB text of plan 85/KH-UBND with the sample district as the unit catalogue, ${iterations} times after 10 warm-up runs, in the bench process: a draft of ${count(s.draft.tasks)} tasks, ${s.draft.documents.length} cited documents and ${s.draft.newUnits.length} proposed new units.`,
      `The 10-page plan: ${Math.round(long.length / 1024)} kB (${long.length.toLocaleString('en')} characters, ${PAGE_CHARS.toLocaleString('en')} a page), ${count(l.draft.tasks)} tasks, read against the Quảng Ngãi catalogue; ${iterations} runs.`,
      `The corpus (shared/src/plan-import/fixtures/corpus): the slowest plan's p50 is ${round(slowest)} ms.`,
      'Only the parser is measured; reading a .docx or .pdf into text and writing the accepted draft are not.',
    ],
  };
}

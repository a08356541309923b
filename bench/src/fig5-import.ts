// Figure 5: the plan-import parser on the sample plan's text (85/KH-UBND), against one plain pass
// over the same text (split into lines, each tested against a numbering pattern): the least any
// parser of this text must do.
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese } from '../../shared/src/text.js';
import { parsePlanText } from '../../shared/src/plan-import/index.js';
import { catalogueFromSeed } from '../../server/src/features/plan-import/seed-catalogue.js';
import { documents, groups, organizations } from '../../server/src/seed/chau-thanh.js';
import type { Figure } from './report.js';
import { root } from './server-process.js';
import { round, summarize } from './stats.js';

/** The sample plan's text as the server keeps it (server/src/seed/sample-data.ts loads the same file). */
const PLAN_85_TEXT_PATH = path.join(root, 'server/seed/85-KH-UBND-chau-thanh.md');

const NUMBERING = /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|-)\s+/;

export function importPlan(iterations: number): Figure {
  const text = fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8');
  const options = { catalogue: catalogueFromSeed(organizations, groups), documents };
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
  let draft = parse();
  let items = 0;
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    draft = parse();
    parseTimes.push(performance.now() - t);
    t = performance.now();
    items = scan();
    scanTimes.push(performance.now() - t);
  }
  const count = (ts: { children: unknown[] }[]): number =>
    ts.reduce((n, t) => n + 1 + count(t.children as { children: unknown[] }[]), 0);
  const p = summarize(parseTimes);
  const s = summarize(scanTimes);
  return {
    id: 5,
    title: 'Import of the sample plan text',
    baselineName:
      'one plain pass over the same text: split into lines, fold the diacritics of each and test it against a numbering pattern',
    rows: [
      { measure: 'p50', value: p.p50, baseline: s.p50, unit: 'ms per plan', ratio: round(p.p50 / s.p50) },
      { measure: 'p99', value: p.p99, baseline: s.p99, unit: 'ms per plan', ratio: round(p.p99 / s.p99) },
    ],
    notes: [
      `parsePlanText (merged from the tag import-parser) on the ${Math.round(text.length / 1024)} kB text of plan 85/KH-UBND with the sample district as the unit catalogue, ${iterations} times after 10 warm-up runs, in the bench process: a draft of ${count(draft.tasks)} tasks, ${draft.documents.length} cited documents and ${draft.newUnits.length} proposed new units; the plain pass found ${items} numbered lines.`,
      'Only the parser is measured; writing the accepted draft is a transaction like any other write.',
    ],
  };
}

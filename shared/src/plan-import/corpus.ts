// The corpus of plan texts and their expected graphs (fixtures/corpus), for the tests, the scoring
// script and the bench. Node only: reads files.
import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUES } from './fixtures/corpus/catalogues.js';
import type { ExpectedGraph } from './corpus-score.js';
import type { UnitCatalogue } from './types.js';

export const CORPUS_DIR = path.join(import.meta.dirname, 'fixtures', 'corpus');
/** Plans written after the parser was tuned on the corpus: a measurement, not a target. */
export const HELDOUT_DIR = path.join(import.meta.dirname, 'fixtures', 'heldout');

export interface CorpusPlan {
  name: string;
  text: string;
  expected: ExpectedGraph;
  catalogue: UnitCatalogue;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusPlan[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d\d-.*\.(md|txt)$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.(md|txt)$/, '');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedGraph;
      const catalogue = CATALOGUES[expected.catalogue as keyof typeof CATALOGUES];
      if (!catalogue) throw new Error(`${name}: unknown catalogue ${expected.catalogue}`);
      return { name, text: fs.readFileSync(path.join(dir, f), 'utf8'), expected, catalogue };
    });
}

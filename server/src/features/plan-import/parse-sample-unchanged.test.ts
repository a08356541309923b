// The sample plan imports exactly as it did before the parser became a pipeline of passes: its
// draft, every field, confidence and span included, equals the one the earlier parser (commit
// 44f69d5) produced, stored beside this test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@tiendo/shared';
import { documents, groups, organizations } from '../../seed/chau-thanh.js';
import { PLAN_85_TEXT_PATH } from '../../seed/sample-data.js';
import { catalogueFromSeed } from './seed-catalogue.js';

describe('the sample plan after the parser’s rewrite', () => {
  it('yields the same draft as before, to the last span', () => {
    const text = fs.readFileSync(PLAN_85_TEXT_PATH, 'utf8');
    const draft = parsePlanText(text, { catalogue: catalogueFromSeed(organizations, groups), documents });
    const before: unknown = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, 'sample-draft-before-rewrite.json'), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(draft))).toEqual(before);
  });
});

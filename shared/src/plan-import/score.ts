// `pnpm score:import [--heldout] [--misses]`: reads every plan of the corpus (or of the held-out
// plans) and prints issue 17's table.
import { addScores, scoreDraft, scoreTable } from './corpus-score.js';
import { HELDOUT_DIR, loadCorpus } from './corpus.js';
import { parsePlanText } from './parse.js';

const plans = loadCorpus(process.argv.includes('--heldout') ? HELDOUT_DIR : undefined);
const scores = plans.map((p) => scoreDraft(parsePlanText(p.text, { catalogue: p.catalogue }), p.expected, p.name));
const total = addScores(scores);
console.log(`${plans.length} plans\n`);
console.log(scoreTable(total));
if (process.argv.includes('--misses')) console.log(`\n${total.misses.join('\n')}`);

// `pnpm score:import [--misses]`: reads every plan of the corpus and prints issue 17's table.
import { addScores, scoreDraft, scoreTable } from './corpus-score.js';
import { loadCorpus } from './corpus.js';
import { parsePlanText } from './parse.js';

const plans = loadCorpus();
const scores = plans.map((p) => scoreDraft(parsePlanText(p.text, { catalogue: p.catalogue }), p.expected, p.name));
const total = addScores(scores);
console.log(`${plans.length} plans\n`);
console.log(scoreTable(total));
if (process.argv.includes('--misses')) console.log(`\n${total.misses.join('\n')}`);

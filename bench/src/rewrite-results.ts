// Rewrites bench/results/latest.md from latest.json with the current bench/findings.md (after the
// findings were edited without a new run). Usage: node --import tsx bench/src/rewrite-results.ts
import fs from 'node:fs';
import path from 'node:path';
import { writeResults, type Results } from './report.js';
import { root } from './server-process.js';

const dir = path.join(root, 'bench/results');
const results = JSON.parse(fs.readFileSync(path.join(dir, 'latest.json'), 'utf8')) as Results;
results.findings = fs.readFileSync(path.join(root, 'bench/findings.md'), 'utf8');
writeResults(results, dir, 'latest');

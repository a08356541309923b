// Figure 4: the client board in headless Chromium (needs the board of issue 4).
import type { Figure } from './report.js';

export function clientBoardNotMeasured(): Figure {
  return {
    id: 4,
    title: 'Client board in headless Chromium',
    baselineName: '—',
    rows: [],
    notes: [],
    notMeasured: 'the client board (issue 4) is not on this branch yet',
  };
}

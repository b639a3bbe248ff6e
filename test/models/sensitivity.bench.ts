import { bench, describe } from 'vitest';
import { presetValues, project, seek, tornado } from '../../models/index.ts';

// What the page recomputes: a full tornado as a slider moves (2 projections per numeric assumption), and one
// goal seek when the form is sent.

const amended = presetValues('amended-2026');
const base = project(amended);

describe('sensitivity', () => {
  bench(
    'tornado(amended-2026, msftTotalValueNpv)',
    () => {
      tornado(amended, 'msftTotalValueNpv', { base });
    },
    { iterations: 100, warmupIterations: 20 },
  );

  bench(
    'seek(msftTotalValueNpv = $300B by rev2030)',
    () => {
      seek(amended, { kpi: 'msftTotalValueNpv', target: 300e9, param: 'rev2030' });
    },
    { iterations: 200, warmupIterations: 20 },
  );
});

import { bench, describe } from 'vitest';
import { compileFormulas } from '../../models/formula/index.ts';
import { presetValues, project } from '../../models/index.ts';

// Target: a projection with one formula series within 2× of the built-in one (median). The formula is compiled
// once; each iteration evaluates it for every year (21) and projects, as a slider step on the page does.

const amended = presetValues('amended-2026');
const revenue = compileFormulas({ openaiRevenue: '13e9 * 1.8^(t - 2025)' });
const share = compileFormulas({ revenueShareRate: 't <= shareLastYear ? shareStart : 0' });

describe('formula series', () => {
  bench('project(amended-2026), built-in', () => {
    project(amended);
  });

  bench('project(amended-2026) + openaiRevenue formula', () => {
    project(amended, revenue.overridesFor(amended).overrides);
  });

  bench('project(amended-2026) + revenueShareRate formula reading two assumptions', () => {
    project(amended, share.overridesFor(amended).overrides);
  });
});

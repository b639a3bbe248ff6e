import { describe, expect, it } from 'vitest';

import { presetValues, project } from '../../models/index.ts';
import { EXPLAINED_CHARTS, EXPLAINED_KPIS, isExplained } from '../../models/learn/explain.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';

describe('“How this is computed” covers the page', () => {
  const v = presetValues('amended-2026');
  const p = project(v);

  it('every headline card, and nothing else', () => {
    expect(kpiCards(p, p, v).map((c) => c.id)).toEqual([...EXPLAINED_KPIS]);
  });

  it('every chart, and nothing else', () => {
    expect(buildCharts(p, v, LIGHT_THEME).map((c) => c.id)).toEqual([...EXPLAINED_CHARTS]);
  });

  it('knows what it explains', () => {
    expect(isExplained('msftTotalValueNpv')).toBe(true);
    expect(isExplained('valuation')).toBe(true);
    expect(isExplained('idleComputeTotal')).toBe(false);
  });
});

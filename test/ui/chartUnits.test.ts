// The units line an exported or printed chart carries: its value axes' titles, never the category axis.
import { describe, expect, it } from 'vitest';
import { presetValues, project } from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { chartUnits } from '../../src/lib/charts/chartUnits.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';

describe('chartUnits', () => {
  it('names each chart’s value axes', () => {
    const values = presetValues('amended-2026');
    const units = Object.fromEntries(
      buildCharts(project(values), values, LIGHT_THEME).map((c) => [c.id, chartUnits(c)]),
    );
    expect(units).toEqual({
      'revenue-share': 'Paid per year (US$) · Share of OpenAI revenue (%)',
      compute: 'Spend per year (US$) · Cumulative from 2025 (US$)',
      'msft-value': 'Present value in 2025 dollars (US$)',
      'openai-economics': 'US$ per year (nominal)',
      valuation: 'OpenAI equity value (US$)',
    });
  });
});

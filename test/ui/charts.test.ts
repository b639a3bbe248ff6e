import { describe, expect, it } from 'vitest';
import {
  PROVIDERS,
  presetValues,
  project,
  SEEDS_COMPUTE_THROUGH_2030,
  type ScenarioValues,
} from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import type { ChartSpec } from '../../src/lib/charts/common.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { isRoundTick } from '../../src/lib/charts/valuationChart.ts';

function charts(values: ScenarioValues) {
  const p = project(values);
  const specs = new Map(buildCharts(p, values, LIGHT_THEME).map((c) => [c.id, c]));
  return { p, get: (id: string) => specs.get(id)! };
}
type Dataset = ChartSpec['config']['data']['datasets'][number];
const dataset = (spec: ChartSpec, label: string): Dataset => {
  const d = spec.config.data.datasets.find((x) => x.label === label);
  if (!d) throw new Error(`no dataset "${label}" in ${spec.id}`);
  return d;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const options = (spec: ChartSpec) => spec.config.options as any;

const amended = charts(presetValues('amended-2026'));
const seeds = charts(presetValues('seeds-2025'));

describe('buildCharts', () => {
  it('builds the five charts in reading order, each with a title, a subtitle and a table', () => {
    const specs = buildCharts(amended.p, presetValues('amended-2026'), LIGHT_THEME);
    expect(specs.map((s) => s.id)).toEqual([
      'revenue-share',
      'compute',
      'msft-value',
      'openai-economics',
      'valuation',
    ]);
    for (const s of specs) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.subtitle).toMatch(/\.$/);
      expect(s.table().rows.length).toBeGreaterThanOrEqual(amended.p.years.length);
      for (const row of s.table().rows) expect(row).toHaveLength(s.table().columns.length);
      expect(options(s).animation).toBe(false);
      expect(options(s).scales.y.title.text.length).toBeGreaterThan(0);
      expect(options(s).scales.x.title.text).toBe('Year');
    }
  });

  it('never puts NaN or Infinity into a chart', () => {
    for (const id of ['original-2019', 'bubble', 'agi-early', 'decentralized']) {
      const values = presetValues(id);
      for (const spec of buildCharts(project(values), values, LIGHT_THEME)) {
        for (const d of spec.config.data.datasets) {
          for (const x of d.data)
            if (x !== null) expect(Number.isFinite(x), `${id} ${spec.id} ${d.label}`).toBe(true);
        }
      }
    }
  });
});

describe('revenueShareChart', () => {
  const spec = amended.get('revenue-share');

  it('draws the rate as a line on the percent axis and payments as bars', () => {
    expect(dataset(spec, 'Rate').type).toBe('line');
    expect(dataset(spec, 'Rate').data).toEqual(amended.p.series.revenueShareRate);
    expect((dataset(spec, 'Rate') as { yAxisID?: string }).yAxisID).toBe('y1');
    expect(dataset(spec, 'Paid').type).toBe('bar');
    expect(dataset(spec, 'Paid').data).toEqual(amended.p.series.revenueSharePaid);
    expect(options(spec).scales.y1.ticks.callback(0.2)).toBe('20%');
    expect(options(spec).scales.y.ticks.callback(38e9)).toBe('$38B');
  });

  it('marks the last paid year and the year the cap is reached', () => {
    const a = options(spec).plugins.markers.markers;
    // Labels are 2025…2035: 2030 is index 5, 2029 index 4.
    expect(a.lastYear.value).toBe(5);
    expect(a.lastYear.label.content).toBe('Last year paid: 2030');
    expect(a.cap.value).toBe(4);
    expect(a.cap.label.content).toBe('$38.0B cap reached');
    expect(dataset(spec, 'Owed without the cap').data).toEqual(amended.p.series.revenueShareUncapped);
    expect(spec.subtitle).toBe('$38.0B paid 2025–2030 ($119.0B without the cap).');
  });

  it('has no cap marker or ghost bars when the cap never binds', () => {
    const s = seeds.get('revenue-share');
    expect(options(s).plugins.markers.markers.cap).toBeUndefined();
    expect(s.config.data.datasets.map((d) => d.label)).toEqual(['Rate', 'Paid']);
  });

  it('formats tooltips with the unit of the dataset’s axis', () => {
    const label = options(spec).plugins.tooltip.callbacks.label;
    expect(label({ dataset: { label: 'Paid', yAxisID: 'y' }, parsed: { y: 2.6e9 } })).toBe('Paid: $2.6B');
    expect(label({ dataset: { label: 'Rate', yAxisID: 'y1' }, parsed: { y: 0.2 } })).toBe('Rate: 20.0%');
  });

  it('tabulates the same numbers', () => {
    // 2025: 20% of $13.0B revenue = $2.6B, below the cap.
    expect(spec.table().rows[0]).toEqual(['2025', '20.0%', '$2.6B', '$2.6B']);
    expect(spec.table().rows[6]).toEqual(['2031', '0.0%', '$0.0B', '$0.0B']);
  });
});

describe('computeChart', () => {
  const spec = amended.get('compute');
  const bars = spec.config.data.datasets.filter((d) => d.type === 'bar');

  it('stacks the providers with Azure first in its own colour', () => {
    expect(bars[0]!.label).toBe('Microsoft Azure');
    expect(bars[0]!.backgroundColor).toBe(LIGHT_THEME.azure);
    expect(options(spec).scales.y.stacked).toBe(true);
    // Decentralized networks are off in amended-2026, so they are left out of the legend.
    expect(bars.map((d) => d.label)).not.toContain('Decentralized GPU networks');
    expect(bars).toHaveLength(PROVIDERS.length - 1);
  });

  it('stacks to the total compute spend each year', () => {
    amended.p.years.forEach((_, i) => {
      const stacked = bars.reduce((sum, d) => sum + (d.data[i] ?? 0), 0);
      expect(stacked).toBeCloseTo(amended.p.series.computeSpend[i]!, -3);
    });
  });

  it('draws the cumulative spend against the seeds’ $450B through 2030', () => {
    const cumulative = dataset(spec, 'Cumulative').data as number[];
    // The cumulative anchor: exactly $600B from 2025 through 2030 (index 5).
    expect(cumulative[5]).toBeCloseTo(600e9, -3);
    const ref = options(spec).plugins.markers.markers.seeds;
    expect(ref.value).toBe(SEEDS_COMPUTE_THROUGH_2030);
    expect(ref.scaleID).toBe('y1');
  });
});

describe('msftValueChart', () => {
  it('compares cumulative value with the money invested', () => {
    const spec = amended.get('msft-value');
    expect(new Set(dataset(spec, 'Invested').data)).toEqual(new Set([13e9]));
    expect(dataset(spec, 'Stake value').data).toEqual(amended.p.series.msftStakeValue);
    // Cumulative revenue share through 2030 (index 5) is the $38B cap.
    expect(dataset(spec, 'Revenue share received').data[5]).toBeCloseTo(38e9, -3);
  });

  it('shows the 2019 profit share and no stake under the 2019 terms', () => {
    const values = presetValues('original-2019');
    const spec = charts(values).get('msft-value');
    const labels = spec.config.data.datasets.map((d) => d.label);
    expect(labels).not.toContain('Stake value');
    expect(labels).not.toContain('Revenue share received');
    expect(labels).toContain('Hosting profit on Azure');
  });
});

describe('openaiEconomicsChart', () => {
  const spec = amended.get('openai-economics');

  it('colours operating cash flow by sign and marks break-even', () => {
    const ocf = amended.p.series.openaiOperatingCashFlow;
    const colours = dataset(spec, 'Operating cash flow').backgroundColor as string[];
    ocf.forEach((x, i) => expect(colours[i]).toBe(x >= 0 ? LIGHT_THEME.positive : LIGHT_THEME.negative));
    const marker = options(spec).plugins.markers.markers.breakEven;
    expect(marker.value).toBe(5);
    expect(marker.label.content).toBe('Cash-flow positive: 2030');
  });

  it('says so when OpenAI never breaks even', () => {
    const s = charts(presetValues('bubble')).get('openai-economics');
    expect(s.subtitle).toBe('Operating cash flow stays negative through the horizon.');
    expect(options(s).plugins.markers.markers.breakEven).toBeUndefined();
  });
});

describe('valuationChart', () => {
  const spec = amended.get('valuation');

  it('puts reported valuations before the projection on a log axis', () => {
    expect(spec.config.data.labels!.slice(0, 5)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    // FACTS.md: ~$20B (2021), $29B (Jan 2023), $157B (Oct 2024).
    expect(dataset(spec, 'OpenAI valuation (reported)').data.slice(0, 4)).toEqual([20e9, null, 29e9, 157e9]);
    expect(dataset(spec, 'OpenAI valuation').data.slice(0, 5)).toEqual([null, null, null, null, 500e9]);
    expect(options(spec).scales.y.type).toBe('logarithmic');
    expect(spec.table().rows[0]).toEqual(['2021', '$20.0B (reported)', '—', '—']);
  });

  it('labels only round log ticks', () => {
    const cases: [number, boolean][] = [
      [1e10, true],
      [2e10, true],
      [5e11, true],
      [1e12, true],
      [3e10, false],
      [7e11, false],
      [0, false],
    ];
    for (const [v, expected] of cases) expect(isRoundTick(v), String(v)).toBe(expected);
  });
});

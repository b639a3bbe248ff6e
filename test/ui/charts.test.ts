import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatUsd,
  MSFT_LEDGER_META,
  PRESETS,
  PROVIDERS,
  presetValues,
  project,
  SEEDS_COMPUTE_THROUGH_2030,
  simulate,
  type Projection,
  type ScenarioValues,
} from '../../models/index.ts';
import { buildChart, buildCharts, chartSubtitle } from '../../src/lib/charts/index.ts';
import { blankBands, type Bands } from '../../src/lib/charts/bands.ts';
import { CHART_IDS, CHART_TITLES } from '../../src/lib/charts/titles.ts';
import { hasValue, tooltipLabel, USD_AXIS, type ChartSpec, type Datum } from '../../src/lib/charts/common.ts';
import { CUMULATIVE_LABEL, IDLE_LABEL, SEEDS_LABEL } from '../../src/lib/charts/computeChart.ts';
import { compactLegend, legendItems, NARROW_CHART } from '../../src/lib/charts/common.ts';
import { MARKER_ROW, placeMarkerLabels } from '../../src/lib/charts/markerPlugin.ts';
import { GHOST_LABEL } from '../../src/lib/charts/revenueShareChart.ts';
import {
  axisLabel,
  basisLines,
  MSFT_PARTS,
  msftValueChart,
  TOTAL_LABEL,
  wrapLabel,
} from '../../src/lib/charts/msftValueChart.ts';
import {
  FREE_CASH_LABEL,
  FUNDING_LABEL,
  OPERATING_LABEL,
} from '../../src/lib/charts/openaiEconomicsChart.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { MODEL_LABEL, ROUND_LABEL } from '../../src/lib/charts/valuationChart.ts';

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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const extra = (d: Dataset) => d as any;
const num = (x: Datum | undefined): number => (typeof x === 'number' ? x : 0);

const amendedValues = presetValues('amended-2026');
const amended = charts(amendedValues);
const seeds = charts(presetValues('seeds-2025'));

describe('buildCharts', () => {
  it('builds the charts the page lays out before the builders load, in its order, with its titles', () => {
    const specs = buildCharts(amended.p, amendedValues, LIGHT_THEME);
    expect(specs.map((s) => s.id)).toEqual(CHART_IDS);
    expect(Object.fromEntries(specs.map((s) => [s.id, s.title]))).toEqual(CHART_TITLES);
  });

  it('builds the five charts in reading order, each with a title, a subtitle and a table', () => {
    const specs = buildCharts(amended.p, amendedValues, LIGHT_THEME);
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
      expect(s.table().rows.length).toBeGreaterThan(0);
      for (const row of s.table().rows) expect(row).toHaveLength(s.table().columns.length);
      // Row headers are unique: the table view keys its rows by them.
      expect(new Set(s.table().rows.map((r) => r[0])).size).toBe(s.table().rows.length);
      expect(options(s).animation).toBe(false);
    }
  });

  it('labels every axis: years across the charts over time, the basis on the waterfall', () => {
    for (const s of buildCharts(amended.p, amendedValues, LIGHT_THEME)) {
      if (s.id === 'msft-value') {
        expect(options(s).indexAxis).toBe('y');
        expect(options(s).scales.x.title.text).toBe('Present value in 2025 dollars (US$)');
        continue;
      }
      expect(options(s).scales.x.title.text).toMatch(/^Year/);
      expect(options(s).scales.y.title.text.length).toBeGreaterThan(0);
    }
  });

  it('never puts NaN or Infinity into a chart', () => {
    for (const id of ['original-2019', 'bubble', 'agi-early', 'decentralized', 'recap-2025']) {
      const values = presetValues(id);
      for (const spec of buildCharts(project(values), values, LIGHT_THEME)) {
        for (const d of spec.config.data.datasets) {
          for (const x of d.data) {
            const parts = x === null ? [] : Array.isArray(x) ? x : [x];
            for (const y of parts) expect(Number.isFinite(y), `${id} ${spec.id} ${d.label}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('chartSubtitle (what the cards near the screen write on every step)', () => {
  const amended = presetValues('amended-2026');
  const sim = simulate(amended, { samples: 200, seed: 3 });
  const bands: Bands = { samples: sim.samples, series: sim.series, headline: sim.kpis.msftTotalValueNpv };
  const scenarios: [string, ScenarioValues][] = [
    ...PRESETS.map((preset): [string, ScenarioValues] => [preset.id, presetValues(preset.id)]),
    ['no cap', { ...amended, shareCapOn: false }],
    ['a cap never reached', { ...amended, shareCap: 1e12 }],
  ];

  it('is the subtitle buildChart puts in the spec, for every chart, preset and overlay', () => {
    const seen = new Set<string>();
    for (const [name, values] of scenarios) {
      const p = project(values);
      for (const overlays of [{}, { bands }, { bands: blankBands(bands, p.years.length) }]) {
        for (const id of CHART_IDS) {
          const subtitle = chartSubtitle(id, p, values, overlays);
          expect(subtitle, `${name} ${id}`).toBe(buildChart(id, p, values, LIGHT_THEME, overlays).subtitle);
          seen.add(subtitle);
        }
      }
    }
    // The scenarios reach the subtitles' branches: a cap reached and not, no cap, no revenue share, a spread.
    expect([...seen].some((t) => t.includes('total cap is reached in'))).toBe(true);
    expect([...seen].some((t) => t.includes('total cap is not reached'))).toBe(true);
    expect([...seen].some((t) => t.includes('(no cap)'))).toBe(true);
    expect([...seen].some((t) => t.includes('no revenue share under these terms'))).toBe(true);
    expect([...seen].some((t) => t.includes(' Total: 80% of'))).toBe(true);
    expect([...seen].some((t) => t.includes('Microsoft holds a profit share, not a stake'))).toBe(true);
  });
});

describe('tooltips', () => {
  it('write a point as "Series: $12.3B", then its notes', () => {
    const label = tooltipLabel({ y: USD_AXIS });
    expect(label({ dataset: { label: 'Paid' }, parsed: { y: 2.6e9 }, dataIndex: 0 } as never)).toBe(
      'Paid: $2.6B',
    );
    const withNotes = { label: 'Microsoft’s stake', notes: [null, ['23.1% of OpenAI (diluted)']] };
    expect(label({ dataset: withNotes, parsed: { y: 197.1e9 }, dataIndex: 1 } as never)).toEqual([
      'Microsoft’s stake: $197.1B',
      '23.1% of OpenAI (diluted)',
    ]);
    expect(label({ dataset: withNotes, parsed: { y: 1e9 }, dataIndex: 0 } as never)).toBe(
      'Microsoft’s stake: $1.0B',
    );
  });

  it('leave out points with no value', () => {
    expect(hasValue({ raw: null } as never)).toBe(false);
    expect(hasValue({ raw: 0 } as never)).toBe(true);
    expect(hasValue({ raw: [0, 5] } as never)).toBe(true);
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
    // Labels are 2025…2035: 2030 is index 5.
    expect(a.lastYear.value).toBe(5);
    expect(a.lastYear.label.content).toBe('Last year paid: 2030');
    // 20% of $13B, $30B, $55B: $2.6B + $6.0B + $11.0B = $19.6B; 2028 owes $20.0B but $18.4B is left under the
    // $38B cap, so the cap is reached in 2028 (index 3). Without it: 20% × $648B of 2025–30 revenue = $129.6B.
    expect(a.cap.value).toBe(3);
    expect(dataset(spec, GHOST_LABEL).data).toEqual(amended.p.series.revenueShareUncapped);
    expect(spec.subtitle).toBe(
      '$38.0B paid 2025–2030: the $38.0B total cap is reached in 2028 ($129.6B without the cap).',
    );
  });

  // Issue #8: "$38.0B cap reached" sat over the 2029–30 bars and read as a yearly cap.
  it('says the cap is a total, and labels its markers above the plot, never over the bars', () => {
    const a = options(spec).plugins.markers.markers;
    expect(a.cap.label.content).toBe('$38.0B total cap reached: 2028');
    // Every marker is a vertical line at a year, labelled in the band above the plot (markerPlugin).
    for (const m of Object.values(a) as { scaleID: string; label: object }[]) {
      expect(m.scaleID).toBe('x');
      expect(m.label).not.toHaveProperty('position');
    }
  });

  it('says "not applicable" where the terms have no revenue share or no cap, never $0.0B', () => {
    const original = charts(presetValues('original-2019')).get('revenue-share');
    expect(original.subtitle).toBe(
      'Revenue share paid 2025–2030: not applicable (no revenue share under these terms).',
    );
    expect(options(original).plugins.markers.markers).toEqual({});
    for (const row of original.table().rows) expect(row.slice(1)).toEqual(Array(3).fill('not applicable'));
    // Without a cap nothing is owed beyond what is paid.
    const recap = charts(presetValues('recap-2025')).get('revenue-share');
    expect(recap.subtitle).toMatch(/ paid 2025–2030 \(no cap\)\.$/);
    expect(recap.subtitle).not.toMatch(/cap is|cap reached/);
    for (const row of recap.table().rows) expect(row[3]).toBe('not applicable');
    // A cap that is never reached is said so: only when there is a cap.
    const high = { ...amendedValues, shareCap: 500e9 };
    const unreached = charts(high).get('revenue-share');
    expect(unreached.subtitle).toBe('$129.6B paid 2025–2030; the $500.0B total cap is not reached.');
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
    expect(spec.table().rows[0]).toEqual(['2025', '20.0%', '$2.6B', '$2.6B']);
    expect(spec.table().rows[3]).toEqual(['2028', '20.0%', '$18.4B', '$20.0B']);
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
      const stacked = bars.reduce((sum, d) => sum + num(d.data[i]), 0);
      expect(stacked).toBeCloseTo(amended.p.series.computeSpend[i]!, -3);
    });
  });

  it('draws the cumulative spend against the seeds’ $450B through 2030', () => {
    const cumulative = dataset(spec, CUMULATIVE_LABEL).data as number[];
    // The cumulative anchor: exactly $600B from 2025 through 2030 (index 5).
    expect(cumulative[5]).toBeCloseTo(600e9, -3);
  });

  // Issue #8: the reference ran across the whole plot on the left axis's scale and its label covered the bars.
  it('draws the reported ~$450B on the cumulative axis through 2030 only, named in the legend, not over the bars', () => {
    const ref = dataset(spec, SEEDS_LABEL);
    expect(SEEDS_LABEL).toBe('The Information, Oct 2025: ~$450B by 2030');
    expect(ref.type).toBe('line');
    expect(extra(ref).yAxisID).toBe('y1');
    // 2025–2030 (indices 0–5) at $450B; nothing after.
    expect(ref.data).toEqual(amended.p.years.map((y) => (y <= 2030 ? SEEDS_COMPUTE_THROUGH_2030 : null)));
    // A diamond (a reported figure) at 2030 only.
    expect(extra(ref).pointRadius.map((r: number) => r > 0)).toEqual(amended.p.years.map((y) => y === 2030));
    // No text is drawn in the plot: the chart has no markers.
    expect(options(spec).plugins.markers.markers).toEqual({});
  });

  it('says when no contracted capacity sits idle, and draws no idle line', () => {
    expect(amended.p.kpis.idleComputeTotal).toBe(0);
    expect(spec.config.data.datasets.map((d) => d.label)).not.toContain(IDLE_LABEL);
    expect(spec.subtitle).toMatch(/ No contracted capacity sits idle\.$/);
    expect(spec.table().columns.at(-1)).toBe(IDLE_LABEL);
    expect(spec.table().rows[0]!.at(-1)).toBe('$0.0B');
  });

  it('marks idle capacity, inside the bars, as a line of its own stack and a table column', () => {
    const bubble = charts(presetValues('bubble'));
    const s = bubble.get('compute');
    const idle = bubble.p.series.idleCompute;
    expect(idle.some((x) => x > 0)).toBe(true);
    const line = dataset(s, IDLE_LABEL);
    expect(line.type).toBe('line');
    // Its own stack: drawn at its value, not on top of the providers.
    expect(extra(line).stack).toBe('idle');
    expect(line.data).toEqual(idle.map((x) => (x > 0 ? x : null)));
    idle.forEach((x, i) => expect(s.table().rows[i]!.at(-1)).toBe(formatUsd(x)));
    // Idle capacity is paid for, so it is already inside the provider bars: they still sum to the spend.
    const providerBars = s.config.data.datasets.filter((d) => d.type === 'bar');
    bubble.p.years.forEach((_, i) =>
      expect(providerBars.reduce((sum, d) => sum + num(d.data[i]), 0)).toBeCloseTo(
        bubble.p.series.computeSpend[i]!,
        -3,
      ),
    );
    expect(s.subtitle).toContain(
      `${formatUsd(bubble.p.kpis.idleComputeTotal)} of contracted capacity sits idle but is paid for`,
    );
  });

  it('names the year the other clouds together out-pay Azure', () => {
    expect(spec.subtitle).toContain(
      `the other clouds together out-pay Azure from ${amended.p.kpis.partnersExceedAzureYear}`,
    );
  });
});

/** A projection whose Microsoft ledger is set by hand, so the waterfall can be checked with pencil and paper. */
function withLedger(
  p: Projection,
  ledger: Projection['ledger']['microsoft'],
  kpis: Partial<Projection['kpis']>,
): Projection {
  return { ...p, ledger: { ...p.ledger, microsoft: ledger }, kpis: { ...p.kpis, ...kpis } };
}

describe('msftValueChart (waterfall of Microsoft’s ledger)', () => {
  const B = 1e9;
  const ledger = {
    stake: 100 * B,
    revenueShare: 20 * B,
    azureOpenAIMargin: 10 * B,
    azureOpenAIShare: -5 * B,
    profitShare2019: 0,
    hosting: 50 * B,
  };
  // 100 + 20 + 10 − 5 + 0 + 50 = 175.
  const p = withLedger(amended.p, ledger, {
    msftTotalValueNpv: 175 * B,
    msftStakeValueAtMark: 120 * B,
    msftStakeMarkYear: 2026,
  });
  const spec = msftValueChart(p, amendedValues, LIGHT_THEME);
  const [bars, mark] = spec.config.data.datasets;

  it('steps through the parts in ledger order, costs going down, then the total from zero', () => {
    expect(spec.config.data.labels).toEqual([
      MSFT_LEDGER_META.stake.label,
      MSFT_LEDGER_META.revenueShare.label,
      MSFT_LEDGER_META.azureOpenAIMargin.label,
      MSFT_LEDGER_META.azureOpenAIShare.label,
      MSFT_LEDGER_META.hosting.label,
      TOTAL_LABEL,
    ]);
    expect(bars!.data).toEqual([
      [0, 100 * B],
      [100 * B, 120 * B],
      [120 * B, 130 * B],
      [130 * B, 125 * B],
      [125 * B, 175 * B],
      [0, 175 * B],
    ]);
    expect(bars!.backgroundColor).toEqual([
      LIGHT_THEME.stake,
      LIGHT_THEME.positive,
      LIGHT_THEME.positive,
      LIGHT_THEME.negative,
      LIGHT_THEME.positive,
      LIGHT_THEME.total,
    ]);
    expect(extra(bars!).valueLabels).toEqual(['$100.0B', '$20.0B', '$10.0B', '−$5.0B', '$50.0B', '$175.0B']);
  });

  it('leaves out a part that does not apply (zero), and says "not applicable" in the table, never $0.0B', () => {
    expect(spec.config.data.labels).not.toContain(MSFT_LEDGER_META.profitShare2019.label);
    const rows = spec.table().rows;
    expect(spec.table().columns).toEqual(['Part', 'Value', 'Basis']);
    expect(rows.map((r) => r[0]).slice(0, MSFT_PARTS.length)).toEqual(
      MSFT_PARTS.map((part) => MSFT_LEDGER_META[part].label),
    );
    expect(rows[4]).toEqual([
      MSFT_LEDGER_META.profitShare2019.label,
      'not applicable',
      MSFT_LEDGER_META.profitShare2019.basis,
    ]);
    for (const r of rows) expect(r[1]).not.toBe('$0.0B');
  });

  it('gives each part its value and basis in the tooltip and the table', () => {
    const label = options(spec).plugins.tooltip.callbacks.label;
    expect(label({ dataset: bars, dataIndex: 3 })).toEqual([
      `${MSFT_LEDGER_META.azureOpenAIShare.label}: −$5.0B`,
      ...basisLines(MSFT_LEDGER_META.azureOpenAIShare.basis),
    ]);
    expect(
      basisLines('Present value in 2025 at the contracted-cash-flow rate; after Microsoft’s tax'),
    ).toEqual(['Present value in 2025 at the', 'contracted-cash-flow rate', 'after Microsoft’s tax']);
    expect(label({ dataset: bars, dataIndex: 5 })[0]).toBe(`${TOTAL_LABEL}: $175.0B`);
    const rows = spec.table().rows;
    expect(rows[0]).toEqual([MSFT_LEDGER_META.stake.label, '$100.0B', MSFT_LEDGER_META.stake.basis]);
    expect(rows[3]![1]).toBe('−$5.0B');
    expect(rows[6]).toEqual([
      TOTAL_LABEL,
      '$175.0B',
      'Present value in 2025 dollars, after tax: the sum of the parts above',
    ]);
  });

  it('shows the stake at the market mark beside the projected stake, as a point never added', () => {
    expect(mark!.type).toBe('line');
    // On the stake's row only; a point, not a bar, so the total stays the sum of the bars.
    expect(mark!.data).toEqual([120 * B, null, null, null, null, null]);
    expect(mark!.label).toBe('Stake, Mar 2026 mark, pre-tax: $120.0B');
    expect(options(spec).plugins.legend.labels.filter({ datasetIndex: 0 })).toBe(false);
    expect(options(spec).plugins.legend.labels.filter({ datasetIndex: 1 })).toBe(true);
    // The projected stake's figure is written inside its bar, so the diamond is not read as its value.
    expect(extra(bars!).valueLabelsInside).toEqual([true, false, false, false, false, true]);
    // 27% diluted by the $122B raised at $852B post-money: 27% × (1 − 122/852) = 23.1%.
    expect(spec.table().rows[7]).toEqual([
      'Stake at the Mar 2026 round (market mark)',
      '$120.0B',
      'Market mark: 23.1% × $852.0B post-money; not added to the total',
    ]);
    expect(spec.subtitle).toBe(
      `Present value in 2025 dollars, after tax; the stake is projected ($100.0B after the tax on a sale, ${formatUsd(p.kpis.msftStakeValueNpv)} before it). At the Mar 2026 round’s market mark, before tax, it is $120.0B: shown, not added.`,
    );
  });

  it('ends at the headline, the exact sum of the model’s parts', () => {
    for (const id of ['amended-2026', 'recap-2025', 'original-2019', 'bubble']) {
      const { p: q, get } = charts(presetValues(id));
      const data = get('msft-value').config.data.datasets[0]!.data as [number, number][];
      const sum = MSFT_PARTS.reduce((s, part) => s + q.ledger.microsoft[part], 0);
      expect(data.at(-1)).toEqual([0, q.kpis.msftTotalValueNpv]);
      expect(data.at(-2)![1]).toBeCloseTo(sum, -3);
      expect(sum).toBeCloseTo(q.kpis.msftTotalValueNpv, -3);
    }
  });

  it('under the 2019 terms shows the profit share and no stake or mark', () => {
    const { p: q, get } = charts(presetValues('original-2019'));
    const s = get('msft-value');
    expect(s.config.data.labels).not.toContain(MSFT_LEDGER_META.stake.label);
    expect(s.config.data.labels).toContain(MSFT_LEDGER_META.profitShare2019.label);
    expect(s.config.data.datasets).toHaveLength(1);
    expect(options(s).plugins.legend.display).toBe(false);
    expect(s.table().rows[0]![1]).toBe('not applicable');
    expect(s.table().rows[4]![1]).toBe(formatUsd(q.ledger.microsoft.profitShare2019));
    expect(s.subtitle).toBe(
      'Present value in 2025 dollars, after tax. Under the 2019 terms Microsoft holds a profit share, not a stake.',
    );
  });

  it('names the parts in full on a wide chart and shortly on a phone', () => {
    expect(wrapLabel('Azure OpenAI Service, Microsoft’s margin')).toEqual([
      'Azure OpenAI Service,',
      'Microsoft’s margin',
    ]);
    expect(wrapLabel('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
    expect(axisLabel(MSFT_LEDGER_META.azureOpenAIMargin.label, 300)).toEqual(['Azure OpenAI', 'margin']);
    expect(axisLabel(TOTAL_LABEL, 300)).toEqual(['Total']);
    const tick = options(spec).scales.y.ticks.callback;
    const axis = (width: number) => ({
      getLabelForValue: (i: number) => spec.config.data.labels![i]!,
      chart: { width },
    });
    expect(tick.call(axis(800), 0)).toEqual(['Stake in OpenAI', '(projected)']);
    expect(tick.call(axis(300), 0)).toEqual(['Stake', '(projected)']);
  });

  it('writes its texts in the theme’s colours', () => {
    const dark = msftValueChart(p, amendedValues, DARK_THEME);
    expect(options(dark).plugins.valueLabels).toEqual({
      color: DARK_THEME.text,
      insideColor: DARK_THEME.onBar,
    });
  });
});

describe('openaiEconomicsChart', () => {
  const spec = amended.get('openai-economics');

  it('draws operating and free cash flow as bars of one colour each, so the legend swatch matches', () => {
    const operating = dataset(spec, OPERATING_LABEL);
    const free = dataset(spec, FREE_CASH_LABEL);
    expect(operating.type).toBe('bar');
    expect(operating.data).toEqual(amended.p.series.openaiOperatingCashFlow);
    expect(operating.backgroundColor).toBe(LIGHT_THEME.operating);
    expect(free.data).toEqual(amended.p.series.openaiFreeCashFlow);
    expect(free.backgroundColor).toBe(LIGHT_THEME.freeCash);
    expect(LIGHT_THEME.operating).not.toBe(LIGHT_THEME.freeCash);
  });

  it('marks the new equity raised in the years it is raised', () => {
    const funding = dataset(spec, FUNDING_LABEL);
    // 2026 (index 1): the Mar 2026 round's $122B.
    expect(funding.data[1]).toBe(122e9);
    amended.p.series.fundingRaised.forEach((x, i) => expect(funding.data[i]).toBe(x > 0 ? x : null));
    const columns = spec.table().columns;
    expect(spec.table().rows[1]![columns.indexOf(FUNDING_LABEL)]).toBe('$122.0B');
    expect(columns).toContain(FREE_CASH_LABEL);
  });

  it('says "not applicable" for a flow the terms do not have, never $0.0B', () => {
    const columns = spec.table().columns;
    // The Azure OpenAI share ended under the latest terms; the revenue share is paid.
    for (const row of spec.table().rows) {
      expect(row[columns.indexOf('Azure OpenAI share received')]).toBe('not applicable');
      expect(row[columns.indexOf('Revenue share paid')]).not.toBe('not applicable');
    }
    const original = charts(presetValues('original-2019')).get('openai-economics');
    for (const row of original.table().rows)
      expect(row[columns.indexOf('Revenue share paid')]).toBe('not applicable');
  });

  it('marks break-even and says how much equity is raised until then', () => {
    const marker = options(spec).plugins.markers.markers.breakEven;
    expect(marker.value).toBe(5);
    expect(marker.label.content).toBe('Cash-flow positive: 2030');
    expect(spec.subtitle).toBe(
      `Cash-flow positive from 2030, at about ${formatUsd(amended.p.kpis.openaiBreakEvenRevenue!)} of revenue; until then it raises $122.0B of new equity (from 2026, nominal).`,
    );
  });

  it('says so when OpenAI never breaks even', () => {
    const values = { ...amendedValues, horizonEnd: 2030, rev2030: 60e9 };
    const p = project(values);
    const s = buildCharts(p, values, LIGHT_THEME).find((c) => c.id === 'openai-economics')!;
    expect(p.kpis.openaiBreakEvenYear).toBeNull();
    expect(s.subtitle).toBe('Operating cash flow stays negative through the horizon.');
    expect(options(s).plugins.markers.markers.breakEven).toBeUndefined();
  });
});

describe('valuationChart', () => {
  const spec = amended.get('valuation');
  const s = amended.p.series;
  // 2021–2024 come before the model's 2025.
  const H = 4;

  it('puts the reported rounds before and over the model on a labelled year axis', () => {
    expect(spec.config.data.labels!.slice(0, 6)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(options(spec).scales.x.title.text).toBe('Year (model at year end; rounds in the year priced)');
    expect(options(spec).scales.y.type).toBeUndefined();
    const marker = options(spec).plugins.markers.markers.projected;
    expect(marker.value).toBe(3.5);
    expect(marker.label.content).toBe('Model from 2025 →');
  });

  it('shows each reported round as a point: REPORTED_ACTUALS, then Oct 2025 and Mar 2026', () => {
    const rounds = dataset(spec, ROUND_LABEL);
    expect(rounds.type).toBe('line');
    expect(extra(rounds).showLine).toBe(false);
    expect(rounds.data.slice(0, 7)).toEqual([20e9, null, 29e9, 157e9, 500e9, 852e9, null]);
    expect(extra(rounds).notes.slice(0, 6)).toEqual([
      ['2021, post-money'],
      null,
      ['Jan 2023, post-money'],
      ['Oct 2024, post-money'],
      ['Oct 2025, post-money'],
      ['Mar 2026, post-money'],
    ]);
    // Without the 2026 round there is no Mar 2026 point.
    const recap = charts(presetValues('recap-2025')).get('valuation');
    expect(dataset(recap, ROUND_LABEL).data[5]).toBeNull();
  });

  it('stacks the holders’ values, which sum to the model’s equity value each year', () => {
    const holders = spec.config.data.datasets.filter((d) => d.type === 'bar');
    expect(holders.map((d) => d.label)).toEqual(['Microsoft', 'OpenAI Foundation', 'Everyone else']);
    expect(options(spec).scales.y.stacked).toBe(true);
    for (const d of holders) expect(extra(d).stack).toBe('equity');
    // The model line and the rounds are stacks of their own: never added to the holders.
    expect(extra(dataset(spec, MODEL_LABEL)).stack).toBe('model');
    expect(extra(dataset(spec, ROUND_LABEL)).stack).toBe('rounds');
    expect(holders.every((d) => d.data.slice(0, H).every((x) => x === null))).toBe(true);
    amended.p.years.forEach((_, i) => {
      const sum = holders.reduce((t, d) => t + num(d.data[H + i]), 0);
      expect(sum).toBeCloseTo(s.openaiValuation[i]!, -3);
      expect(dataset(spec, MODEL_LABEL).data[H + i]).toBe(s.openaiValuation[i]);
    });
  });

  it('gives the stakes’ percentages in the tooltip', () => {
    const msft = dataset(spec, 'Microsoft');
    // 27% in 2025; 27% × (1 − 122/852) = 23.1% after the Mar 2026 round.
    expect(extra(msft).notes[H]).toEqual(['27.0% of OpenAI (diluted)']);
    expect(extra(msft).notes[H + 1]).toEqual(['23.1% of OpenAI (diluted)']);
    const label = options(spec).plugins.tooltip.callbacks.label;
    expect(label({ dataset: msft, dataIndex: H + 1, parsed: { y: s.msftStakeValue[1] } })).toEqual([
      `Microsoft: ${formatUsd(s.msftStakeValue[1]!)}`,
      '23.1% of OpenAI (diluted)',
    ]);
    const foundation = dataset(spec, 'OpenAI Foundation');
    expect(extra(foundation).notes[H]).toEqual([`${formatPercent(0.26)} of OpenAI (diluted)`]);
  });

  it('tabulates rounds and the model side by side', () => {
    const rows = spec.table().rows;
    expect(rows[0]).toEqual(['2021', '$20.0B (2021)', '—', '—', '—', '—']);
    expect(rows[H + 1]).toEqual([
      '2026',
      '$852.0B (Mar 2026)',
      formatUsd(s.openaiValuation[1]!),
      `${formatUsd(s.msftStakeValue[1]!)} (23.1%)`,
      `${formatUsd(s.foundationStakeValue[1]!)} (${formatPercent(s.foundationStake[1]!)})`,
      formatUsd(s.othersStakeValue[1]!),
    ]);
    expect(spec.subtitle).toBe(
      `The model (cash plus discounted free cash flow) values OpenAI at ${formatUsd(amended.p.kpis.openaiValueAtMark)} at the Mar 2026 round’s date; the round priced it at $852.0B post-money (market mark).`,
    );
  });

  it('under the 2019 terms has no Microsoft stake', () => {
    const v = charts(presetValues('original-2019')).get('valuation');
    expect(v.config.data.datasets.map((d) => d.label)).not.toContain('Microsoft');
    expect(v.table().rows[H]![3]).toBe('not applicable');
    expect(v.subtitle).toMatch(/Under the 2019 terms Microsoft holds a profit share, not a stake\.$/);
  });
});

describe('charts on a phone (issue #8: ~170 px of plot under 3–4 rows of legend)', () => {
  const legend = (spec: ChartSpec) => options(spec).plugins.legend.labels;
  const phone = { width: 340 };
  const desk = { width: 700 };

  it('set a smaller legend on a narrow chart', () => {
    for (const spec of buildCharts(amended.p, amendedValues, LIGHT_THEME)) {
      if (spec.id === 'msft-value') continue; // one legend item
      expect(legend(spec).font({ chart: phone }).size).toBe(11);
      expect(legend(spec).font({ chart: desk }).size).toBe(12);
      expect(legend(spec).padding).toBeLessThanOrEqual(8);
    }
    expect(compactLegend.font({ chart: { width: NARROW_CHART - 1 } }).size).toBe(11);
  });

  it('name series shortly in a narrow legend, in full on a wide one', () => {
    const bubble = { ...presetValues('bubble'), decShare: 0.2 };
    const specs = buildCharts(project(bubble), bubble, LIGHT_THEME);
    const names = (spec: ChartSpec, width: number) =>
      legendItems({ width, data: spec.config.data }, () =>
        spec.config.data.datasets.map((d, i) => ({ text: d.label ?? '', datasetIndex: i })),
      ).map((item) => item.text);
    const compute = specs.find((s) => s.id === 'compute')!;
    expect(names(compute, 340)).toEqual([
      'Azure',
      'Oracle',
      'Stargate',
      'CoreWeave',
      'AWS',
      'Google',
      'Own capacity',
      'Decentralized',
      'Of which idle',
      'Cumulative',
      'Reported ~$450B by 2030',
    ]);
    expect(names(compute, 700)).toEqual(compute.config.data.datasets.map((d) => d.label));
    // Every short name is shorter than the full one, and the full one stays the tooltip's and the table's.
    for (const spec of specs)
      for (const [i, short] of names(spec, 340).entries())
        expect(short.length).toBeLessThanOrEqual(spec.config.data.datasets[i]!.label!.length);
  });
});

describe('marker labels (above the plot, issue #8)', () => {
  it('has a row for each label', () => {
    expect(MARKER_ROW).toBeGreaterThanOrEqual(15);
  });

  it('never puts a label over another marker’s line, nor two labels in one row', () => {
    const lineCrossesLabel = (
      items: { x: number; width: number }[],
      slots: { row: number; left: number }[],
    ): boolean =>
      items.some((a, i) =>
        items.some(
          (b, j) =>
            i !== j &&
            // Line i runs from its label down through the rows below it.
            slots[j]!.row < slots[i]!.row &&
            slots[j]!.left <= a.x &&
            a.x <= slots[j]!.left + b.width,
        ),
      );
    // The revenue share chart on a 320 px phone and on a desktop: the cap reached in 2028 and the last year paid
    // in 2030, two years apart, with labels wider than that; and with the AGI year too.
    for (const [min, max, step] of [
      [2, 260, 16],
      [2, 700, 55],
    ] as const) {
      const at = (i: number) => 60 + step * (i + 0.5);
      const cases = [
        [
          { x: at(3), width: 170 },
          { x: at(5), width: 118 },
        ],
        [
          { x: at(5), width: 118 },
          { x: at(3), width: 170 },
          { x: at(4), width: 110 },
        ],
        [{ x: at(10), width: 120 }],
      ];
      for (const items of cases) {
        const slots = placeMarkerLabels(items, min, max);
        expect(new Set(slots.map((s) => s.row)).size).toBe(items.length);
        expect(slots.every((s) => s.row >= 0 && s.row < items.length)).toBe(true);
        expect(lineCrossesLabel(items, slots), JSON.stringify({ items, slots })).toBe(false);
        // Inside the canvas.
        slots.forEach((s, i) => {
          expect(s.left).toBeGreaterThanOrEqual(min);
          expect(s.left + items[i]!.width).toBeLessThanOrEqual(max);
        });
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { presetValues, project, simulate, type Simulation } from '../../models/index.ts';
import { bandLabel, blankBands, medianLabel, withAlpha, type Bands } from '../../src/lib/charts/bands.ts';
import { hasValueOffBand, isBandEdge, isUpperBandEdge, type ChartSpec } from '../../src/lib/charts/common.ts';
import { histogramChart, HISTOGRAM_ID } from '../../src/lib/charts/histogramChart.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { structureKey } from '../../src/lib/charts/patch.ts';
import { TOTAL_BAND_LABEL } from '../../src/lib/charts/msftValueChart.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import {
  idleDefaults,
  rangeRows,
  withRange,
  withSamples,
  withSeed,
} from '../../src/lib/uncertaintySettings.ts';

const values = presetValues('amended-2026');
const p = project(values);
const sim: Simulation = simulate(values, { samples: 200, seed: 3 });
const bands: Bands = { samples: sim.samples, series: sim.series, headline: sim.kpis.msftTotalValueNpv };

type Dataset = ChartSpec['config']['data']['datasets'][number];
const byLabel = (spec: ChartSpec, label: string): Dataset | undefined =>
  spec.config.data.datasets.find((d) => d.label === label);
const specs = (overlays = {}) => new Map(buildCharts(p, values, LIGHT_THEME, overlays).map((s) => [s.id, s]));

describe('fan bands on the charts', () => {
  const withBands = specs({ bands });
  const without = specs();

  it('draw P90 (an unlisted edge), P10 filled up to it and the median dashed, with the simulation’s numbers', () => {
    const economics = withBands.get('openai-economics')!;
    const ds = economics.config.data.datasets;
    const median = byLabel(economics, medianLabel('Revenue'))!;
    const low = byLabel(economics, bandLabel('Revenue'))!;
    const high = ds[ds.indexOf(low) - 1]!;
    expect(high.data).toEqual(sim.series.openaiRevenue.p90);
    expect(low.data).toEqual(sim.series.openaiRevenue.p10);
    expect(median.data).toEqual(sim.series.openaiRevenue.p50);
    expect((low as { fill?: unknown }).fill).toBe('-1');
    expect((median as { borderDash?: unknown }).borderDash).toEqual([6, 4]);
    expect([isUpperBandEdge(high), isBandEdge(low), isUpperBandEdge(low), isBandEdge(median)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(byLabel(economics, medianLabel('Operating cash flow'))!.data).toEqual(
      sim.series.openaiOperatingCashFlow.p50,
    );
    // The median's tooltip gives the band's range for the year.
    const notes = (median as { notes?: string[][] }).notes!;
    expect(notes[5]).toEqual([
      `80% of 200 simulations: $${(sim.series.openaiRevenue.p10[5]! / 1e9).toFixed(1)}B to $${(sim.series.openaiRevenue.p90[5]! / 1e9).toFixed(1)}B`,
    ]);
    expect(byLabel(withBands.get('revenue-share')!, medianLabel('Paid'))!.data).toEqual(
      sim.series.revenueSharePaid.p50,
    );
  });

  it('keep edges out of the tooltip and the upper edge out of the legend', () => {
    const economics = withBands.get('openai-economics')!;
    const ds = economics.config.data.datasets;
    const low = byLabel(economics, bandLabel('Revenue'))!;
    const item = (d: Dataset) => ({ raw: 1, dataset: d }) as never;
    expect(hasValueOffBand(item(low))).toBe(false);
    expect(hasValueOffBand(item(byLabel(economics, medianLabel('Revenue'))!))).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const filter = (economics.config.options as any).plugins.legend.labels.filter;
    expect(filter({ datasetIndex: ds.indexOf(low) - 1 }, { datasets: ds })).toBe(false);
    expect(filter({ datasetIndex: ds.indexOf(low) }, { datasets: ds })).toBe(true);
  });

  it('give the total of what Microsoft gets a row of its own with its 10th–90th percentile range', () => {
    const msft = withBands.get('msft-value')!;
    const labels = msft.config.data.labels as string[];
    expect(labels.at(-1)).toBe(TOTAL_BAND_LABEL);
    const band = byLabel(msft, TOTAL_BAND_LABEL)!;
    expect(band.data.at(-1)).toEqual([sim.kpis.msftTotalValueNpv.p10, sim.kpis.msftTotalValueNpv.p90]);
    expect(band.data.slice(0, -1).every((x) => x === null)).toBe(true);
    expect(msft.subtitle).toContain('Total: 80% of 200 simulations fall between');
  });

  it('leave every chart as it was without bands', () => {
    for (const [id, spec] of without) {
      expect(
        spec.config.data.datasets.some((d) => isBandEdge(d) || d.label?.includes('simulat')),
        id,
      ).toBe(false);
    }
    expect(without.get('msft-value')!.config.data.labels).not.toContain(TOTAL_BAND_LABEL);
  });

  it('while the scenario shown is not simulated, keep the band datasets empty so the charts are patched, not rebuilt', () => {
    const blank = specs({ bands: blankBands(bands, p.years.length) });
    for (const id of ['revenue-share', 'openai-economics', 'msft-value']) {
      const fresh = withBands.get(id)!;
      const empty = blank.get(id)!;
      expect(structureKey(empty.config), id).toBe(structureKey(fresh.config));
      for (const d of empty.config.data.datasets) {
        if (isBandEdge(d) || (d as { bandMedian?: boolean }).bandMedian || d.label === TOTAL_BAND_LABEL)
          expect(
            d.data.every((x) => x === null),
            `${id}: ${d.label}`,
          ).toBe(true);
      }
    }
    expect(blank.get('msft-value')!.subtitle).not.toContain('simulations');
  });

  it('writes a colour translucent', () => {
    expect(withAlpha('#0f6cbd', 0.25)).toBe('rgba(15, 108, 189, 0.25)');
  });
});

describe('histogramChart', () => {
  const spec = histogramChart(sim, p.kpis.msftTotalValueNpv, LIGHT_THEME);

  it('shows each bin’s share of the simulations, and marks the median and the headline figure', () => {
    expect(spec.id).toBe(HISTOGRAM_ID);
    const shares = spec.config.data.datasets[0]!.data as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares.map((x) => Math.round(x * 200))).toEqual(sim.histogram.counts);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const markers = (spec.config.options as any).plugins.markers.markers;
    const { edges } = sim.histogram;
    const median = sim.kpis.msftTotalValueNpv.p50!;
    expect(edges[markers.median.value]! <= median && median <= edges[markers.median.value + 1]!).toBe(true);
    expect(markers.scenario.label.content).toBe(
      `Headline figure $${(p.kpis.msftTotalValueNpv / 1e9).toFixed(1)}B`,
    );
    const table = spec.table();
    expect(table.rows.length).toBe(sim.histogram.counts.length);
    expect(table.rows[0]![0]).toBe('the lowest');
    expect(table.rows.at(-1)![1]).toBe('the highest');
  });
});

describe('uncertainty settings', () => {
  it('store only what differs from the defaults, and nothing when nothing does', () => {
    const custom = { low: 150e9, high: 300e9, shape: 'normal' as const };
    const a = withRange({}, 'rev2030', custom);
    expect(a).toEqual({ ranges: { rev2030: custom } });
    expect(withRange(a!, 'rev2030', 'default')).toBeUndefined();
    expect(withRange({}, 'rev2030', { low: 200e9, high: 360e9, shape: 'triangular' })).toBeUndefined();
    expect(withRange({}, 'rev2030', 'fixed')).toEqual({ ranges: { rev2030: null } });
    // An assumption without a default range held fixed is simply without a range.
    expect(withRange({ ranges: { shareCap: custom } }, 'shareCap', 'fixed')).toBeUndefined();
    expect(withSeed({ samples: 1000 }, 7)).toEqual({ samples: 1000, seed: 7 });
    expect(withSamples({ samples: 1000 }, undefined)).toBeUndefined();
  });

  it('list the ranges in force with their basis, and the default ranges not in force with why', () => {
    const rows = rangeRows(values, { ranges: { rev2030: null } });
    expect(rows.map((r) => r.id)).not.toContain('rev2030');
    const compute = rows.find((r) => r.id === 'computeTarget')!;
    expect(compute).toMatchObject({
      interval: '$450.0B to $750.0B',
      shape: 'Triangular',
      origin: 'Our assumption',
    });
    expect(compute.cites).toEqual(['the-information-2025-10-compute', 'openai-2026-02-projections']);
    expect(idleDefaults(values, { ranges: { rev2030: null } })).toEqual([
      {
        id: 'rev2030',
        label: 'OpenAI revenue, 2030',
        reason: 'held at its value; its default range is $200.0B to $360.0B',
      },
    ]);
    expect(idleDefaults(presetValues('bubble'), {}).find((d) => d.id === 'rev2030')!.reason).toBe(
      'your value, $100.0B, lies outside its default range ($200.0B to $360.0B), so it is held as set',
    );
  });
});

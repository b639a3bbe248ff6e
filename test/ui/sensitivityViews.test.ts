import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatUsd, presetPin, presetValues, project, tornado } from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { PIN_DASHES } from '../../src/lib/charts/pinLines.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import { HIGH_LABEL, LOW_LABEL, TORNADO_BARS, tornadoChart } from '../../src/lib/charts/tornadoChart.ts';
import { compareTable, NOT_COMPARABLE } from '../../src/lib/compareTable.ts';
import { formatKpi, formatKpiChange } from '../../src/lib/kpiFormat.ts';
import { pinLabel } from '../../src/lib/pins.ts';
import { contrast, difference, VISIONS } from './colourVision.ts';

const values = presetValues('amended-2026');
const p = project(values);

describe('tornadoChart', () => {
  const bars = tornado(values, 'msftTotalValueNpv', { base: p });
  const spec = tornadoChart(bars, 'msftTotalValueNpv', p, values, LIGHT_THEME);

  it('draws the top bars from the figure now to the figure at each end, longest first', () => {
    const [low, high] = spec.config.data.datasets;
    expect([low!.label, high!.label]).toEqual([LOW_LABEL, HIGH_LABEL]);
    expect(spec.config.data.labels).toHaveLength(TORNADO_BARS);
    expect(spec.config.data.labels![0]).toBe('Revenue growth in 2031');
    const now = p.kpis.msftTotalValueNpv;
    expect(low!.data[0]).toEqual([now, bars[0]!.low]);
    expect(high!.data[0]).toEqual([now, bars[0]!.high]);
    expect(spec.subtitle).toContain(`Now ${formatUsd(now)}.`);
  });

  it('lists every bar in the table, in people’s units', () => {
    const table = spec.table();
    expect(table.rows).toHaveLength(bars.length);
    const coe = table.rows.find((r) => r[0] === 'Cost of equity (OpenAI)') ?? table.rows[1]!;
    const bar = bars.find((b) => b.id === 'costOfEquity')!;
    expect(coe.slice(1)).toEqual(['8.0%', formatUsd(bar.low!), '30.0%', formatUsd(bar.high!)]);
  });

  it('reads a year that never comes as "never", drawn at the year after the horizon', () => {
    const years = tornado(values, 'openaiBreakEvenYear', { base: p });
    const chart = tornadoChart(years, 'openaiBreakEvenYear', p, values, LIGHT_THEME);
    const i = years.findIndex((b) => b.high === null);
    expect(i).toBeGreaterThanOrEqual(0);
    expect((chart.config.data.datasets[1]!.data[i] as [number, number])[1]).toBe(values.horizonEnd + 1);
    expect(chart.table().rows[i]![4]).toBe('never');
  });
});

describe('formatKpi and formatKpiChange', () => {
  it('write a figure and a difference in the figure’s unit', () => {
    expect(formatKpi('msftTotalValueNpv', 249.2e9)).toBe('$249.2B');
    expect(formatKpi('openaiBreakEvenYear', null)).toBe('never');
    expect(formatKpi('msftStakeValueAtMark', null)).toBe('not applicable');
    expect(formatKpi('msftMultipleOnInvestment', 4.25)).toBe('4.3×');
    expect(formatKpiChange('msftTotalValueNpv', 251.3e9, 249.2e9)).toBe('+$2.1B');
    expect(formatKpiChange('openaiBreakEvenYear', 2031, 2029)).toBe('+2 years');
    expect(formatKpiChange('openaiBreakEvenYear', null, 2029)).toBe('never (vs 2029)');
    expect(formatKpiChange('msftMultipleOnInvestment', 3, 4.5)).toBe('−1.5×');
    expect(formatKpiChange('msftTotalValueNpv', 1, 1)).toBe('same');
  });
});

describe('compareTable', () => {
  it('puts each headline figure beside the pinned scenarios’, with the difference and the basis', () => {
    const seeds = presetValues('seeds-2025');
    const q = project(seeds);
    const rows = compareTable({ label: 'Now', projection: p, values }, [
      { label: pinLabel(presetPin('seeds-2025'), 0), projection: q, values: seeds },
    ]);
    const headline = rows.find((r) => r.id === 'msftTotalValueNpv')!;
    expect(headline.figures).toEqual([
      formatUsd(p.kpis.msftTotalValueNpv),
      formatUsd(q.kpis.msftTotalValueNpv),
    ]);
    expect(headline.differences).toEqual([
      formatKpiChange('msftTotalValueNpv', q.kpis.msftTotalValueNpv, p.kpis.msftTotalValueNpv),
    ]);
    expect(headline.basis).toBe('Present value in 2025 dollars, after tax; the stake is projected');
    expect(rows.map((r) => r.id)).toContain('openaiBreakEvenYear');
  });

  it('never subtracts figures on different bases, nor a figure that does not apply', () => {
    // recap-2025's stake is marked at the Oct 2025 round, the latest terms' at the Mar 2026 round; recap-2025 has
    // no cap, so what the cap saves does not apply to it.
    const recap = presetValues('recap-2025');
    const rows = compareTable({ label: 'Now', projection: p, values }, [
      { label: 'Pin 1', projection: project(recap), values: recap },
    ]);
    const mark = rows.find((r) => r.id === 'msftStakeValueAtMark')!;
    expect(mark.differences).toEqual([NOT_COMPARABLE]);
    expect(mark.pinBases[0]).not.toBeNull();
    expect(mark.pinBases[0]).not.toBe(mark.basis);
    const cap = rows.find((r) => r.id === 'openaiCapSavingThrough2030')!;
    expect(cap.figures[1]).toBe('not applicable');
    expect(cap.differences).toEqual([NOT_COMPARABLE]);
    const headline = rows.find((r) => r.id === 'msftTotalValueNpv')!;
    expect(headline.pinBases).toEqual([null]);
    expect(headline.differences[0]).not.toBe(NOT_COMPARABLE);
  });

  it('names a pin by its preset and how many changes it freezes', () => {
    const pin = {
      preset: 'seeds-2025',
      values: { ...presetValues('seeds-2025'), shareEnd: 0.1, rev2030: 2e11 },
    };
    expect(pinLabel(pin, 1)).toBe('Pin 2: As the 2025 seed texts report it (+2 changes)');
    expect(pinLabel(presetPin('bubble'), 0)).toBe('Pin 1: What if the AI bubble deflates?');
  });
});

describe('pins over the charts', () => {
  const pins = [presetPin('seeds-2025'), presetPin('original-2019'), presetPin('bubble')].map((pin, i) => ({
    label: pinLabel(pin, i),
    projection: project(pin.values),
  }));

  it('adds one dashed line per pin to each chart with a line to draw, aligned by year, and points to the waterfall', () => {
    const charts = buildCharts(p, values, LIGHT_THEME, { pins });
    for (const spec of charts) {
      const added = spec.config.data.datasets.filter((d) => d.label?.startsWith('Pin '));
      expect(added, spec.id).toHaveLength(3);
    }
    const valuation = charts.find((c) => c.id === 'valuation')!;
    const line = valuation.config.data.datasets.find(
      (d) => d.label === `${pins[0]!.label}: equity value (model)`,
    )!;
    const labels = valuation.config.data.labels as string[];
    // Years before 2025 (reported rounds only) are empty; 2030 is the pin's own 2030.
    expect(line.data[0]).toBeNull();
    expect(line.data[labels.indexOf('2030')]).toBe(pins[0]!.projection.series.openaiValuation[5]);
    expect((line as { borderDash?: number[] }).borderDash).toEqual(PIN_DASHES[0]);
    const waterfall = charts.find((c) => c.id === 'msft-value')!;
    const total = waterfall.config.data.datasets.find((d) => d.label === `${pins[1]!.label}: total`)!;
    expect(total.data.at(-1)).toBe(pins[1]!.projection.kpis.msftTotalValueNpv);
  });

  it('leaves the charts as they were without pins', () => {
    expect(JSON.stringify(buildCharts(p, values, LIGHT_THEME, {}))).toBe(
      JSON.stringify(buildCharts(p, values, LIGHT_THEME)),
    );
  });

  const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
  const [light, dark] = [...css.matchAll(/--surface:\s*(#[0-9a-f]{3,6})/gi)].map((m) => m[1]!);
  it.each([
    ['light', LIGHT_THEME, light!],
    ['dark', DARK_THEME, dark!],
  ])(
    'gives pins colours apart from each other in every vision and ≥ 3:1 on the card (%s)',
    (_n, theme, surface) => {
      const failures: string[] = [];
      theme.pins.forEach((a, i) => {
        if (contrast(a, surface) < 3)
          failures.push(`pin ${i + 1} contrast ${contrast(a, surface).toFixed(2)}`);
        theme.pins.slice(i + 1).forEach((b, j) => {
          for (const v of VISIONS) {
            const d = difference(a, b, v, surface);
            if (d < 12) failures.push(`pins ${i + 1}/${i + j + 2} ${v}: ΔE00 ${d.toFixed(1)}`);
          }
        });
      });
      expect(failures).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { valueLabelPlugin } from '../../src/lib/charts/valueLabelPlugin.ts';

interface Call {
  text: string;
  x: number;
  y: number;
  align: string;
  fill: string;
}

/** A chart.js chart as far as the plugin reads it: horizontal bars at given pixels, a value scale of 1 px per unit. */
function fakeChart(dataset: Record<string, unknown>, bars: { x: number; base: number; y: number }[]) {
  const calls: Call[] = [];
  const ctx = {
    font: '',
    fillStyle: '',
    textAlign: 'left',
    textBaseline: 'middle',
    save() {},
    restore() {},
    // Every character 6 px wide.
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillText(text: string, x: number, y: number) {
      calls.push({ text, x, y, align: this.textAlign, fill: this.fillStyle });
    },
  };
  const chart = {
    ctx,
    width: 500,
    options: { indexAxis: 'y', font: { family: 'system-ui' } },
    data: { datasets: [dataset] },
    scales: { x: { getPixelForValue: (v: number) => v } },
    isDatasetVisible: () => true,
    getDatasetMeta: () => ({
      type: 'bar',
      data: bars.map((b) => ({ getProps: () => b })),
    }),
  };
  const draw = valueLabelPlugin.afterDatasetsDraw as unknown as (
    chart: unknown,
    args: unknown,
    options: unknown,
  ) => void;
  draw(chart, {}, { color: 'black', insideColor: 'white' });
  return calls;
}

describe('valueLabelPlugin', () => {
  it('writes each text after the end of its bar, whichever way the bar goes', () => {
    const calls = fakeChart({ valueLabels: ['$100.0B', '−$5.0B', null] }, [
      { x: 100, base: 0, y: 10 },
      { x: 125, base: 130, y: 30 },
      { x: 140, base: 125, y: 50 },
    ]);
    expect(calls).toEqual([
      { text: '$100.0B', x: 104, y: 10, align: 'left', fill: 'black' },
      { text: '−$5.0B', x: 134, y: 30, align: 'left', fill: 'black' },
    ]);
  });

  it('writes a text inside its bar when asked and it fits, else after the point beside the bar', () => {
    const wide = fakeChart({ valueLabels: ['$100.0B'], valueLabelsInside: [true], valueLabelsClear: [120] }, [
      { x: 100, base: 0, y: 10 },
    ]);
    // 7 characters, 42 px, fit in a 100 px bar: right-aligned 5 px inside its end, in the inside colour.
    expect(wide).toEqual([{ text: '$100.0B', x: 95, y: 10, align: 'right', fill: 'white' }]);
    const narrow = fakeChart(
      { valueLabels: ['$30.0B'], valueLabelsInside: [true], valueLabelsClear: [120] },
      [{ x: 30, base: 0, y: 10 }],
    );
    // Too narrow: after the point at 120 (10 px for the point, 4 px gap).
    expect(narrow).toEqual([{ text: '$30.0B', x: 134, y: 10, align: 'left', fill: 'black' }]);
  });

  it('draws nothing for a dataset without texts', () => {
    expect(fakeChart({}, [{ x: 100, base: 0, y: 10 }])).toEqual([]);
  });
});

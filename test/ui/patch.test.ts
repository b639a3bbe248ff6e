import { describe, expect, it } from 'vitest';
import { presetValues, project, type ScenarioValues } from '../../models/index.ts';
import { patchChart, structureKey, type PatchableChart } from '../../src/lib/charts/patch.ts';
import { revenueShareChart } from '../../src/lib/charts/revenueShareChart.ts';
import { msftValueChart } from '../../src/lib/charts/msftValueChart.ts';
import { openaiEconomicsChart } from '../../src/lib/charts/openaiEconomicsChart.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/lib/charts/theme.ts';

const amended = presetValues('amended-2026');
const shareChart = (v: ScenarioValues, theme = LIGHT_THEME) => revenueShareChart(project(v), v, theme).config;

describe('structureKey', () => {
  it('is the same when only numbers change', () => {
    expect(structureKey(shareChart({ ...amended, shareCap: 30e9 }))).toBe(structureKey(shareChart(amended)));
  });

  it('changes when a dataset or a marker appears or the theme changes', () => {
    // Without the cap there are no ghost bars and no "cap reached" marker.
    expect(structureKey(shareChart({ ...amended, shareCapOn: false }))).not.toBe(
      structureKey(shareChart(amended)),
    );
    expect(structureKey(shareChart(amended, DARK_THEME))).not.toBe(structureKey(shareChart(amended)));
  });
});

describe('patchChart', () => {
  it('copies data and marker positions into the live chart, keeping its options', () => {
    const before = openaiEconomicsChart(project(amended), LIGHT_THEME).config;
    const after = openaiEconomicsChart(project({ ...amended, computeTarget: 450e9 }), LIGHT_THEME).config;
    // A live chart holds its own copies of data and options.
    const live = structuredClone({
      data: { labels: before.data.labels, datasets: before.data.datasets.map((d) => ({ ...d })) },
      options: { plugins: { markers: (before.options!.plugins as { markers: unknown }).markers } },
    }) as PatchableChart;
    const liveOptions = live.options;
    patchChart(live, after);

    expect(live.options).toBe(liveOptions);
    after.data.datasets.forEach((d, i) => expect(live.data.datasets[i]!.data).toEqual(d.data));
    // $450B of compute instead of $600B brings break-even forward from 2030 (index 5) to 2029 (index 4).
    const marker = live.options.plugins!.markers!.markers!.breakEven!;
    expect(marker.value).toBe(4);
    expect(marker.label!.content).toBe('Cash-flow positive: 2029');
  });

  it('copies per-bar colours, tooltip notes and bar texts, so a tooltip never describes the last projection', () => {
    const waterfall = (v: ScenarioValues) => msftValueChart(project(v), v, LIGHT_THEME).config;
    const before = waterfall(amended);
    // Raising the Azure OpenAI share makes a part appear (a cost), with its own colour, note and text.
    const after = waterfall({ ...amended, azureShareRate: 0.2 });
    const live = structuredClone({
      data: { labels: before.data.labels, datasets: before.data.datasets.map((d) => ({ ...d })) },
      options: {},
    }) as PatchableChart;
    patchChart(live, after);
    const [bars] = after.data.datasets as unknown as Record<string, unknown>[];
    expect(live.data.labels).toEqual(after.data.labels);
    for (const key of [
      'data',
      'backgroundColor',
      'notes',
      'valueLabels',
      'valueLabelsInside',
      'valueLabelsClear',
    ])
      expect(live.data.datasets[0]![key], key).toEqual(bars![key]);
    expect(bars!.backgroundColor).toContain(LIGHT_THEME.negative);
  });
});

// Issue #8: "Colours for adjacent series must be distinguishable, including for the common colour-vision
// deficiencies" (CoreWeave and AWS were near-identical yellow and orange), and the dark page's "Owed without the
// cap" bars were barely visible. Every chart's series are read from the charts themselves, in legend order, and
// seen as people with protanopia, deuteranopia and tritanopia see them (Machado et al. 2009, severity 1.0); the
// difference between neighbours is CIEDE2000.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { presetValues, PROVIDERS, project, type ScenarioValues } from '../../models/index.ts';
import type { ChartSpec } from '../../src/lib/charts/common.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { DARK_THEME, LIGHT_THEME, type ChartTheme } from '../../src/lib/charts/theme.ts';
import { contrast, deltaE2000, difference, lab, linearRgb, simulate, VISIONS } from './colourVision.ts';

/** Neighbours in a stack or a legend must differ by at least this much (CIEDE2000) for every vision. */
const ADJACENT = 12;
/** Any two providers of the compute stack (eight colours told apart by the legend alone). */
const ANY_PROVIDER = 10;

/** The card's background in each theme, as the page's stylesheet sets it. */
function surfaces(): { light: string; dark: string } {
  const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
  const [light, dark] = [...css.matchAll(/--surface:\s*(#[0-9a-f]{3,6})/gi)].map((m) => m[1]!);
  return { light: light!, dark: dark! };
}
const SURFACE = surfaces();

const THEMES: readonly [string, ChartTheme, string][] = [
  ['light', LIGHT_THEME, SURFACE.light],
  ['dark', DARK_THEME, SURFACE.dark],
];

/** Scenarios that between them show every series: idle capacity, decentralized networks, the 2019 terms. */
const SCENARIOS: readonly [string, ScenarioValues][] = [
  ['amended-2026', presetValues('amended-2026')],
  ['bubble + decentralized', { ...presetValues('bubble'), decShare: 0.2 }],
  ['original-2019', presetValues('original-2019')],
  ['azure share', { ...presetValues('amended-2026'), azureShareRate: 0.2 }],
];

interface Series {
  readonly label: string;
  readonly colour: string;
  /** How it is drawn: series of different kinds (a bar and a line, a solid and a dashed line) differ by shape. */
  readonly kind: string;
}

type Dataset = ChartSpec['config']['data']['datasets'][number];

/** A chart's series in legend order, each with the colour that tells it apart and how it is drawn. */
function series(spec: ChartSpec): Series[] {
  return spec.config.data.datasets.flatMap((d: Dataset) => {
    const x = d as Dataset & {
      backgroundColor?: unknown;
      borderColor?: unknown;
      borderDash?: unknown;
      showLine?: boolean;
      pointStyle?: string;
    };
    if (d.type === 'bar') {
      // The waterfall: one bar per ledger part, each its own colour, in order.
      if (Array.isArray(x.backgroundColor))
        return (x.backgroundColor as string[]).map((colour, i) => ({
          label: String(spec.config.data.labels?.[i]),
          colour,
          kind: 'bar',
        }));
      return [{ label: d.label ?? '', colour: x.backgroundColor as string, kind: 'bar' }];
    }
    const kind =
      x.showLine === false ? `point:${x.pointStyle ?? 'circle'}` : x.borderDash ? 'dashed line' : 'line';
    return [
      {
        label: d.label ?? '',
        colour: (x.showLine === false ? x.backgroundColor : x.borderColor) as string,
        kind,
      },
    ];
  });
}

describe('colour-vision simulation (test/ui/colourVision.ts)', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal (2005) tabulate it', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it('maps white to L* 100 and keeps greys grey for every vision', () => {
    expect(lab(linearRgb('#ffffff'))[0]).toBeCloseTo(100, 3);
    for (const v of VISIONS) {
      const [, a, b] = lab(simulate(linearRgb('#808080'), v));
      expect(Math.hypot(a, b)).toBeLessThan(1);
    }
  });

  it('confuses red and green for protanopes and deuteranopes, blue and green for tritanopes', () => {
    const red = '#d62728';
    const green = '#2ca02c';
    expect(difference(red, green, 'normal', '#fff')).toBeGreaterThan(50);
    expect(difference(red, green, 'deuteranopia', '#fff')).toBeLessThan(
      difference(red, green, 'normal', '#fff') / 2,
    );
    expect(difference(red, green, 'protanopia', '#fff')).toBeLessThan(
      difference(red, green, 'normal', '#fff') / 2,
    );
    expect(difference('#1f77b4', '#17becf', 'tritanopia', '#fff')).toBeLessThan(
      difference('#1f77b4', '#17becf', 'normal', '#fff'),
    );
  });

  it('composites a translucent colour over the card before comparing', () => {
    expect(contrast('rgba(0, 0, 0, 0)', '#ffffff', '#ffffff')).toBeCloseTo(1, 6);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});

describe.each(THEMES)('chart palette, %s theme', (_name, theme, surface) => {
  it('tells every pair of neighbouring series apart, for normal vision and the three dichromacies', () => {
    const failures: string[] = [];
    for (const [scenario, values] of SCENARIOS) {
      for (const spec of buildCharts(project(values), values, theme)) {
        const list = series(spec);
        for (let i = 0; i + 1 < list.length; i++) {
          const [a, b] = [list[i]!, list[i + 1]!];
          // Same colour on purpose (two gains in a row in the waterfall), or told apart by shape.
          if (a.colour === b.colour || a.kind !== b.kind) continue;
          for (const v of VISIONS) {
            const d = difference(a.colour, b.colour, v, surface);
            if (d < ADJACENT)
              failures.push(`${scenario} ${spec.id}: ${a.label} / ${b.label}, ${v}: ΔE00 ${d.toFixed(1)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('tells any two compute providers apart (the legend is the only key)', () => {
    const colours = [theme.azure, ...theme.providers];
    expect(colours).toHaveLength(PROVIDERS.length);
    const failures: string[] = [];
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++)
        for (const v of VISIONS) {
          const d = difference(colours[i]!, colours[j]!, v, surface);
          if (d < ANY_PROVIDER)
            failures.push(`${PROVIDERS[i]!.label} / ${PROVIDERS[j]!.label}, ${v}: ΔE00 ${d.toFixed(1)}`);
        }
    expect(failures).toEqual([]);
  });

  it('CoreWeave and AWS, neighbours in the stack, are far apart for every vision', () => {
    const at = (id: string) => theme.providers[PROVIDERS.findIndex((p) => p.id === id) - 1]!;
    for (const v of VISIONS)
      expect(difference(at('coreweave'), at('aws'), v, surface)).toBeGreaterThanOrEqual(ADJACENT);
  });

  it('draws "Owed without the cap" at 3:1 or more against the card (a graphical object), apart from "Paid"', () => {
    expect(contrast(theme.shareGhost, surface, surface)).toBeGreaterThanOrEqual(3);
    for (const v of VISIONS)
      expect(difference(theme.shareGhost, theme.share, v, surface)).toBeGreaterThanOrEqual(ADJACENT);
  });

  it('draws every line at 3:1 or more against the card', () => {
    for (const colour of [theme.rate, theme.revenue, theme.cost, theme.text, theme.idle, theme.marker])
      expect(contrast(colour, surface, surface), colour).toBeGreaterThanOrEqual(3);
  });
});

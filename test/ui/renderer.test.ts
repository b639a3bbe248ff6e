import { describe, expect, it } from 'vitest';
import { presetValues, project, type ScenarioValues } from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import type { FromRenderer } from '../../src/lib/charts/protocol.ts';
import { ChartRenderer, fingerprint, hash, liveDigest, REST_MS } from '../../src/lib/charts/renderer.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/lib/charts/theme.ts';

const amended = presetValues('amended-2026');
const configs = (v: ScenarioValues, theme = LIGHT_THEME) =>
  Object.fromEntries(buildCharts(project(v), v, theme).map((s) => [s.id, s.config]));

describe('hash', () => {
  it('is 32-bit FNV-1a (its published test vectors)', () => {
    expect(hash('')).toBe('811c9dc5');
    expect(hash('a')).toBe('e40c292c');
    expect(hash('foobar')).toBe('bf9cf968');
  });
});

describe('fingerprint', () => {
  it('is equal for two builds of the same scenario, so an unchanged chart is not redrawn', () => {
    const a = configs(amended);
    const b = configs({ ...amended });
    for (const id of Object.keys(a)) expect(fingerprint(b[id]!), id).toBe(fingerprint(a[id]!));
  });

  it('differs when a chart’s numbers, its markers or the theme change', () => {
    const base = configs(amended);
    // A higher cap is reached later: the paid bars and the "cap reached" marker move.
    const cap = configs({ ...amended, shareCap: 60e9 });
    expect(fingerprint(cap['revenue-share']!)).not.toBe(fingerprint(base['revenue-share']!));
    const dark = configs(amended, DARK_THEME);
    expect(fingerprint(dark['compute']!)).not.toBe(fingerprint(base['compute']!));
  });

  it('is the same for the charts a change does not reach', () => {
    // The cap changes what OpenAI pays Microsoft, not what compute costs.
    const base = configs(amended);
    const cap = configs({ ...amended, shareCap: 60e9 });
    expect(fingerprint(cap['compute']!)).toBe(fingerprint(base['compute']!));
  });
});

describe('liveDigest', () => {
  it('hashes the labels and every dataset’s name and data', () => {
    const data = { labels: ['2025', '2026'], datasets: [{ label: 'Paid', data: [1, 2] }] };
    expect(liveDigest({ data } as never)).toBe(hash('[["2025","2026"],[["Paid",[1,2]]]]'));
  });
});

describe('ChartRenderer', () => {
  function fakeHost() {
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const reports: FromRenderer[] = [];
    const host = {
      offscreen: true,
      report: (m: FromRenderer) => reports.push(m),
      frame: (draw: () => void) => frames.push(draw),
      later: (task: () => void, ms: number) => {
        expect(ms).toBe(REST_MS);
        timers.push(task);
        return () => timers.splice(timers.indexOf(task), 1);
      },
    };
    return { host, frames, timers, reports };
  }
  const scenario = (version: number, values: ScenarioValues) =>
    ({
      type: 'scenario',
      version,
      projection: project(values),
      values,
      theme: 'light',
      overlays: {},
    }) as const;

  it('draws once per frame, the latest scenario', () => {
    const { host, frames, reports } = fakeHost();
    const renderer = new ChartRenderer(host);
    renderer.handle(scenario(1, amended));
    renderer.handle(scenario(2, { ...amended, shareCap: 50e9 }));
    const latest = { ...amended, shareCap: 60e9 };
    renderer.handle(scenario(3, latest));
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(reports).toEqual([{ type: 'drawn', version: 3, charts: {}, live: 0 }]);
  });

  it('waits for the scenario to rest before the charts off screen, once per rest', () => {
    const { host, timers } = fakeHost();
    const renderer = new ChartRenderer(host);
    renderer.handle(scenario(1, amended));
    renderer.handle(scenario(2, amended));
    expect(timers).toHaveLength(1); // the first rest was cancelled by the second scenario
  });

  /** A canvas whose 2D context draws nothing: enough for chart.js to create, lay out and "draw" a chart. */
  function fakeCanvas(): OffscreenCanvas {
    const context: object = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (key === 'measureText') return (text: string) => ({ width: 6 * String(text).length });
          if (key === 'canvas') return canvas;
          return () => undefined;
        },
        set: () => true,
      },
    );
    const canvas = { width: 300, height: 150, getContext: () => context };
    return canvas as unknown as OffscreenCanvas;
  }

  it('creates the charts on screen one per frame, in page order, the first without waiting for the others', () => {
    const { host, frames, reports } = fakeHost();
    const renderer = new ChartRenderer(host);
    const size = { width: 300, height: 150, dpr: 1 };
    const ids = ['revenue-share', 'compute', 'valuation'];
    for (const id of ids) renderer.handle({ type: 'attach', id, canvas: fakeCanvas(), size, visible: true });
    renderer.handle({ type: 'attach', id: 'msft-value', canvas: fakeCanvas(), size, visible: false });
    renderer.handle(scenario(1, amended));
    const drawn = () => {
      expect(frames).toHaveLength(1);
      frames.shift()!();
      const report = reports.at(-1)!;
      return report.type === 'drawn' ? Object.keys(report.charts) : report;
    };
    expect(drawn()).toEqual(['revenue-share']);
    expect(drawn()).toEqual(['compute']);
    expect(drawn()).toEqual(['valuation']);
    expect(frames).toHaveLength(0); // the chart off screen waits for the rest
    // A later scenario updates every live chart on screen in one frame: only creating is spread.
    renderer.handle(scenario(2, { ...amended, shareCap: 60e9 }));
    expect(drawn()).toEqual(['revenue-share', 'compute', 'valuation']);
  });

  it('reports a chart it cannot draw instead of throwing', () => {
    const { host, reports } = fakeHost();
    const renderer = new ChartRenderer({ ...host, frame: (draw) => draw() });
    const size = { width: 1, height: 1, dpr: 1 };
    renderer.handle({ type: 'attach', id: 'compute', canvas: null as never, size, visible: true });
    expect(() => renderer.handle(scenario(1, amended))).not.toThrow();
    expect(reports.map((r) => r.type)).toEqual(['failed']);
  });
});

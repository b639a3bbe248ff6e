import { describe, expect, it } from 'vitest';
import { LATEST_PRESET_ID, presetValues, project, tornado } from '../../models/index.ts';
import { buildCharts } from '../../src/lib/charts/index.ts';
import { LIGHT_THEME } from '../../src/lib/charts/theme.ts';
import {
  EMBED_CHARTS,
  embedSnippet,
  embedUrl,
  KEY_SLIDER_COUNT,
  KEY_SLIDERS,
  readPageMode,
} from '../../src/lib/embed.ts';

describe('readPageMode', () => {
  it('takes embed out of the link and keeps the rest as written, fragment included', () => {
    expect(readPageMode('?preset=seeds-2025&v=2&embed=compute&shareEnd=10', '#figures')).toEqual({
      embed: 'compute',
      query: '?preset=seeds-2025&v=2&shareEnd=10#figures',
      problems: [],
    });
    expect(readPageMode('?embed=msft-value')).toEqual({ embed: 'msft-value', query: '', problems: [] });
    // Text the codec repairs (a stray "?", an unknown setting) reaches it untouched, to be reported there.
    expect(readPageMode('?embed=valuation&x=1?shareCap=50').query).toBe('?x=1?shareCap=50');
  });

  it('leaves a link without embed exactly as it was', () => {
    expect(readPageMode('?preset=bubble&v=2&rev2030=120', '')).toEqual({
      embed: undefined,
      query: '?preset=bubble&v=2&rev2030=120',
      problems: [],
    });
    expect(readPageMode('', '')).toEqual({ embed: undefined, query: '', problems: [] });
  });

  it('names an unknown chart, lists the known ones, and shows the whole page', () => {
    const mode = readPageMode('?embed=pie&shareCap=50');
    expect(mode.embed).toBeUndefined();
    expect(mode.query).toBe('?shareCap=50');
    expect(mode.problems).toEqual([
      {
        kind: 'unknown-key',
        key: 'embed',
        message:
          'No chart "pie" to embed: showing the whole page. ' +
          'Charts: revenue-share, compute, msft-value, openai-economics, valuation.',
      },
    ]);
    expect(readPageMode('?embed=').problems[0]?.message).toMatch(/^No chart "" to embed/);
    expect(readPageMode(`?embed=${'x'.repeat(100)}`).problems[0]?.message).toContain(`"${'x'.repeat(40)}…"`);
  });
});

describe('embed charts', () => {
  it('are the page’s charts, with the titles their cards show', () => {
    const specs = buildCharts(
      project(presetValues(LATEST_PRESET_ID)),
      presetValues(LATEST_PRESET_ID),
      LIGHT_THEME,
    );
    expect(EMBED_CHARTS.map((c) => [c.id, c.title])).toEqual(specs.map((s) => [s.id, s.title]));
  });

  it('offer as key sliders the top of each chart’s tornado under the latest terms (re-measure when this fails)', () => {
    const values = presetValues(LATEST_PRESET_ID);
    for (const chart of EMBED_CHARTS) {
      const measured = tornado(values, chart.figure)
        .slice(0, KEY_SLIDER_COUNT)
        .map((b) => b.id);
      expect(KEY_SLIDERS[chart.id], chart.id).toEqual(measured);
    }
  });
});

describe('embedSnippet', () => {
  it('writes an iframe of the chart with the scenario, a title, a size and lazy loading', () => {
    const app = 'https://example.org/deal/';
    expect(embedUrl(app, 'preset=bubble&v=2', 'compute')).toBe(
      'https://example.org/deal/?preset=bubble&v=2&embed=compute',
    );
    expect(
      embedSnippet({
        app,
        query: 'preset=bubble&v=2&shareCap=50',
        chart: 'msft-value',
        title: 'What Microsoft gets',
        width: 600,
        height: 450,
      }),
    ).toBe(
      '<iframe src="https://example.org/deal/?preset=bubble&amp;v=2&amp;shareCap=50&amp;embed=msft-value" ' +
        'title="Deal Explorer: What Microsoft gets" width="600" height="450" loading="lazy" ' +
        'style="border:0;max-width:100%"></iframe>',
    );
  });

  it('escapes what would end an attribute', () => {
    const s = embedSnippet({
      app: 'https://x/',
      query: 'a="b"',
      chart: 'compute',
      title: 'A "b" <c>',
      width: 1,
      height: 1,
    });
    expect(s).toContain('src="https://x/?a=&quot;b&quot;&amp;embed=compute"');
    expect(s).toContain('title="Deal Explorer: A &quot;b&quot; &lt;c&gt;"');
  });
});

import type { KpiId, LinkProblem, ParamId, Projection } from '../../models/index.ts';

/**
 * One chart as an embed (`?embed=<id>`) shows it: the headline card that sums it up, and the assumptions that move
 * it most. `figure` is the number the chart is about; `KEY_SLIDERS` are the top of its tornado under the latest
 * terms (test/ui/embed.test.ts re-measures them).
 */
export interface EmbedChart {
  readonly id: string;
  /** As the chart's card titles it (the snippet's iframe title and the chart picker say it). */
  readonly title: string;
  /** The headline card shown beside the chart. */
  readonly card: KpiId;
  /** What the key sliders are measured on (the number the chart is about). */
  readonly figure: (p: Projection) => number | null;
}

export const EMBED_CHARTS = [
  {
    id: 'revenue-share',
    title: 'Revenue share, OpenAI → Microsoft',
    card: 'revenueSharePaidThrough2030',
    figure: (p) => p.kpis.revenueSharePaidThrough2030,
  },
  {
    id: 'compute',
    title: 'OpenAI compute spend by provider',
    card: 'azureRevenueThrough2030',
    figure: (p) => p.kpis.computeSpendThrough2030,
  },
  {
    id: 'msft-value',
    title: 'What Microsoft gets',
    card: 'msftTotalValueNpv',
    figure: (p) => p.kpis.msftTotalValueNpv,
  },
  {
    id: 'openai-economics',
    title: "OpenAI's economics",
    card: 'openaiBreakEvenYear',
    figure: (p) => p.ledger.openai.cashToRaiseUntilBreakEven,
  },
  {
    id: 'valuation',
    title: 'OpenAI’s equity value and who holds it',
    card: 'openaiValueAtMark',
    figure: (p) => p.kpis.openaiValue2026,
  },
] as const satisfies readonly EmbedChart[];

export type EmbedChartId = (typeof EMBED_CHARTS)[number]['id'];

/** How many assumptions an embed offers: three fit beside or under the chart in a 600×450 or 360×640 frame. */
export const KEY_SLIDER_COUNT = 3;

/**
 * Each chart's key sliders: `tornado(latest terms, chart.figure)` as last measured, written out so an embed pays
 * nothing for it at load (the tornado takes a few milliseconds).
 */
export const KEY_SLIDERS: Readonly<Record<EmbedChartId, readonly ParamId[]>> = {
  'revenue-share': ['shareCap', 'shareStart', 'shareLastYear'],
  compute: ['computeTargetYear', 'computeTarget', 'oracleYears'],
  'msft-value': ['revGrowth2031', 'costOfEquity', 'rev2030'],
  'openai-economics': ['gmEnd', 'opexShare', 'computeTargetYear'],
  valuation: ['revGrowth2031', 'costOfEquity', 'rev2030'],
};

export function isEmbedChart(id: string): id is EmbedChartId {
  return EMBED_CHARTS.some((c) => c.id === id);
}

export function embedChart(id: EmbedChartId): (typeof EMBED_CHARTS)[number] {
  return EMBED_CHARTS.find((c) => c.id === id)!;
}

/** The page's mode, read from its address before the scenario is: `embed` is no part of the scenario. */
export interface PageMode {
  /** The chart to show on its own, when the link names a known one. */
  readonly embed: EmbedChartId | undefined;
  /** The link less its `embed` setting, for the scenario codec (text otherwise as written, fragment kept). */
  readonly query: string;
  /** An `embed` naming no chart: said, and the whole page shown. */
  readonly problems: readonly LinkProblem[];
}

/**
 * Splits the page's mode from its scenario. `embed=<chart>` says how to show the scenario, not what it is, so it is
 * taken out here, before the codec reads the rest: it never reaches the scenario's link, a saved scenario or the
 * "Open in Deal Explorer" link, and the codec never calls it unknown.
 */
export function readPageMode(search: string, hash = ''): PageMode {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const kept: string[] = [];
  let embed: string | undefined;
  for (const part of body === '' ? [] : body.split('&')) {
    const eq = part.indexOf('=');
    if (keyOf(eq >= 0 ? part.slice(0, eq) : part) === 'embed') {
      embed = eq >= 0 ? decode(part.slice(eq + 1)) : '';
    } else kept.push(part);
  }
  const query = (kept.length > 0 ? `?${kept.join('&')}` : '') + hash;
  if (embed === undefined) return { embed: undefined, query, problems: [] };
  if (isEmbedChart(embed)) return { embed, query, problems: [] };
  const shown = embed.length > 40 ? `${embed.slice(0, 40)}…` : embed;
  return {
    embed: undefined,
    query,
    problems: [
      {
        kind: 'unknown-key',
        key: 'embed',
        message:
          `No chart "${shown}" to embed: showing the whole page. ` +
          `Charts: ${EMBED_CHARTS.map((c) => c.id).join(', ')}.`,
      },
    ],
  };
}

function keyOf(raw: string): string {
  return decode(raw).trim().toLowerCase();
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The page's own address without query or fragment (the app is static: every scenario is a query on it). */
export function appAddress(loc: Pick<Location, 'origin' | 'pathname'>): string {
  return `${loc.origin}${loc.pathname}`;
}

/** The embed's address: the scenario's link with the chart to show. */
export function embedUrl(app: string, query: string, chart: EmbedChartId): string {
  return `${app}?${query}${query === '' ? '' : '&'}embed=${chart}`;
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into another page: an iframe of one chart with the current scenario, loaded when near view. */
export function embedSnippet(options: {
  app: string;
  query: string;
  chart: EmbedChartId;
  title: string;
  width: number;
  height: number;
}): string {
  const src = embedUrl(options.app, options.query, options.chart);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Deal Explorer: ${options.title}`)}" ` +
    `width="${options.width}" height="${options.height}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}

/** Sizes an embed is laid out for (it also works between them). */
export const EMBED_SIZES = [
  { label: '600 × 450 (article)', width: 600, height: 450 },
  { label: '360 × 640 (phone, sidebar)', width: 360, height: 640 },
] as const;

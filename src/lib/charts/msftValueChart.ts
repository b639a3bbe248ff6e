import type { TooltipItem } from 'chart.js';
import { stakeMark } from '../../../models/engine/equity.ts';
import type { MicrosoftLedger } from '../../../models/engine/ledger.ts';
import type { Projection } from '../../../models/engine/project.ts';
import { formatPercent, formatUsd } from '../../../models/format.ts';
import { KPI_META, MSFT_LEDGER_META } from '../../../models/outputs.ts';
import type { ScenarioValues } from '../../../models/schema/scenario.ts';
import { markDate } from '../rounds.ts';
import {
  annotate,
  hasValue,
  notesOf,
  USD_AXIS,
  type ChartOverlays,
  type ChartSpec,
  type Datum,
} from './common.ts';
import { PIN_POINTS } from './pinLines.ts';
import { spreadSentence, withAlpha } from './bands.ts';
import type { ChartTheme } from './theme.ts';
import { CHART_TITLES } from './titles.ts';

/** Microsoft's ledger parts in the order MSFT_LEDGER_META lists them. */
export const MSFT_PARTS = Object.keys(MSFT_LEDGER_META) as (keyof MicrosoftLedger)[];

export const TOTAL_LABEL = `${KPI_META.msftTotalValueNpv.label} (total)`;
export const TOTAL_BAND_LABEL = 'Total, middle 80% of simulations';
const TOTAL_BASIS = 'Present value in 2025 dollars, after tax: the sum of the parts above';
const AXIS_TITLE = 'Present value in 2025 dollars (US$)';

/** What a tick callback's `this` offers (chart.js passes the scale). */
interface CategoryAxis {
  getLabelForValue(value: number): string;
  readonly chart: { readonly width: number };
}

/** Splits a category label into lines of at most `width` characters (a word longer than that keeps its line). */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Names short enough for a phone's axis; the tooltip and the table give the full names. */
const SHORT_LABELS: ReadonlyMap<string, string> = new Map([
  [MSFT_LEDGER_META.stake.label, 'Stake (projected)'],
  [MSFT_LEDGER_META.revenueShare.label, 'Revenue share'],
  [MSFT_LEDGER_META.azureOpenAIMargin.label, 'Azure OpenAI margin'],
  [MSFT_LEDGER_META.azureOpenAIShare.label, 'Azure OpenAI share paid'],
  [MSFT_LEDGER_META.profitShare2019.label, '2019 profit share'],
  [MSFT_LEDGER_META.hosting.label, 'Hosting on Azure'],
  [TOTAL_LABEL, 'Total'],
  [TOTAL_BAND_LABEL, 'Total, 80% range'],
]);

/** A part's name on the axis: in full, wrapped, on a wide chart; shortened on a narrow one (a phone). */
export function axisLabel(label: string, chartWidth: number): string[] {
  return chartWidth < 480 ? wrapLabel(SHORT_LABELS.get(label) ?? label, 12) : wrapLabel(label, 22);
}

/**
 * A basis as tooltip lines: one per clause ("Present value in 2025 at …; after tax"), a long clause wrapped, so a
 * tooltip stays narrower than a phone.
 */
export function basisLines(basis: string): string[] {
  return basis.split('; ').flatMap((clause) => wrapLabel(clause, 44));
}

/** What the Microsoft value chart's subtitle says (the page writes it under the card on every step, without
 *  building the chart). */
export function msftValueSubtitle(p: Projection, overlays: ChartOverlays = {}): string {
  const stake = p.ledger.microsoft.stake;
  const atMark = p.kpis.msftStakeValueAtMark;
  // The mark is shown beside the stake's bar, which is there when the stake has a value.
  const showMark = atMark !== null && stake !== 0;
  const spread = overlays.bands?.headline;
  const spreadKnown =
    spread !== undefined && spread.p10 !== null && spread.p90 !== null && spread.p50 !== null;
  return `${
    showMark
      ? `Present value in 2025 dollars, after tax; the stake is projected (${formatUsd(stake)} after the tax on a sale, ${formatUsd(p.kpis.msftStakeValueNpv)} before it). At the ${markDate(p.kpis.msftStakeMarkYear)} round’s market mark, before tax, it is ${formatUsd(atMark)}: shown, not added.`
      : 'Present value in 2025 dollars, after tax. Under the 2019 terms Microsoft holds a profit share, not a stake.'
  }${spreadKnown ? ` Total: ${spreadSentence(spread, overlays.bands!.samples)}` : ''}`;
}

/**
 * What Microsoft gets: a waterfall of its ledger (`projection.ledger.microsoft`), each part a floating bar from
 * the running total before it to the one after (a cost goes down), then the total from zero. Every part shares
 * one basis, present value in 2025 dollars after tax, so they add up; parts that are zero under the scenario do not
 * apply and are left out of the chart (the table says so). The stake at the last round's market mark is a
 * different basis: a point beside the projected stake, never added.
 */
export function msftValueChart(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec {
  const bands = overlays.bands;
  const ledger = p.ledger.microsoft;
  const total = p.kpis.msftTotalValueNpv;
  const shown = MSFT_PARTS.filter((part) => ledger[part] !== 0);
  let running = 0;
  const bars: Datum[] = shown.map((part) => {
    const start = running;
    running += ledger[part];
    return [start, running];
  });
  bars.push([0, total]);
  const labels = [...shown.map((part) => MSFT_LEDGER_META[part].label), TOTAL_LABEL];
  const colours = [
    ...shown.map((part) =>
      part === 'stake' ? theme.stake : ledger[part] > 0 ? theme.positive : theme.negative,
    ),
    theme.total,
  ];
  const values = [...shown.map((part) => ledger[part]), total];
  const notes = [
    ...shown.map((part) => [
      `${MSFT_LEDGER_META[part].label}: ${formatUsd(ledger[part])}`,
      ...basisLines(MSFT_LEDGER_META[part].basis),
    ]),
    [`${TOTAL_LABEL}: ${formatUsd(total)}`, ...basisLines(TOTAL_BASIS)],
  ] as (string[] | null)[];
  const totalRow = labels.length - 1;
  // The simulation's spread of the total gets a row of its own under the total: a range, not a part to add.
  // While the scenario shown is not yet simulated the row stays, empty, so the chart keeps its structure.
  const spread = bands?.headline;
  const hasSpread = spread !== undefined;
  const spreadKnown = hasSpread && spread.p10 !== null && spread.p90 !== null && spread.p50 !== null;
  if (hasSpread) {
    labels.push(TOTAL_BAND_LABEL);
    bars.push(null);
    colours.push(theme.total);
    notes.push(null);
  }

  const atMark = p.kpis.msftStakeValueAtMark;
  const stakeRow = shown.indexOf('stake');
  const mark = stakeMark(v);
  const when = markDate(p.kpis.msftStakeMarkYear);
  // Short enough for a 320 px phone's legend; the tooltip, the subtitle and the table say the rest.
  const markLabel = `Stake, ${when} mark, pre-tax${atMark === null ? '' : `: ${formatUsd(atMark)}`}`;
  const showMark = atMark !== null && stakeRow >= 0;
  const datasets: ChartSpec['config']['data']['datasets'] = [
    annotate(
      {
        type: 'bar' as const,
        label: 'Microsoft’s ledger',
        data: bars,
        backgroundColor: colours,
        borderSkipped: false,
        order: 1,
      },
      {
        notes,
        valueLabels: [...values.map((x) => formatUsd(x)), ...(hasSpread ? [null] : [])],
        // The projected stake's figure goes inside its bar, so the diamond beside it is not read as its value;
        // the total's too (the widest bar), leaving the room after the bars to the parts' figures.
        valueLabelsInside: labels.map((_, i) => (showMark && i === stakeRow) || i === totalRow),
        valueLabelsClear: labels.map((_, i) => (showMark && i === stakeRow ? atMark : null)),
      },
    ),
  ];

  if (showMark) {
    datasets.push(
      annotate(
        {
          type: 'line' as const,
          label: markLabel,
          data: labels.map((_, i) => (i === stakeRow ? atMark : null)),
          showLine: false,
          pointStyle: 'rectRot' as const,
          pointRadius: 7,
          pointHoverRadius: 8,
          borderColor: theme.total,
          backgroundColor: theme.round,
          borderWidth: 2,
          order: 0,
        },
        {
          notes: labels.map((_, i) =>
            i === stakeRow
              ? [
                  `${markLabel} (market mark)`,
                  `${formatPercent(mark.stake)} × ${formatUsd(mark.valuation)} post-money, ${when}`,
                  'A market mark at that date: not added to the total',
                ]
              : null,
          ),
        },
      ),
    );
  }

  // A waterfall has no line to draw a pin's: each pinned scenario's total is a point beside the total bar.
  (overlays.pins ?? []).forEach((pin, i) => {
    const total = pin.projection.kpis.msftTotalValueNpv;
    datasets.push(
      annotate(
        {
          type: 'line' as const,
          label: `${pin.label}: total`,
          data: labels.map((_, j) => (j === labels.length - 1 ? total : null)),
          showLine: false,
          pointStyle: PIN_POINTS[i % PIN_POINTS.length]!,
          pointRadius: 7,
          pointHoverRadius: 8,
          borderColor: theme.pins[i % theme.pins.length]!,
          backgroundColor: theme.pins[i % theme.pins.length]!,
          borderWidth: 2,
          order: -1,
        },
        {
          notes: labels.map((_, j) =>
            j === labels.length - 1 ? ['A pinned scenario’s total, for comparison: not added'] : null,
          ),
        },
      ),
    );
  });

  if (hasSpread) {
    const n = bands!.samples.toLocaleString('en-US');
    const row = labels.length - 1;
    datasets.push(
      annotate(
        {
          type: 'bar' as const,
          label: TOTAL_BAND_LABEL,
          data: labels.map((_, i): Datum => (i === row && spreadKnown ? [spread.p10!, spread.p90!] : null)),
          backgroundColor: withAlpha(theme.rate, 0.35),
          borderColor: theme.rate,
          borderWidth: 2,
          borderSkipped: false,
          grouped: false,
          order: 1,
        },
        {
          notes: labels.map((_, i) =>
            i === row && spreadKnown
              ? [
                  `80% of ${n} simulations: ${formatUsd(spread.p10!)} to ${formatUsd(spread.p90!)}`,
                  `Simulated median: ${formatUsd(spread.p50!)}`,
                  'Present value in 2025 dollars, after tax',
                ]
              : null,
          ),
        },
      ),
    );
  }

  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    normalized: true,
    indexAxis: 'y' as const,
    interaction: { mode: 'index' as const, axis: 'y' as const, intersect: false },
    plugins: {
      legend: {
        display: datasets.some((d, i) => i > 0 && d.label !== TOTAL_BAND_LABEL),
        labels: {
          color: theme.text,
          usePointStyle: true,
          boxWidth: 10,
          boxHeight: 10,
          // The bars, and the simulated range of the total, are named on the axis; the legend only explains the
          // diamond.
          filter: (item: { datasetIndex?: number; text?: string }) =>
            item.datasetIndex !== 0 && item.text !== TOTAL_BAND_LABEL,
        },
      },
      tooltip: {
        filter: hasValue,
        callbacks: {
          label: (item: TooltipItem<'bar' | 'line'>) => [...(notesOf(item.dataset)?.[item.dataIndex] ?? [])],
        },
      },
      valueLabels: { color: theme.text, insideColor: theme.onBar },
    },
    scales: {
      x: {
        type: 'linear' as const,
        // Room after the longest bar for its figure.
        grace: '35%',
        ticks: {
          color: theme.muted,
          maxRotation: 0,
          callback: (x: number | string) => USD_AXIS.tick(Number(x)),
        },
        grid: { color: theme.grid },
        title: { display: true, text: AXIS_TITLE, color: theme.muted },
      },
      y: {
        type: 'category' as const,
        ticks: {
          color: theme.text,
          autoSkip: false,
          callback(this: CategoryAxis, value: number | string) {
            return axisLabel(this.getLabelForValue(Number(value)), this.chart.width);
          },
        },
        grid: { display: false },
      },
    },
  };

  return {
    id: 'msft-value',
    title: CHART_TITLES['msft-value'],
    subtitle: msftValueSubtitle(p, overlays),
    config: { type: 'bar', data: { labels, datasets }, options },
    table: () => ({
      caption: 'Microsoft’s ledger: each part, its value and its basis',
      columns: ['Part', 'Value', 'Basis'],
      rows: [
        ...MSFT_PARTS.map((part) => [
          MSFT_LEDGER_META[part].label,
          ledger[part] === 0 ? 'not applicable' : formatUsd(ledger[part]),
          MSFT_LEDGER_META[part].basis,
        ]),
        [TOTAL_LABEL, formatUsd(total), TOTAL_BASIS],
        ...(atMark !== null
          ? [
              [
                `Stake at the ${when} round (market mark)`,
                formatUsd(atMark),
                `Market mark: ${formatPercent(mark.stake)} × ${formatUsd(mark.valuation)} post-money; not added to the total`,
              ],
            ]
          : []),
      ],
    }),
  };
}

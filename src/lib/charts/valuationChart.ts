import type { Projection } from '../../../models/engine/project.ts';
import { formatPercent, formatUsd } from '../../../models/format.ts';
import type { ScenarioValues } from '../../../models/schema/scenario.ts';
import { reportedRounds } from '../rounds.ts';
import {
  annotate,
  baseOptions,
  shortLabel,
  USD_AXIS,
  type ChartOverlays,
  type ChartSpec,
  type Datum,
} from './common.ts';
import { pinLines } from './pinLines.ts';
import type { ChartTheme } from './theme.ts';
import { CHART_TITLES } from './titles.ts';

/** The first year shown: the earliest reported valuation. */
export const FIRST_REPORTED = 2021;

export const ROUND_LABEL = 'Reported round (market mark)';
// Short, so the legend leaves a phone's chart room; the table's columns say it in full.
export const MSFT_LABEL = 'Microsoft';
export const FOUNDATION_LABEL = 'OpenAI Foundation';
export const OTHERS_LABEL = 'Everyone else';
export const MODEL_LABEL = 'Equity value (model)';
const X_TITLE = 'Year (model at year end; rounds in the year priced)';

/** What the valuation chart's subtitle says (the page writes it under the card on every step, without building the
 *  chart). */
export function valuationSubtitle(p: Projection, v: ScenarioValues): string {
  const latest = reportedRounds(v).at(-1)!;
  const holdsStake = p.series.msftStakeValue.some((x) => x > 0);
  return `The model (cash plus discounted free cash flow) values OpenAI at ${formatUsd(p.kpis.openaiValueAtMark)} at the ${latest.when} round’s date; the round priced it at ${formatUsd(latest.valuation)} post-money (market mark).${holdsStake ? '' : ' Under the 2019 terms Microsoft holds a profit share, not a stake.'}`;
}

/**
 * OpenAI's equity value as the model projects it (cash plus discounted free cash flow), split among its holders
 * (stacked: Microsoft, the Foundation, everyone else; they sum to the value each year), with the priced rounds as
 * points: market marks at a date, a different basis, drawn over the projection and never stacked with it.
 */
export function valuationChart(
  p: Projection,
  v: ScenarioValues,
  theme: ChartTheme,
  overlays: ChartOverlays = {},
): ChartSpec {
  const s = p.series;
  const first = p.years[0]!;
  const history: number[] = [];
  for (let y = FIRST_REPORTED; y < first; y++) history.push(y);
  const years = [...history, ...p.years];
  const labels = years.map(String);
  const pad = history.map(() => null);
  const rounds = reportedRounds(v);
  const roundAt = (y: number) => rounds.filter((r) => r.year === y).at(-1);
  const model = (series: readonly number[]): Datum[] => [...pad, ...series];
  const stakeNotes = (stake: readonly number[]) => [
    ...pad,
    ...stake.map((x) => [`${formatPercent(x)} of OpenAI (diluted)`]),
  ];

  const base = baseOptions(theme, 'OpenAI equity value (US$)', { y: USD_AXIS });
  const options = {
    ...base,
    plugins: {
      ...base.plugins,
      // Point styles in the legend: squares for the holders, a line for the model, a diamond for the rounds.
      legend: { labels: { ...base.plugins.legend.labels, usePointStyle: true } },
    },
    scales: {
      x: { ...base.scales.x, stacked: true, title: { ...base.scales.x.title, text: X_TITLE } },
      y: { ...base.scales.y, stacked: true, beginAtZero: true },
    },
  };
  if (history.length > 0) {
    base.plugins.markers.markers.projected = {
      scaleID: 'x',
      value: history.length - 0.5,
      label: { content: `Model from ${first} →` },
    };
  }

  const holdsStake = s.msftStakeValue.some((x) => x > 0);
  const parts = [
    ...(holdsStake
      ? [
          {
            label: MSFT_LABEL,
            data: s.msftStakeValue,
            color: theme.stake,
            notes: stakeNotes(s.msftStake),
          },
        ]
      : []),
    {
      label: FOUNDATION_LABEL,
      data: s.foundationStakeValue,
      color: theme.foundation,
      notes: stakeNotes(s.foundationStake),
    },
    { label: OTHERS_LABEL, data: s.othersStakeValue, color: theme.others, notes: null },
  ];
  const datasets: ChartSpec['config']['data']['datasets'] = parts.map((d) =>
    annotate(
      shortLabel(
        {
          type: 'bar' as const,
          label: d.label,
          data: model(d.data),
          backgroundColor: d.color,
          pointStyle: 'rect' as const,
          stack: 'equity',
          order: 2,
        },
        d.label === FOUNDATION_LABEL ? 'Foundation' : d.label,
      ),
      d.notes ? { notes: d.notes } : {},
    ),
  );
  datasets.push(
    shortLabel(
      {
        type: 'line' as const,
        label: MODEL_LABEL,
        data: model(s.openaiValuation),
        stack: 'model',
        borderColor: theme.text,
        backgroundColor: theme.text,
        borderWidth: 1.5,
        pointStyle: 'line' as const,
        pointRadius: 0,
        order: 1,
      },
      'Model value',
    ),
    annotate(
      shortLabel(
        {
          type: 'line' as const,
          label: ROUND_LABEL,
          data: years.map((y) => roundAt(y)?.valuation ?? null),
          stack: 'rounds',
          showLine: false,
          pointStyle: 'rectRot' as const,
          pointRadius: 7,
          pointHoverRadius: 8,
          backgroundColor: theme.round,
          borderColor: theme.labelBackground,
          borderWidth: 1.5,
          order: 0,
        },
        'Reported round',
      ),
      { notes: years.map((y) => (roundAt(y) ? [`${roundAt(y)!.when}, post-money`] : null)) },
    ),
  );

  datasets.push(
    ...pinLines(overlays, labels, (q) => q.series.openaiValuation, 'equity value (model)', theme),
  );
  return {
    id: 'valuation',
    title: CHART_TITLES.valuation,
    subtitle: valuationSubtitle(p, v),
    config: { type: 'bar', data: { labels, datasets }, options },
    table: () => ({
      caption:
        'OpenAI’s equity value by year: reported rounds (market marks) and the model’s value at year end, split among its holders',
      columns: [
        'Year',
        ROUND_LABEL,
        'OpenAI equity value (model)',
        'Microsoft’s stake (model)',
        'Foundation’s stake (model)',
        'Employees and other investors (model)',
      ],
      rows: years.map((y, i) => {
        const round = roundAt(y);
        const roundCell = round ? `${formatUsd(round.valuation)} (${round.when})` : '—';
        const j = i - history.length;
        if (j < 0) return [String(y), roundCell, '—', '—', '—', '—'];
        return [
          String(y),
          roundCell,
          formatUsd(s.openaiValuation[j]!),
          holdsStake
            ? `${formatUsd(s.msftStakeValue[j]!)} (${formatPercent(s.msftStake[j]!)})`
            : 'not applicable',
          `${formatUsd(s.foundationStakeValue[j]!)} (${formatPercent(s.foundationStake[j]!)})`,
          formatUsd(s.othersStakeValue[j]!),
        ];
      }),
    }),
  };
}

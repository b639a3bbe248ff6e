import { formatUsd, REPORTED_ACTUALS, type Projection } from '../../../models/index.ts';
import { baseOptions, USD_AXIS, type ChartSpec } from './common.ts';
import type { ChartTheme } from './theme.ts';

const FIRST_REPORTED = 2021;

/** OpenAI's valuation (reported rounds, then projected) and what Microsoft's and the Foundation's stakes are worth. */
export function valuationChart(p: Projection, theme: ChartTheme): ChartSpec {
  const history = REPORTED_ACTUALS.years.filter((y) => y >= FIRST_REPORTED);
  const years = [...history, ...p.years];
  const labels = years.map(String);
  const pad = history.map(() => null);
  const reported = history.map(
    (y) => REPORTED_ACTUALS.openaiValuation[REPORTED_ACTUALS.years.indexOf(y)] ?? null,
  );
  const s = p.series;
  const base = baseOptions(theme, 'US$ (log scale)', { y: USD_AXIS });
  // Valuations span $20B (2021) to trillions: a log axis keeps the reported rounds and the projection readable.
  const options = {
    ...base,
    scales: {
      ...base.scales,
      y: {
        ...base.scales.y,
        type: 'logarithmic' as const,
        ticks: {
          ...base.scales.y.ticks,
          autoSkip: false,
          callback: (v: number | string) => (isRoundTick(Number(v)) ? USD_AXIS.tick(Number(v)) : ''),
        },
      },
    },
  };
  const holdsStake = s.msftStakeValue.some((x) => x > 0);
  const datasets: ChartSpec['config']['data']['datasets'] = [
    {
      type: 'line',
      label: 'OpenAI valuation (reported)',
      data: [...reported, ...p.years.map(() => null)],
      borderColor: theme.muted,
      backgroundColor: theme.muted,
      pointRadius: 4,
      showLine: false,
    },
    {
      type: 'line',
      label: 'OpenAI valuation',
      data: [...pad, ...s.openaiValuation],
      borderColor: theme.revenue,
      backgroundColor: theme.revenue,
      borderWidth: 2,
      pointRadius: 2,
    },
    {
      type: 'line',
      label: 'Foundation stake',
      data: [...pad, ...s.foundationStakeValue],
      borderColor: theme.foundation,
      backgroundColor: theme.foundation,
      borderWidth: 2,
      borderDash: [6, 4],
      pointRadius: 0,
    },
  ];
  if (holdsStake) {
    datasets.push({
      type: 'line',
      label: 'Microsoft stake',
      data: [...pad, ...s.msftStakeValue],
      borderColor: theme.stake,
      backgroundColor: theme.stake,
      borderWidth: 2.5,
      pointRadius: 0,
    });
  }
  const last = p.years.length - 1;
  return {
    id: 'valuation',
    title: 'Valuation and stakes',
    subtitle: holdsStake
      ? `Microsoft's stake: ${formatUsd(s.msftStakeValue[0]!)} in ${p.years[0]}, ${formatUsd(s.msftStakeValue[last]!)} in ${p.years[last]}.`
      : 'Under the 2019 terms Microsoft holds a profit share, not a stake.',
    config: { type: 'line', data: { labels, datasets }, options },
    table: () => ({
      caption: 'OpenAI valuation and stake values by year (reported before 2025)',
      columns: ['Year', 'OpenAI valuation', 'Microsoft stake', 'Foundation stake'],
      rows: years.map((y, i) => {
        const j = i - history.length;
        if (j < 0)
          return [String(y), reported[i] === null ? '—' : `${formatUsd(reported[i]!)} (reported)`, '—', '—'];
        return [
          String(y),
          formatUsd(s.openaiValuation[j]!),
          formatUsd(s.msftStakeValue[j]!),
          formatUsd(s.foundationStakeValue[j]!),
        ];
      }),
    }),
  };
}

/** Log-axis ticks worth labelling: 1, 2 and 5 times a power of ten ($10B, $20B, $50B, $100B, …). */
export function isRoundTick(value: number): boolean {
  if (value <= 0) return false;
  const mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6);
}

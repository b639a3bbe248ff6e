import { REPORTED_ACTUALS } from '../../models/actuals.ts';
import { ROUND_DATES } from '../../models/roundDates.ts';
import type { ScenarioValues } from '../../models/schema/scenario.ts';

/** A priced round: OpenAI's post-money valuation at a date, a market mark (not a projection). */
export interface ReportedRound {
  /** The year it was priced, where the charts place it. */
  readonly year: number;
  readonly valuation: number;
  /** When, as its source dates it ("Mar 2026"), or the year alone when no source in the list dates it. */
  readonly when: string;
}

/** When the round the stake is marked to was priced: "Mar 2026" (the 2026 round) or "Oct 2025". */
export function markDate(year: number): string {
  return year === 2026 ? ROUND_DATES.valuation2026 : ROUND_DATES.valuation2025;
}

/**
 * Every priced round the page shows, oldest first: the reported history (REPORTED_ACTUALS), the Oct 2025 mark
 * and, when the scenario has it, the Mar 2026 round, at the scenario's values.
 */
export function reportedRounds(v: ScenarioValues): ReportedRound[] {
  const rounds: ReportedRound[] = [];
  REPORTED_ACTUALS.years.forEach((year, i) => {
    const valuation = REPORTED_ACTUALS.openaiValuation[i];
    if (valuation === null || valuation === undefined) return;
    rounds.push({ year, valuation, when: ROUND_DATES.reported[year] ?? String(year) });
  });
  rounds.push({ year: 2025, valuation: v.valuation2025, when: markDate(2025) });
  if (v.round2026Raised > 0) rounds.push({ year: 2026, valuation: v.valuation2026, when: markDate(2026) });
  return rounds;
}

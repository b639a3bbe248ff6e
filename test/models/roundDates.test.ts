import { describe, expect, it } from 'vitest';
import { REPORTED_ACTUALS } from '../../models/actuals.ts';
import { ROUND_DATES, type RoundDates } from '../../models/roundDates.ts';
import { ROUND_CITES } from '../../models/schema/roundCites.ts';
import { formatSourceDate, SOURCE_BY_ID, type SourceId } from '../../models/sources.ts';

/** The month of the first cited publication dated in `year`, or the year alone when none is. */
function dated(year: number, cites: readonly SourceId[]): string {
  for (const id of cites) {
    const date = SOURCE_BY_ID.get(id)?.date;
    if (date?.startsWith(`${year}-`)) return formatSourceDate(date.slice(0, 7));
  }
  return String(year);
}

/** ROUND_DATES as the publications the rounds cite date them. */
function roundDatesFromSources(): RoundDates {
  const reported: Record<number, string> = {};
  REPORTED_ACTUALS.years.forEach((year, i) => {
    if (REPORTED_ACTUALS.openaiValuation[i] !== null)
      reported[year] = dated(year, REPORTED_ACTUALS.sources.openaiValuation);
  });
  return {
    reported,
    valuation2025: dated(2025, ROUND_CITES.valuation2025),
    valuation2026: dated(2026, ROUND_CITES.valuation2026),
  };
}

describe('ROUND_DATES', () => {
  it('is what the cited publications say: a changed date or citation fails here until the table follows', () => {
    expect(ROUND_DATES).toEqual(roundDatesFromSources());
  });

  it('dates a round by the month of its first cited publication of that year, by the year alone if none', () => {
    // Semafor (2023-01-09) and OpenAI (2024-10-02) date two reported rounds; none in the list dates 2021's.
    expect(SOURCE_BY_ID.get('semafor-2023-01-terms')?.date).toBe('2023-01-09');
    expect(SOURCE_BY_ID.get('openai-2024-10-round')?.date).toBe('2024-10-02');
    expect(ROUND_DATES.reported).toEqual({ 2021: '2021', 2023: 'Jan 2023', 2024: 'Oct 2024' });
    expect(dated(2022, REPORTED_ACTUALS.sources.openaiValuation)).toBe('2022');
  });
});

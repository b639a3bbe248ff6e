/**
 * When each priced round the charts and headline figures show was priced, as its sources date it: "Mar 2026" from
 * the first cited publication dated in the round's year, or the year alone when none is.
 *
 * A table rather than a look-up in models/sources.ts so that neither the page's first load nor the chart worker
 * carries the 12 KiB list of publications (issue #9). It is not a second source: test/models/roundDates.test.ts
 * derives it from the publications the rounds cite (REPORTED_ACTUALS.sources, ROUND_CITES) and fails when a
 * source's date or a round's citation changes and this table does not follow.
 */
export const ROUND_DATES: RoundDates = {
  reported: { 2021: '2021', 2023: 'Jan 2023', 2024: 'Oct 2024' },
  valuation2025: 'Oct 2025',
  valuation2026: 'Mar 2026',
};

export interface RoundDates {
  /** The reported history's rounds (REPORTED_ACTUALS' valuations), by year. */
  readonly reported: Readonly<Record<number, string>>;
  /** The Oct 2025 mark and the Mar 2026 round (the assumptions valuation2025 and valuation2026). */
  readonly valuation2025: string;
  readonly valuation2026: string;
}

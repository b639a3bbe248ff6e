import { describe, expect, it } from 'vitest';
import { presetValues } from '../../models/index.ts';
import { markDate, reportedRounds } from '../../src/lib/rounds.ts';

describe('reportedRounds', () => {
  it('lists the reported rounds, then the Oct 2025 mark and the Mar 2026 round, dated by their sources', () => {
    expect(reportedRounds(presetValues('amended-2026'))).toEqual([
      // No publication in the list dates the 2021 secondary: the year alone.
      { year: 2021, valuation: 20e9, when: '2021' },
      { year: 2023, valuation: 29e9, when: 'Jan 2023' },
      { year: 2024, valuation: 157e9, when: 'Oct 2024' },
      { year: 2025, valuation: 500e9, when: 'Oct 2025' },
      { year: 2026, valuation: 852e9, when: 'Mar 2026' },
    ]);
  });

  it('leaves out the Mar 2026 round when the scenario has none, and follows the scenario’s values', () => {
    const rounds = reportedRounds({ ...presetValues('recap-2025'), valuation2025: 600e9 });
    expect(rounds.map((r) => r.year)).toEqual([2021, 2023, 2024, 2025]);
    expect(rounds.at(-1)!.valuation).toBe(600e9);
  });

  it('dates the stake’s mark', () => {
    expect(markDate(2026)).toBe('Mar 2026');
    expect(markDate(2025)).toBe('Oct 2025');
  });
});

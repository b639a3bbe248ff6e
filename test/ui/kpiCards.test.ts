import { describe, expect, it } from 'vitest';
import { presetValues, project } from '../../models/index.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';

const amended = presetValues('amended-2026');
const base = project(amended);
const byId = (cards: ReturnType<typeof kpiCards>) => new Map(cards.map((c) => [c.id, c]));

describe('kpiCards', () => {
  it('shows no change when the scenario equals the preset', () => {
    const cards = kpiCards(base, base);
    expect(cards).toHaveLength(8);
    expect(cards.every((c) => c.change === '')).toBe(true);
  });

  it('formats the amended-2026 figures for people', () => {
    const cards = byId(kpiCards(base, base));
    // The cap binds: 2.60 + 4.80 + 8.88 + 16.40 = 32.68 through 2028, the last 5.32 in 2029.
    expect(cards.get('revenueSharePaidThrough2030')!.value).toBe('$38.0B');
    expect(cards.get('revenueSharePaidThrough2030')!.detail).toBe('Cap reached 2029; $119.0B uncapped');
    expect(cards.get('computeSpendThrough2030')!.value).toBe('$600.0B');
    expect(cards.get('openaiBreakEvenYear')!.value).toBe('2030');
    expect(cards.get('partnersExceedAzureYear')!.value).toBe('2027');
  });

  it('reports the change against the preset when an assumption differs', () => {
    const uncapped = project({ ...amended, shareCapOn: false });
    const cards = byId(kpiCards(uncapped, base));
    // Without the cap OpenAI pays 20% of 2025–30 revenue, $119.0B: $81.0B more than the $38.0B cap.
    expect(cards.get('revenueSharePaidThrough2030')!.value).toBe('$119.0B');
    expect(cards.get('revenueSharePaidThrough2030')!.change).toBe('+$81.0B');
    expect(cards.get('revenueSharePaidThrough2030')!.detail).toBe('Cap never binds');
    // Paying more share delays OpenAI's break-even by a year.
    expect(cards.get('openaiBreakEvenYear')!.change).toBe('+1 year');
    // Compute is untouched by the cap.
    expect(cards.get('computeSpendThrough2030')!.change).toBe('');
  });

  it('says "never" and "was …" when a year disappears', () => {
    const bubble = project(presetValues('bubble'));
    const cards = byId(kpiCards(bubble, base));
    expect(cards.get('openaiBreakEvenYear')!.value).toBe('never');
    expect(cards.get('openaiBreakEvenYear')!.detail).toBe('Not within the horizon');
    expect(cards.get('openaiBreakEvenYear')!.change).toBe('was 2030');
  });

  it('uses a true minus sign for decreases', () => {
    const lower = project({ ...amended, shareCap: 20e9 });
    const card = byId(kpiCards(lower, base)).get('revenueSharePaidThrough2030')!;
    expect(card.value).toBe('$20.0B');
    expect(card.change).toBe('−$18.0B');
  });
});

import { describe, expect, it } from 'vitest';
import { formatUsd, presetValues, project } from '../../models/index.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';
import { kpiStrip } from '../../src/lib/kpiStrip.ts';

const amended = presetValues('amended-2026');
const base = project(amended);

describe('kpiStrip (the figures a phone keeps in view while assumptions are open, issue #8)', () => {
  it('holds value to Microsoft, its revenue share 2025–30 and the year OpenAI turns cash-flow positive', () => {
    const strip = kpiStrip(kpiCards(base, base, amended), false);
    expect(strip.map((f) => f.id)).toEqual([
      'msftTotalValueNpv',
      'revenueSharePaidThrough2030',
      'openaiBreakEvenYear',
    ]);
    expect(strip.map((f) => f.value)).toEqual([
      formatUsd(base.kpis.msftTotalValueNpv),
      '$38.0B',
      String(base.kpis.openaiBreakEvenYear),
    ]);
    expect(strip.every((f) => f.change === '')).toBe(true);
  });

  it('says what the cards say, with their change against the preset while the scenario differs', () => {
    const values = { ...amended, shareCap: 41e9 };
    const cards = kpiCards(project(values), base, values);
    const strip = kpiStrip(cards, true);
    for (const f of strip) {
      const card = cards.find((c) => c.id === f.id)!;
      expect(f.value).toBe(card.value);
      expect(f.change).toBe(card.change);
    }
    expect(strip[1]!.value).toBe('$41.0B');
    expect(strip[1]!.change).toBe('+$3.0B');
    // Nothing differs: no change line, whatever the cards computed.
    expect(kpiStrip(cards, false).every((f) => f.change === '')).toBe(true);
  });

  it('says "none" or "not applicable" as the cards do, never $0.0B', () => {
    const old = presetValues('original-2019');
    const p = project(old);
    const strip = kpiStrip(kpiCards(p, p, old), false);
    expect(strip[1]!.value).toBe('none');
    for (const f of strip) expect(f.value).not.toBe('$0.0B');
  });
});

import { describe, expect, it } from 'vitest';
import { formatMultiple, formatUsd, presetValues, project, type ScenarioValues } from '../../models/index.ts';
import { kpiCards, NOT_APPLICABLE } from '../../src/lib/kpiCards.ts';

const amended = presetValues('amended-2026');
const base = project(amended);
const cardsFor = (values: ScenarioValues, against = base) =>
  new Map(kpiCards(project(values), against, values).map((c) => [c.id, c]));
const cards = cardsFor(amended);

describe('kpiCards', () => {
  it('shows Microsoft’s four figures, then OpenAI’s, and no change when the scenario equals the preset', () => {
    const list = kpiCards(base, base, amended);
    expect(list.map((c) => [c.side, c.id])).toEqual([
      ['microsoft', 'msftTotalValueNpv'],
      ['microsoft', 'msftStakeValueAtMark'],
      ['microsoft', 'revenueSharePaidThrough2030'],
      ['microsoft', 'azureRevenueThrough2030'],
      ['openai', 'openaiRevenueSharePaidNpv'],
      ['openai', 'openaiCapSavingThrough2030'],
      ['openai', 'openaiValueAtMark'],
      ['openai', 'openaiBreakEvenYear'],
    ]);
    expect(list.every((c) => c.change === '')).toBe(true);
    // Every figure states its basis.
    expect(list.every((c) => c.basis.length > 10)).toBe(true);
  });

  it('says the value to Microsoft is a present value with the stake projected, and gives the multiple', () => {
    const card = cards.get('msftTotalValueNpv')!;
    expect(card.value).toBe(formatUsd(base.kpis.msftTotalValueNpv));
    expect(card.basis).toBe('Present value in 2025 dollars, after tax; the stake is projected');
    // (stake + revenue share + 2019 profit share) ÷ the $1B + $2B + $10B invested; hosting left out.
    const l = base.ledger.microsoft;
    const multiple = (l.stake + l.revenueShare + l.profitShare2019) / 13e9;
    expect(card.detail).toBe(
      `${formatMultiple(multiple)} the $13.0B invested (stake + revenue share + profit share; hosting excluded)`,
    );
  });

  it('marks the stake to the last round beside its projected value', () => {
    const card = cards.get('msftStakeValueAtMark')!;
    // 27% diluted by $122B at $852B post-money is 23.1%; × $852B = 27% × $730B = $197.1B.
    expect(card.value).toBe('$197.1B');
    expect(card.basis).toBe('Market mark: the Mar 2026 round');
    expect(card.detail).toBe(
      `23.1% × $852.0B; projected: ${formatUsd(base.kpis.msftStakeValueNpv)} (present value, before tax on a sale)`,
    );
    // Without the 2026 round the mark is the Oct 2025 $500B: 27% of it.
    const recap = cardsFor(presetValues('recap-2025'));
    expect(recap.get('msftStakeValueAtMark')!.value).toBe('$135.0B');
    expect(recap.get('msftStakeValueAtMark')!.basis).toBe('Market mark: the Oct 2025 round');
  });

  it('formats the revenue share both sides see', () => {
    // 20% of $13B, $30B, $55B, then $18.4B of 2028's $20B: the $38B cap; 20% of 2025–30's $648B is $129.6B.
    expect(cards.get('revenueSharePaidThrough2030')!.value).toBe('$38.0B');
    expect(cards.get('revenueSharePaidThrough2030')!.basis).toBe('Nominal, before tax');
    expect(cards.get('revenueSharePaidThrough2030')!.detail).toBe('Cap reached 2028; $129.6B uncapped');
    const paid = cards.get('openaiRevenueSharePaidNpv')!;
    expect(paid.value).toBe(formatUsd(base.kpis.openaiRevenueSharePaidNpv));
    expect(paid.basis).toBe('Present value in 2025 dollars, before tax');
  });

  it('says what the cap saves OpenAI, "not applicable" without a cap and "none" when it is not reached', () => {
    const card = cards.get('openaiCapSavingThrough2030')!;
    // $129.6B owed without the cap − $38.0B paid.
    expect(card.value).toBe('$91.6B');
    expect(card.basis).toBe('Nominal, 2025–30');
    expect(card.detail).toBe('$129.6B owed without the $38.0B cap');

    const uncapped = cardsFor({ ...amended, shareCapOn: false });
    expect(uncapped.get('openaiCapSavingThrough2030')!.value).toBe(NOT_APPLICABLE);
    expect(uncapped.get('openaiCapSavingThrough2030')!.detail).toBe('No cap under these terms');
    expect(uncapped.get('openaiCapSavingThrough2030')!.change).toBe('');
    expect(uncapped.get('revenueSharePaidThrough2030')!.detail).toBe('No cap');

    const high = cardsFor({ ...amended, shareCap: 200e9 });
    expect(high.get('openaiCapSavingThrough2030')!.value).toBe('none');
    expect(high.get('openaiCapSavingThrough2030')!.detail).toBe('The $200.0B cap is not reached by 2030');
    expect(high.get('openaiCapSavingThrough2030')!.change).toBe('−$91.6B');
    expect(high.get('revenueSharePaidThrough2030')!.detail).toBe('The $200.0B cap is never reached');
  });

  it('sets OpenAI’s modelled equity value against the round', () => {
    const card = cards.get('openaiValueAtMark')!;
    expect(card.value).toBe(formatUsd(base.kpis.openaiValueAtMark));
    expect(card.basis).toBe('Model (cash + discounted free cash flow), at the Mar 2026 round');
    expect(card.detail).toBe('Round: $852.0B post-money (market mark)');
  });

  it('says "not applicable" and "none" under the 2019 terms, never $0.0B', () => {
    const old = cardsFor(presetValues('original-2019'));
    expect(old.get('msftStakeValueAtMark')!.value).toBe(NOT_APPLICABLE);
    expect(old.get('msftStakeValueAtMark')!.detail).toBe(
      'No stake under the 2019 terms: a profit share instead',
    );
    expect(old.get('msftStakeValueAtMark')!.change).toBe('');
    expect(old.get('revenueSharePaidThrough2030')!.value).toBe('none');
    expect(old.get('openaiRevenueSharePaidNpv')!.value).toBe('none');
    expect(old.get('openaiCapSavingThrough2030')!.value).toBe(NOT_APPLICABLE);
    for (const c of old.values()) expect(c.value, c.id).not.toBe('$0.0B');
  });

  it('reports the change against the preset when an assumption differs', () => {
    const uncapped = cardsFor({ ...amended, shareCapOn: false });
    // Without the cap OpenAI pays 20% of 2025–30 revenue, $129.6B: $91.6B more than the $38.0B cap.
    expect(uncapped.get('revenueSharePaidThrough2030')!.value).toBe('$129.6B');
    expect(uncapped.get('revenueSharePaidThrough2030')!.change).toBe('+$91.6B');
    // The round is untouched by the cap.
    expect(uncapped.get('msftStakeValueAtMark')!.change).toBe('');
  });

  it('gives the value’s change, on one line', () => {
    const values = { ...amended, shareCapOn: false };
    const p = project(values);
    const card = kpiCards(p, base, values)[0]!;
    expect(card.change).toBe(`+${formatUsd(p.kpis.msftTotalValueNpv - base.kpis.msftTotalValueNpv)}`);
  });

  it('says "never" and "was …" when a year disappears', () => {
    const never = {
      ...base,
      kpis: { ...base.kpis, openaiBreakEvenYear: null, openaiBreakEvenRevenue: null },
    };
    const card = kpiCards(never, base, amended).find((c) => c.id === 'openaiBreakEvenYear')!;
    expect(card.value).toBe('never');
    expect(card.detail).toBe('Not within the horizon');
    expect(card.change).toBe('was 2030');
  });

  it('uses a true minus sign for decreases', () => {
    const card = cardsFor({ ...amended, shareCap: 20e9 }).get('revenueSharePaidThrough2030')!;
    expect(card.value).toBe('$20.0B');
    expect(card.change).toBe('−$18.0B');
  });
});

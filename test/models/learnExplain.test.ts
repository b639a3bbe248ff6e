import { describe, expect, it } from 'vitest';

import {
  PARAM_BY_ID,
  PRESETS,
  presetValues,
  project,
  type ParamId,
  type Projection,
  type ScenarioValues,
} from '../../models/index.ts';
import {
  EXPLAINED_CHARTS,
  EXPLAINED_KPIS,
  explain,
  type ExplainId,
  type Explanation,
} from '../../models/learn/explain.ts';
import { B, scenario } from './support.ts';

/** A number as the explanation writes it, read back: "$1,234.56B", "−$0.25B", "23.08%". */
function read(shown: string): number {
  const negative = shown.startsWith('−') || shown.startsWith('-');
  const body = shown.replace(/^[−-]/, '').replace(/,/g, '');
  let m = /^\$(\d+(?:\.\d+)?)B$/.exec(body);
  if (m) return (negative ? -1 : 1) * Number(m[1]) * B;
  m = /^(\d+(?:\.\d+)?)%$/.exec(body);
  if (m) return ((negative ? -1 : 1) * Number(m[1])) / 100;
  throw new Error(`cannot read "${shown}"`);
}

/** The shown inputs, read back, by symbol. */
function shownInputs(e: Explanation): Map<string, number> {
  return new Map(e.inputs.map((q) => [q.symbol, read(q.shown)]));
}

const HALF_CENT_OF_A_BILLION = 0.005 * B;

function expectNear(actual: number, expected: number, tolerance: number, what: string) {
  if (!(Math.abs(actual - expected) <= tolerance))
    expect.fail(`${what}: ${actual / B}B recomputed from the shown numbers, figure is ${expected / B}B`);
}

function sumShown(e: Explanation, prefix: RegExp): { total: number; count: number } {
  let total = 0;
  let count = 0;
  for (const [symbol, value] of shownInputs(e))
    if (prefix.test(symbol)) {
      total += value;
      count++;
    }
  return { total, count };
}

/**
 * Recomputes each figure from the numbers its explanation shows, by a formula written here independently of
 * models/learn/explain.ts, and checks it against the projection within the rounding of the shown numbers.
 */
function recheck(id: ExplainId, e: Explanation, p: Projection, v: ScenarioValues) {
  const k = p.kpis;
  const n = shownInputs(e);
  const get = (symbol: string) => {
    const x = n.get(symbol);
    if (x === undefined) throw new Error(`${id}: no input "${symbol}"`);
    return x;
  };
  switch (id) {
    case 'msftTotalValueNpv':
    case 'msft-value': {
      const { total, count } = sumShown(e, /^[SRAPFH]$/);
      expectNear(total, k.msftTotalValueNpv, count * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'msftStakeValueAtMark': {
      if (k.msftStakeValueAtMark === null) return expect(e.result).toBeNull();
      const mark =
        v.round2026Raised > 0 ? get('s') * (1 - get('R') / get('V')) * get('V') : get('s') * get('V');
      expectNear(mark, k.msftStakeValueAtMark, 1e-3 * k.msftStakeValueAtMark, id);
      return;
    }
    case 'revenueSharePaidThrough2030': {
      const { total, count } = sumShown(e, /^P/);
      expect(count).toBe(6);
      expectNear(total, k.revenueSharePaidThrough2030, count * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'azureRevenueThrough2030': {
      const { total, count } = sumShown(e, /^[CU]/);
      expect(count).toBe(12);
      expectNear(total, k.azureRevenueThrough2030, count * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'openaiRevenueSharePaidNpv': {
      const r = get('r');
      let pv = 0;
      let count = 0;
      for (const [symbol, x] of n) {
        const year = /^P(.+)$/.exec(symbol)?.[1];
        if (year === undefined) continue;
        const y = Number([...year].map((c) => '₀₁₂₃₄₅₆₇₈₉'.indexOf(c)).join(''));
        pv += x / (1 + r) ** (y - 2025);
        count++;
      }
      expectNear(pv, k.openaiRevenueSharePaidNpv, count * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'openaiCapSavingThrough2030': {
      if (!v.shareCapOn) return expect(e.result).toBeNull();
      expectNear(get('Owed') - get('Paid'), k.openaiCapSavingThrough2030, 2 * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'openaiValueAtMark': {
      const m =
        v.round2026Raised > 0
          ? (get('V₂₀₂₅') - get('C₂₀₂₅')) * (1 + get('kₑ')) ** 0.25 + get('C₂₀₂₅') + get('R')
          : get('V₂₀₂₅');
      expectNear(m, k.openaiValueAtMark, 3 * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'openaiBreakEvenYear': {
      const y = k.openaiBreakEvenYear;
      if (y === null) return expect(e.result).toBeNull();
      expect(e.result?.value).toBe(y);
      const s = (year: number) => [...String(year)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]).join('');
      const { total, count } = sumShown(e, new RegExp(`^(Rev|Compute|Idle|Other|Share|Recv)${s(y)}$`));
      expectNear(total, get(`OCF${s(y)}`), count * HALF_CENT_OF_A_BILLION, `${id}: operating cash flow`);
      expect(get(`OCF${s(y)}`)).toBeGreaterThan(0);
      if (y === 2025) return;
      const before = get(`OCF${s(y - 1)}`);
      expect(before).toBeLessThanOrEqual(0);
      const f = -before / (get(`OCF${s(y)}`) - before);
      const rev = get(`Rev${s(y - 1)}`) + f * (get(`Rev${s(y)}`) - get(`Rev${s(y - 1)}`));
      expectNear(rev, k.openaiBreakEvenRevenue!, 0.005 * k.openaiBreakEvenRevenue!, `${id}: revenue`);
      return;
    }
    case 'revenue-share': {
      const [rate, rev] = e.inputs;
      const owed = read(rate!.shown) * read(rev!.shown);
      const paid = v.shareCapOn ? Math.min(owed, get('Room')) : owed;
      expectNear(paid, e.result!.value, 1e-3 * owed + HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'compute': {
      const { total, count } = sumShown(e, /^(?!Rev$|gm$)/);
      expectNear(total, p.series.computeSpend[5]!, count * HALF_CENT_OF_A_BILLION, id);
      expectNear(
        get('Rev') * (1 - get('gm')),
        p.series.inferenceCompute[5]!,
        1e-3 * p.series.inferenceCompute[5]!,
        `${id}: inference`,
      );
      return;
    }
    case 'openai-economics': {
      const { total, count } = sumShown(e, /./);
      expectNear(total, p.series.openaiFreeCashFlow[5]!, count * HALF_CENT_OF_A_BILLION, id);
      return;
    }
    case 'valuation': {
      const last = p.years.length - 1;
      const value = [...n.entries()].find(([symbol]) => symbol.startsWith('V'))![1];
      expectNear(get('s') * value, p.series.msftStakeValue[last]!, 1e-3 * value, id);
      expect(e.result?.value).toBe(p.series.msftStakeValue[last]);
      return;
    }
  }
}

const IDS: readonly ExplainId[] = [...EXPLAINED_KPIS, ...EXPLAINED_CHARTS];

const SCENARIOS: [string, ScenarioValues][] = [
  ...PRESETS.map((preset) => [preset.id, presetValues(preset.id)] as [string, ScenarioValues]),
  ['a $50B cap, revenue $200B in 2030', scenario({ shareCap: 50 * B, rev2030: 200 * B })],
  [
    'no cap, share paid to 2038, horizon 2032',
    scenario({ shareCapOn: false, shareLastYear: 2038, horizonEnd: 2032 }),
  ],
  [
    'a step to 8% in 2028',
    scenario({ shareShape: 'step', shareEnd: 0.08, shareDeclineEnd: 2028, shareCapOn: false }),
  ],
];

describe('explain: the shown numbers reproduce the figure', () => {
  describe.each(SCENARIOS)('%s', (_, values) => {
    const p = project(values);
    it.each(IDS)('%s', (id) => {
      const e = explain(id, p, values);
      expect(e.id).toBe(id);
      recheck(id, e, p, values);
    });
  });
});

describe('explain: what every explanation carries', () => {
  const values = presetValues('amended-2026');
  const p = project(values);
  it.each(IDS)('%s names real assumptions and shows its arithmetic', (id) => {
    const e = explain(id, p, values);
    expect(e.words.length).toBeGreaterThan(40);
    expect(e.symbols).toMatch(/=/);
    expect(e.assumptions.length).toBeGreaterThan(0);
    for (const a of e.assumptions) expect(PARAM_BY_ID.has(a as ParamId), a).toBe(true);
    expect(new Set(e.inputs.map((q) => q.symbol)).size, 'symbols are unique').toBe(e.inputs.length);
    expect(e.arithmetic.length).toBeGreaterThan(0);
    // The last line ends in the figure as the explanation states it.
    if (e.result && id !== 'openaiBreakEvenYear' && id !== 'valuation')
      expect(e.arithmetic.at(-1)).toContain(e.result.shown);
  });

  it('the result is the projection’s own figure', () => {
    for (const id of EXPLAINED_KPIS) {
      const e = explain(id, p, values);
      expect(e.result?.value, id).toBe(p.kpis[id]);
    }
  });

  it('states the Apr 2026 stake mark with hand-checked numbers: 27% × (1 − 122 ÷ 852) × $852B', () => {
    const e = explain('msftStakeValueAtMark', p, values);
    expect(e.inputs.map((q) => q.shown)).toEqual(['27.00%', '$122.00B', '$852.00B']);
    // 0.27 × 730 = 197.1
    expect(e.result?.shown).toBe('$197.10B');
    expect(e.arithmetic.join(' ')).toContain('27.00% × (1 − $122.00B ÷ $852.00B) × $852.00B');
  });

  it('a moved slider moves the plugged-in numbers', () => {
    const changed = { ...values, shareCap: 50 * B };
    const e = explain('revenueSharePaidThrough2030', project(changed), changed);
    expect(e.words).toContain('$50.00B total cap');
    expect(e.result?.shown).toBe('$50.00B');
  });

  it('says why a figure does not exist: no cap, no stake', () => {
    const noCap = { ...values, shareCapOn: false };
    expect(explain('openaiCapSavingThrough2030', project(noCap), noCap).note).toBe(
      'Not applicable: no total cap applies under these terms.',
    );
    const v2019 = presetValues('original-2019');
    expect(explain('msftStakeValueAtMark', project(v2019), v2019).note).toBe(
      'Not applicable: under the 2019 terms Microsoft holds a share of profits, not a stake.',
    );
  });
});

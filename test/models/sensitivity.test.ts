import { describe, expect, it } from 'vitest';
import {
  inapplicable,
  KEY_ASSUMPTIONS,
  keyAssumptions,
  PARAM_BY_ID,
  presetValues,
  project,
  tornado,
  type NumberMeta,
} from '../../models/index.ts';
import { scenario } from './support.ts';

describe('tornado', () => {
  const values = presetValues('amended-2026');
  const headline = (p: ReturnType<typeof project>) => p.kpis.msftTotalValueNpv;
  const bars = tornado(values, headline);

  it('gives the figure with each assumption at both ends of its range, the others held', () => {
    for (const bar of bars.slice(0, 5)) {
      const meta = PARAM_BY_ID.get(bar.id) as NumberMeta;
      expect([bar.lowInput, bar.highInput]).toEqual([meta.min, meta.max]);
      expect(bar.low).toBe(headline(project({ ...values, [bar.id]: meta.min })));
      expect(bar.high).toBe(headline(project({ ...values, [bar.id]: meta.max })));
    }
  });

  it('sorts bars by swing, largest first, and leaves out what does not move the figure or does not apply', () => {
    // A money figure is never null.
    const size = (b: (typeof bars)[number]) => Math.abs(b.high! - b.low!);
    for (let i = 1; i < bars.length; i++) expect(size(bars[i - 1]!)).toBeGreaterThanOrEqual(size(bars[i]!));
    const ids = bars.map((b) => b.id);
    expect(ids).not.toContain('horizonEnd'); // values do not depend on the horizon
    expect(ids).not.toContain('shareEnd'); // flat shape: does not apply
    for (const id of inapplicable(values, project(values)).keys()) expect(ids).not.toContain(id);
    expect(bars.every((b) => b.low !== b.high)).toBe(true);
  });

  it('moves the figure the way the model says: a higher cost of equity lowers the stake', () => {
    const coe = bars.find((b) => b.id === 'costOfEquity')!;
    expect(coe.high).toBeLessThan(coe.low!);
  });
});

describe('tornado of any figure', () => {
  const values = presetValues('amended-2026');

  it('takes a kpi id and gives the same bars as a function reading it', () => {
    const byId = tornado(values, 'revenueSharePaidThrough2030');
    const byFunction = tornado(values, (p) => p.kpis.revenueSharePaidThrough2030);
    expect(byId).toEqual(byFunction);
    expect(byId[0]!.id).toBeDefined();
  });

  it('swings each assumption where `swing` says (e.g. a distribution’s P10 and P90), not across its range', () => {
    const swing = (m: NumberMeta) =>
      m.id === 'rev2030' ? ([252e9, 308e9] as const) : ([m.min, m.max] as const);
    const bars = tornado(values, 'msftTotalValueNpv', { swing });
    const rev = bars.find((b) => b.id === 'rev2030')!;
    expect([rev.lowInput, rev.highInput]).toEqual([252e9, 308e9]);
    expect(rev.high).toBe(project({ ...values, rev2030: 308e9 }).kpis.msftTotalValueNpv);
    expect(rev.low).toBe(project({ ...values, rev2030: 252e9 }).kpis.msftTotalValueNpv);
  });

  it('reads a year that never comes within the horizon as null, ranked as the year after the horizon', () => {
    // Other costs at 50% of revenue: OpenAI never turns cash-flow positive by 2035.
    expect(project({ ...values, opexShare: 0.5 }).kpis.openaiBreakEvenYear).toBeNull();
    const bars = tornado(values, 'openaiBreakEvenYear');
    const opex = bars.find((b) => b.id === 'opexShare')!;
    const lowYear = project({ ...values, opexShare: 0.05 }).kpis.openaiBreakEvenYear!;
    expect(opex).toMatchObject({ low: lowYear, high: null });
    // Sorted as if "never" were 2036: its swing is 2036 − lowYear.
    const size = (b: (typeof bars)[number]) =>
      Math.abs((b.high ?? values.horizonEnd + 1) - (b.low ?? values.horizonEnd + 1));
    for (let i = 1; i < bars.length; i++) expect(size(bars[i - 1]!)).toBeGreaterThanOrEqual(size(bars[i]!));
    expect(size(opex)).toBe(2036 - lowYear);
  });

  it('leaves out an assumption when the year never comes at either end', () => {
    const never = scenario({ opexShare: 0.5 });
    const bars = tornado(never, 'openaiBreakEvenYear');
    for (const b of bars) expect(b.low !== null || b.high !== null).toBe(true);
  });

  it('costs two projections per assumption (the base projection passed in)', () => {
    const base = project(values);
    expect(tornado(values, 'msftTotalValueNpv', { base })).toEqual(tornado(values, 'msftTotalValueNpv'));
  });
});

describe('KEY_ASSUMPTIONS', () => {
  it('is the measured top eight (re-measure and update it when this fails)', () => {
    expect(KEY_ASSUMPTIONS).toEqual(keyAssumptions(8));
  });
});

describe('keyAssumptions', () => {
  it('are the top of the headline tornado under the latest terms', () => {
    const key = keyAssumptions(8);
    expect(key).toHaveLength(8);
    const bars = tornado(presetValues('amended-2026'), (p) => p.kpis.msftTotalValueNpv);
    expect(key).toEqual(bars.slice(0, 8).map((b) => b.id));
    expect(key).toContain('rev2030');
    expect(key).toContain('costOfEquity');
  });
});

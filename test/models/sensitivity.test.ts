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
    for (let i = 1; i < bars.length; i++) {
      expect(Math.abs(bars[i - 1]!.high - bars[i - 1]!.low)).toBeGreaterThanOrEqual(
        Math.abs(bars[i]!.high - bars[i]!.low),
      );
    }
    const ids = bars.map((b) => b.id);
    expect(ids).not.toContain('horizonEnd'); // values do not depend on the horizon
    expect(ids).not.toContain('shareEnd'); // flat shape: does not apply
    for (const id of inapplicable(values, project(values)).keys()) expect(ids).not.toContain(id);
    expect(bars.every((b) => b.low !== b.high)).toBe(true);
  });

  it('moves the figure the way the model says: a higher cost of equity lowers the stake', () => {
    const coe = bars.find((b) => b.id === 'costOfEquity')!;
    expect(coe.high).toBeLessThan(coe.low);
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

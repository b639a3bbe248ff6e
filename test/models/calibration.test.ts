import { describe, expect, it } from 'vitest';
import { presetValues, project, reconcile } from '../../models/index.ts';
import { SOURCE_BY_ID, type SourceId } from '../../models/sources.ts';
import { B, expectRel } from './support.ts';

// The presets must reproduce the sources they cite; models/reconcile.ts lists every such figure and the page and
// `--reconcile` show the same rows.

const at = (year: number) => year - 2025;

describe('amended-2026 reproduces the Apr 2026 amendment and the 2026 reporting', () => {
  const values = presetValues('amended-2026');
  const p = project(values);

  it('keeps the 20% rate every year through 2030 and nothing after', () => {
    p.years.forEach((year, i) => {
      expect(p.series.revenueShareRate[i], String(year)).toBe(year <= 2030 ? 0.2 : 0);
    });
  });

  it('pays exactly the $38B cap through 2030 and over the whole horizon', () => {
    expectRel(p.kpis.revenueSharePaidThrough2030, 38 * B, 1e-12);
    expectRel(
      p.series.revenueSharePaid.reduce((a, b) => a + b, 0),
      38 * B,
      1e-12,
    );
    expect(p.kpis.revenueShareCapReachedYear).not.toBeNull();
  });

  it('would owe about $135B through 2030 without the cap, so the cap saves about $97B (The Information), ±15%', () => {
    expectRel(p.kpis.revenueShareUncappedThrough2030, 135 * B, 0.15);
    expectRel(p.kpis.openaiCapSavingThrough2030, 97 * B, 0.15);
    const uncapped = project({ ...values, shareCapOn: false });
    expectRel(uncapped.kpis.revenueSharePaidThrough2030, p.kpis.revenueShareUncappedThrough2030, 1e-12);
  });

  it('loses between $10B and $20B of operating cash flow in 2026 (reported: ~$14B)', () => {
    const ocf = p.series.openaiOperatingCashFlow[at(2026)]!;
    expect(ocf).toBeGreaterThan(-20 * B);
    expect(ocf).toBeLessThan(-10 * B);
  });

  it('has no absurd year of training compute (at most its peak share of revenue, 90%)', () => {
    p.years.forEach((year, i) => {
      expect(p.series.trainingCompute[i]! / p.series.openaiRevenue[i]!, String(year)).toBeLessThanOrEqual(
        0.9,
      );
    });
  });

  it('turns cash-flow positive in 2030 and spends $600B on compute through 2030 with no idle capacity', () => {
    expect(p.kpis.openaiBreakEvenYear).toBe(2030);
    expectRel(p.kpis.computeSpendThrough2030, 600 * B, 1e-9);
    expect(p.kpis.idleComputeTotal).toBe(0);
  });

  it('pays every contract in full: $250B Azure, $300B Oracle, $22.4B CoreWeave, $38B + $100B AWS', () => {
    expectRel(p.contracts.azure, 250 * B);
    expectRel(p.contracts.oracle, 300 * B);
    expectRel(p.contracts.coreweave, 22.4 * B);
    expectRel(p.contracts.aws, 138 * B);
  });

  it('values OpenAI near the Mar 2026 round ($852B, within 10%) and the stake projected near its mark (within 20%)', () => {
    expectRel(p.kpis.openaiValueAtMark, 852 * B, 0.1);
    // 27% diluted by the round's $122B of new money at $852B post-money.
    expectRel(p.kpis.msftStakeValueAtMark, 0.27 * (1 - 122 / 852) * 852 * B);
    expectRel(p.kpis.msftStakeValueNpv, p.kpis.msftStakeValueAtMark!, 0.2);
  });

  it('gives the same headline with the horizon at 2030 and at 2040 (within 20% of the 2035 figure)', () => {
    const h2030 = project({ ...values, horizonEnd: 2030 }).kpis.msftTotalValueNpv;
    const h2040 = project({ ...values, horizonEnd: 2040 }).kpis.msftTotalValueNpv;
    expect(Math.abs(h2040 - h2030)).toBeLessThanOrEqual(0.2 * p.kpis.msftTotalValueNpv);
    // Cash from the round is spent by 2030, so here the horizon moves nothing at all.
    expectRel(h2040, h2030, 1e-9);
  });

  it('lowers OpenAI’s value and raises Microsoft’s revenue share when the cap is lifted', () => {
    const uncapped = project({ ...values, shareCapOn: false });
    expect(uncapped.kpis.openaiValue2026).toBeLessThan(p.kpis.openaiValue2026);
    expect(uncapped.ledger.microsoft.revenueShare).toBeGreaterThan(p.ledger.microsoft.revenueShare);
  });
});

describe('seeds-2025 reproduces the 2025 seed texts', () => {
  const p = project(presetValues('seeds-2025'));

  it('has a revenue share of 20% in 2025 falling to 8% in 2030 (Reuters)', () => {
    expect(p.series.revenueShareRate[at(2025)]).toBeCloseTo(0.2, 12);
    expect(p.series.revenueShareRate[at(2030)]).toBeCloseTo(0.08, 12);
  });

  it('spends about $450B on compute through 2030 (The Information), within 10%', () => {
    expectRel(p.kpis.computeSpendThrough2030, 450 * B, 0.1);
  });

  it('pays Azure about $135B by 2030, the seed’s server rental, within 10%', () => {
    expectRel(p.kpis.azureRevenueThrough2030, 135 * B, 0.1);
  });

  it('has the partners out-paying Azure by 2030', () => {
    expect(p.kpis.partnersExceedAzureYear).not.toBeNull();
    expect(p.kpis.partnersExceedAzureYear).toBeLessThanOrEqual(2030);
  });

  it("values Microsoft's stake at $150B in 2025 (Business Insider: at least $150B)", () => {
    expectRel(p.kpis.msftStakeValueAtMark, 150 * B, 1e-9);
  });

  it('breaks even at about $60B of revenue (The Information), within 15%', () => {
    expectRel(p.kpis.openaiBreakEvenRevenue, 60 * B, 0.15);
  });
});

describe('original-2019', () => {
  const p = project(presetValues('original-2019'));

  it('returns at most the 100× cap on the $1B invested', () => {
    expect(p.kpis.msftInvested).toBe(1 * B);
    expect(p.kpis.msftMultipleOnInvestment).not.toBeNull();
    expect(p.kpis.msftMultipleOnInvestment!).toBeLessThanOrEqual(100);
    expect(p.series.msftProfitShare.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100 * B * (1 + 1e-12));
  });

  it('has no stake and no revenue share', () => {
    expect(p.ledger.microsoft.stake).toBe(0);
    expect(p.ledger.microsoft.revenueShare).toBe(0);
    expect(p.kpis.msftStakeValueAtMark).toBeNull();
  });
});

describe('reconcile', () => {
  const rows = reconcile();

  it('lists each reported figure once, with a source, a note and a known preset', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.cites.length, r.id).toBeGreaterThan(0);
      for (const id of r.cites) expect(SOURCE_BY_ID.has(id as SourceId), `${r.id} cites ${id}`).toBe(true);
      expect(r.note.trim(), r.id).not.toBe('');
      expect(() => presetValues(r.preset), r.id).not.toThrow();
    }
  });

  it('matches every figure within its tolerance, except those it says are deliberately not matched', () => {
    for (const r of rows) {
      const deliberate = r.note.startsWith('Deliberately not matched');
      expect(r.matched, `${r.id}: gap ${r.gap}`).toBe(!deliberate);
    }
    expect(rows.filter((r) => !r.matched).map((r) => r.id)).toEqual(['stake-s1']);
  });

  it('computes the gap from the reported and model figures', () => {
    const cap = rows.find((r) => r.id === 'cap-saving')!;
    expectRel(cap.gap, (cap.model! - 97 * B) / (97 * B));
    const year = rows.find((r) => r.id === 'breakeven-2030')!;
    expect(year.gap).toBe(0);
  });
});

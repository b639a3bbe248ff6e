import type { ScenarioValues } from '../schema/scenario.ts';
import { decayingRate, FIRST_YEAR } from './paths.ts';

/**
 * OpenAI's valuation: the reported valuation in 2025 (and 2026 when the anchor year is 2026), then revenue times
 * a multiple that converges from the last reported valuation's multiple toward the terminal multiple.
 */
export function valuation(v: ScenarioValues, years: readonly number[], revenue: readonly number[]): number[] {
  const out: number[] = [];
  const anchorYear = v.valuationAnchorYear;
  let anchorMultiple = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    if (year === FIRST_YEAR) out[i] = v.valuation2025;
    else if (year === anchorYear) out[i] = v.valuation2026;
    else {
      out[i] =
        revenue[i]! * decayingRate(year, anchorYear, anchorMultiple, v.terminalMultiple, v.multipleHalfLife);
    }
    if (year === anchorYear) anchorMultiple = out[i]! / revenue[i]!;
  }
  return out;
}

/**
 * The 2019 capped-profit profit share: Microsoft takes `legacyShareBefore` of OpenAI's profits (positive operating
 * cash flow) until it has recouped what it invested, then `legacyShareAfter`, until it has received
 * `legacyCapMultiple` times its investment. Nothing is assumed received before 2025.
 */
export function legacyProfitShare(v: ScenarioValues, invested: number, profit: readonly number[]): number[] {
  const out: number[] = [];
  const cap = v.legacyCapMultiple * invested;
  let received = 0;
  for (let i = 0; i < profit.length; i++) {
    const p = profit[i]! > 0 ? profit[i]! : 0;
    let pay: number;
    const toRecoup = invested - received;
    if (toRecoup <= 0) pay = p * v.legacyShareAfter;
    else if (p * v.legacyShareBefore <= toRecoup) pay = p * v.legacyShareBefore;
    else {
      // The year Microsoft recoups: the profit needed to recoup at the higher rate, the rest at the lower one.
      const profitToRecoup = v.legacyShareBefore > 0 ? toRecoup / v.legacyShareBefore : 0;
      pay = toRecoup + (p - profitToRecoup) * v.legacyShareAfter;
    }
    if (received + pay > cap) pay = Math.max(0, cap - received);
    received += pay;
    out[i] = pay;
  }
  return out;
}

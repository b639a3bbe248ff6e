import type { ScenarioValues } from '../schema/scenario.ts';

export interface EquitySeries {
  /** OpenAI's equity value at each year end (after that year's flows): cash + future free cash flows at the cost of equity. */
  value: number[];
  /** Cash held at year end. */
  cash: number[];
  /** New equity raised (the Mar 2026 round, then whatever keeps cash from going negative). */
  raised: number[];
  /** Cash paid out to holders: in a year of positive free cash flow, all cash later losses will not need. */
  distributions: number[];
  /** Holders' fractions after each year's raises. */
  msftStake: number[];
  foundationStake: number[];
}

/**
 * OpenAI's equity, year by year.
 *
 * Value: a discounted cash flow at the cost of equity. At each year end the equity is worth its cash plus the
 * free cash flows of every later year through the last modelled one, plus a terminal value (the last year's flow,
 * taxed in full, growing at the long-run rate forever). A negative total is floored at zero: shareholders' liability is limited.
 *
 * Funding: 2025's burn was funded before the Oct 2025 recapitalization set the stakes. From 2026, the Mar 2026
 * round brings its new money at its reported post-money valuation, and whenever cash would go negative OpenAI
 * raises just enough new equity at the then value. Every raise dilutes every holder by its share of the post-money
 * value; more burn, more dilution. In a year of positive free cash flow, all cash beyond what later losses will need
 * is paid out, so little sits idle (cash earns nothing here).
 */
export function equity(
  v: ScenarioValues,
  years: readonly number[],
  fcf: readonly number[],
  /** Value at the last modelled year end of every flow after it; by default the last flow growing forever. */
  terminalValue?: number,
): EquitySeries {
  const n = years.length;
  const ke = v.costOfEquity;
  const g = v.revGrowthTerminal;
  // Value of the flows after each year end, backwards from the terminal value.
  const future: number[] = [];
  for (let i = 0; i < n; i++) future.push(0);
  future[n - 1] = terminalValue ?? (fcf[n - 1]! * (1 + g)) / (ke - g);
  for (let i = n - 2; i >= 0; i--) future[i] = (fcf[i + 1]! + future[i + 1]!) / (1 + ke);

  // Cash OpenAI must hold at each year end to fund every later loss without raising: it never pays that out.
  const reserve: number[] = [];
  for (let i = 0; i < n; i++) reserve.push(0);
  for (let i = n - 2; i >= 0; i--) reserve[i] = Math.max(0, reserve[i + 1]! - fcf[i + 1]!);

  const value: number[] = [];
  const cash: number[] = [];
  const raised: number[] = [];
  const distributions: number[] = [];
  const msftStake: number[] = [];
  const foundationStake: number[] = [];
  let held = 0;
  let msft = v.equityMode === 'stake' ? v.msftStake : 0;
  let foundation = v.foundationStake;
  for (let i = 0; i < n; i++) {
    const year = years[i]!;
    const flow = fcf[i]!;
    let before = held + flow;
    let round = 0;
    let keep = 1;
    if (year === 2026 && v.round2026Raised > 0) {
      round = v.round2026Raised;
      before += round;
      keep *= 1 - Math.min(1, round / v.valuation2026);
    }
    // 2025's burn was funded by the rounds before the recapitalization: no dilution that year.
    const topUp = before < 0 ? -before : 0;
    held = before + topUp;
    let paidOut = 0;
    if (flow > 0 && round === 0 && held > reserve[i]!) {
      paidOut = held - reserve[i]!;
      held = reserve[i]!;
    }
    const worth = Math.max(0, held + future[i]!);
    if (topUp > 0 && i > 0) keep *= worth > topUp ? 1 - topUp / worth : 0;
    msft *= keep;
    foundation *= keep;
    value.push(worth);
    cash.push(held);
    raised.push(round + topUp);
    distributions.push(paidOut);
    msftStake.push(msft);
    foundationStake.push(foundation);
  }
  return { value, cash, raised, distributions, msftStake, foundationStake };
}

/** The stake's market mark: the latest priced round (Mar 2026 when there is one, else Oct 2025). */
export function stakeMark(v: ScenarioValues): { year: number; valuation: number; stake: number } {
  const stake = v.equityMode === 'stake' ? v.msftStake : 0;
  if (v.round2026Raised > 0) {
    return {
      year: 2026,
      valuation: v.valuation2026,
      stake: stake * (1 - Math.min(1, v.round2026Raised / v.valuation2026)),
    };
  }
  return { year: 2025, valuation: v.valuation2025, stake };
}

/**
 * The 2019 capped-profit profit share: Microsoft takes `legacyShareBefore` of OpenAI's profits (positive free cash
 * flow) until it has recouped what it invested, then `legacyShareAfter`, until it has received
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
    out.push(pay);
  }
  return out;
}

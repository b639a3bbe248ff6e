import { BLOCK, colAt, FIRST_YEAR, param, pick, put, stateAt, THROUGH_YEAR, YEARS } from './block';
import {
  P_azureOpenAIGrowth,
  P_azureOpenAIMargin,
  P_azureOpenAIRev2025,
  P_azureShareRate,
  P_horizonEnd,
  P_idleRecovery,
  P_inv2019,
  P_inv2021,
  P_inv2023,
  P_inv2024,
  P_ipRightsEndYear,
  P_legacyCapMultiple,
  P_legacyShareAfter,
  P_legacyShareBefore,
  P_opexShare,
  P_shareCap,
  P_taxRate,
} from './params';

// Series, in the order of the cols table operating.ts (JS) passes.
const REVENUE = 0;
const RATE = 1;
const TOTAL = 2;
const IDLE = 3;
const UNCAPPED = 4;
const PAID = 5;
const AOAI_PROFIT = 6;
const SHARE_TO_OPENAI = 7;
const OPERATING = 8;
const FREE_CASH_FLOW = 9;
const PROFIT_SHARE = 10;
const TO_HOLDERS = 11;
// Per-sample states, in the order of the states table: the kpis' first, then this pass's own carried state.
const CAP_REACHED_YEAR = 0;
const PROFIT_SHARE_SUM = 1;
const INVESTED = 2;
const BREAK_EVEN_YEAR = 3;
const BREAK_EVEN_REVENUE = 4;
const REMAINING = 5;
const AOAI = 6;
const LOSSES = 7;
const RECEIVED = 8;
const LAST_OPERATING = 9;

const LOSS_OFFSET_LIMIT: f64 = 0.8;

/**
 * operatingBlock() of models/engine/batch/operating.ts over two samples a lane pair: the same operations in the
 * same order for each sample, a branch of the JS code both sides computed and picked by the same comparison.
 */
export function operatingBlock(
  n: i32,
  shareCapOn: bool,
  holdsStake: bool,
  params: usize,
  cols: usize,
  states: usize,
): void {
  const capReachedYear = stateAt(states, CAP_REACHED_YEAR);
  const profitShareSum = stateAt(states, PROFIT_SHARE_SUM);
  const invested = stateAt(states, INVESTED);
  const breakEvenYear = stateAt(states, BREAK_EVEN_YEAR);
  const breakEvenRevenue = stateAt(states, BREAK_EVEN_REVENUE);
  const remaining = stateAt(states, REMAINING);
  const aoai = stateAt(states, AOAI);
  const losses = stateAt(states, LOSSES);
  const received = stateAt(states, RECEIVED);
  const lastOperating = stateAt(states, LAST_OPERATING);

  const shareCap = param(params, P_shareCap);
  const aoai2025 = param(params, P_azureOpenAIRev2025);
  const inv2019 = param(params, P_inv2019);
  const inv2021 = param(params, P_inv2021);
  const inv2023 = param(params, P_inv2023);
  const inv2024 = param(params, P_inv2024);
  const inf = f64x2.splat(Infinity);
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(remaining + b, shareCapOn ? v128.load(shareCap + b) : inf);
    v128.store(capReachedYear + b, inf);
    v128.store(aoai + b, v128.load(aoai2025 + b));
    v128.store(losses + b, zero);
    v128.store(received + b, zero);
    v128.store(profitShareSum + b, zero);
    v128.store(breakEvenYear + b, inf);
    v128.store(breakEvenRevenue + b, f64x2.splat(NaN));
    const inv = f64x2.add(
      f64x2.add(f64x2.add(v128.load(inv2019 + b), v128.load(inv2021 + b)), v128.load(inv2023 + b)),
      v128.load(inv2024 + b),
    );
    v128.store(invested + b, inv);
  }

  const taxRate = param(params, P_taxRate);
  const growth = param(params, P_azureOpenAIGrowth);
  const ipEnd = param(params, P_ipRightsEndYear);
  const margin = param(params, P_azureOpenAIMargin);
  const shareRate = param(params, P_azureShareRate);
  const idleRecovery = param(params, P_idleRecovery);
  const opexShare = param(params, P_opexShare);
  const capMultiple = param(params, P_legacyCapMultiple);
  const shareBefore = param(params, P_legacyShareBefore);
  const shareAfter = param(params, P_legacyShareAfter);
  const horizonEnd = param(params, P_horizonEnd);
  const lossLimit = f64x2.splat(LOSS_OFFSET_LIMIT);
  const firstYear = f64x2.splat(<f64>FIRST_YEAR);
  for (let i = 0; i < YEARS; i++) {
    const yearNumber = FIRST_YEAR + i;
    const year = f64x2.splat(<f64>yearNumber);
    const index = f64x2.splat(<f64>i);
    const prev = i > 0 ? i - 1 : 0;
    const ra = colAt(cols, REVENUE, i);
    const rpa = colAt(cols, REVENUE, prev);
    const rta = colAt(cols, RATE, i);
    const ua = colAt(cols, UNCAPPED, i);
    const pa = colAt(cols, PAID, i);
    const apa = colAt(cols, AOAI_PROFIT, i);
    const sta = colAt(cols, SHARE_TO_OPENAI, i);
    const ida = colAt(cols, IDLE, i);
    const tta = colAt(cols, TOTAL, i);
    const opa = colAt(cols, OPERATING, i);
    const fa = colAt(cols, FREE_CASH_FLOW, i);
    const psa = colAt(cols, PROFIT_SHARE, i);
    const tha = colAt(cols, TO_HOLDERS, i);
    const through = yearNumber <= THROUGH_YEAR;
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const both = j + 1 < n;
      const rev = v128.load(ra + b);
      const owed = f64x2.mul(rev, v128.load(rta + b));
      const left = v128.load(remaining + b);
      const pay = pick(f64x2.lt(owed, left), owed, left);
      const capYear = v128.load(capReachedYear + b);
      const reached = v128.and(f64x2.lt(pay, owed), f64x2.eq(capYear, inf));
      v128.store(capReachedYear + b, pick(reached, year, capYear));
      v128.store(remaining + b, f64x2.sub(left, pay));
      put(ua + b, owed, both);
      put(pa + b, pay, both);

      let ao = v128.load(aoai + b);
      // Past its IP rights' end a sample's Azure OpenAI revenue is 0 for good: its growth (a division after 2030)
      // is never read again, so a pair past it skips it.
      const live = f64x2.le(year, v128.load(ipEnd + b));
      if (i > 0 && v128.any_true(live)) {
        ao = f64x2.mul(
          ao,
          through ? f64x2.add(one, v128.load(growth + b)) : f64x2.div(rev, v128.load(rpa + b)),
        );
        v128.store(aoai + b, ao);
      }
      const aoaiRevenue = pick(live, ao, zero);
      put(apa + b, f64x2.mul(aoaiRevenue, v128.load(margin + b)), both);
      const toOpenAI = f64x2.mul(aoaiRevenue, v128.load(shareRate + b));
      put(sta + b, toOpenAI, both);
      const idleRecovered = f64x2.mul(v128.load(ida + b), v128.load(idleRecovery + b));
      const otherCosts = f64x2.mul(rev, v128.load(opexShare + b));
      const ocf = f64x2.add(
        f64x2.sub(f64x2.sub(f64x2.add(f64x2.sub(rev, v128.load(tta + b)), idleRecovered), otherCosts), pay),
        toOpenAI,
      );
      put(opa + b, ocf, both);

      const beYear = v128.load(breakEvenYear + b);
      const within = f64x2.lt(index, f64x2.add(f64x2.sub(v128.load(horizonEnd + b), firstYear), one));
      const breaks = v128.and(v128.and(f64x2.eq(beYear, inf), within), f64x2.gt(ocf, zero));
      if (v128.any_true(breaks)) {
        v128.store(breakEvenYear + b, pick(breaks, year, beYear));
        let crossing = rev;
        if (i > 0) {
          const then = v128.load(lastOperating + b);
          const f = f64x2.div(f64x2.neg(then), f64x2.sub(ocf, then));
          const revenueThen = v128.load(rpa + b);
          crossing = f64x2.add(revenueThen, f64x2.mul(f, f64x2.sub(rev, revenueThen)));
        }
        v128.store(breakEvenRevenue + b, pick(breaks, crossing, v128.load(breakEvenRevenue + b)));
      }
      v128.store(lastOperating + b, ocf);

      const carried = v128.load(losses + b);
      const loss = f64x2.le(ocf, zero);
      const offset = f64x2.min(carried, f64x2.mul(ocf, lossLimit));
      v128.store(losses + b, pick(loss, f64x2.sub(carried, ocf), f64x2.sub(carried, offset)));
      const tax = pick(loss, zero, f64x2.mul(f64x2.sub(ocf, offset), v128.load(taxRate + b)));
      const fcf = f64x2.sub(ocf, tax);
      put(fa + b, fcf, both);

      if (holdsStake) put(psa + b, zero, both);
      else {
        const profit = pick(f64x2.gt(fcf, zero), fcf, zero);
        const got = v128.load(received + b);
        const inv = v128.load(invested + b);
        const toRecoup = f64x2.sub(inv, got);
        const before = v128.load(shareBefore + b);
        const after = v128.load(shareAfter + b);
        const atBefore = f64x2.mul(profit, before);
        const profitToRecoup = pick(f64x2.gt(before, zero), f64x2.div(toRecoup, before), zero);
        const straddling = f64x2.add(toRecoup, f64x2.mul(f64x2.sub(profit, profitToRecoup), after));
        let share = pick(
          f64x2.le(toRecoup, zero),
          f64x2.mul(profit, after),
          pick(f64x2.le(atBefore, toRecoup), atBefore, straddling),
        );
        const legacyCap = f64x2.mul(v128.load(capMultiple + b), inv);
        share = pick(
          f64x2.gt(f64x2.add(got, share), legacyCap),
          f64x2.max(zero, f64x2.sub(legacyCap, got)),
          share,
        );
        v128.store(received + b, f64x2.add(got, share));
        put(psa + b, share, both);
        put(tha + b, f64x2.sub(fcf, share), both);
        v128.store(profitShareSum + b, f64x2.add(v128.load(profitShareSum + b), share));
      }
    }
  }
}

import { colAt, FIRST_YEAR, param, pick, put, stateAt, YEARS } from './block';
import {
  P_costOfEquity,
  P_foundationStake,
  P_horizonEnd,
  P_msftStake,
  P_round2026Raised,
  P_valuation2026,
} from './params';

// Series, in the order of the cols table equity's caller (engine.ts) lays out.
const FREE_CASH_FLOW = 0;
const TO_HOLDERS = 1;
const FUTURE = 2;
const RESERVE = 3;
const VALUE = 4;
const CASH = 5;
const RAISED = 6;
const MSFT_STAKE_VALUE = 7;
const FOUNDATION_STAKE_VALUE = 8;
const OTHERS_STAKE_VALUE = 9;
// Per-sample states, in the order of the states table.
const TERMINAL_VALUE = 0;
const STAKE_NPV = 1;
const HELD = 2;
const MSFT = 3;
const FOUNDATION = 4;
const AT_KE = 5;
const LAST_SHOWN = 6;

/**
 * equityBlock() of models/engine/batch/cash.ts over two samples a lane pair: the holders' flows (the free cash
 * flow, less the 2019 profit share unless Microsoft holds a stake) discounted back from the terminal value, then
 * the cash, rounds, top-ups and stakes year by year; each branch's sides computed and picked by the JS comparison.
 */
export function equityBlock(n: i32, holdsStake: bool, params: usize, cols: usize, states: usize): void {
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  const flows = holdsStake ? FREE_CASH_FLOW : TO_HOLDERS;
  const terminalValue = stateAt(states, TERMINAL_VALUE);
  const stakeNpv = stateAt(states, STAKE_NPV);
  const held = stateAt(states, HELD);
  const msft = stateAt(states, MSFT);
  const foundation = stateAt(states, FOUNDATION);
  const atKe = stateAt(states, AT_KE);
  const lastShown = stateAt(states, LAST_SHOWN);
  const costOfEquity = param(params, P_costOfEquity);
  {
    const fa = colAt(cols, FUTURE, YEARS - 1);
    const ra = colAt(cols, RESERVE, YEARS - 1);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const both = j + 1 < n;
      put(fa + b, v128.load(terminalValue + b), both);
      put(ra + b, zero, both);
    }
  }
  for (let i = YEARS - 2; i >= 0; i--) {
    const fa = colAt(cols, FUTURE, i);
    const fna = colAt(cols, FUTURE, i + 1);
    const ra = colAt(cols, RESERVE, i);
    const rna = colAt(cols, RESERVE, i + 1);
    const ca = colAt(cols, flows, i + 1);
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const both = j + 1 < n;
      const flow = v128.load(ca + b);
      put(
        fa + b,
        f64x2.div(f64x2.add(flow, v128.load(fna + b)), f64x2.add(one, v128.load(costOfEquity + b))),
        both,
      );
      put(ra + b, f64x2.max(zero, f64x2.sub(v128.load(rna + b), flow)), both);
    }
  }

  const round2026Raised = param(params, P_round2026Raised);
  const valuation2026 = param(params, P_valuation2026);
  const msftStart = param(params, P_msftStake);
  const foundationStart = param(params, P_foundationStake);
  const horizonEnd = param(params, P_horizonEnd);
  const firstYear = f64x2.splat(<f64>FIRST_YEAR);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    v128.store(held + b, zero);
    v128.store(msft + b, holdsStake ? v128.load(msftStart + b) : zero);
    v128.store(foundation + b, v128.load(foundationStart + b));
    v128.store(atKe + b, one);
    v128.store(stakeNpv + b, zero);
    const shown = f64x2.add(f64x2.sub(v128.load(horizonEnd + b), firstYear), one);
    v128.store(lastShown + b, f64x2.sub(shown, one));
  }
  for (let i = 0; i < YEARS; i++) {
    const roundYear = FIRST_YEAR + i == 2026;
    const index = f64x2.splat(<f64>i);
    const ca = colAt(cols, flows, i);
    const ra = colAt(cols, RESERVE, i);
    const fa = colAt(cols, FUTURE, i);
    const va = colAt(cols, VALUE, i);
    const cha = colAt(cols, CASH, i);
    const rsa = colAt(cols, RAISED, i);
    const mva = colAt(cols, MSFT_STAKE_VALUE, i);
    const fva = colAt(cols, FOUNDATION_STAKE_VALUE, i);
    const ova = colAt(cols, OTHERS_STAKE_VALUE, i);
    const notLast = i < YEARS - 1;
    for (let j = 0; j < n; j += 2) {
      const b = (<usize>j) << 3;
      const both = j + 1 < n;
      const flow = v128.load(ca + b);
      let before = f64x2.add(v128.load(held + b), flow);
      let round = zero;
      let keep = one;
      if (roundYear) {
        const round2026 = v128.load(round2026Raised + b);
        const raises = f64x2.gt(round2026, zero);
        round = pick(raises, round2026, zero);
        before = pick(raises, f64x2.add(before, round), before);
        const diluted = f64x2.mul(
          keep,
          f64x2.sub(one, f64x2.min(one, f64x2.div(round, v128.load(valuation2026 + b)))),
        );
        keep = pick(raises, diluted, keep);
      }
      const topUp = pick(f64x2.lt(before, zero), f64x2.neg(before), zero);
      let h = f64x2.add(before, topUp);
      const reserved = v128.load(ra + b);
      const pays = v128.and(v128.and(f64x2.gt(flow, zero), f64x2.eq(round, zero)), f64x2.gt(h, reserved));
      const paidOut = pick(pays, f64x2.sub(h, reserved), zero);
      h = pick(pays, reserved, h);
      v128.store(held + b, h);
      const worth = f64x2.max(zero, f64x2.add(h, v128.load(fa + b)));
      const toppingUp = f64x2.gt(topUp, zero);
      if (i > 0 && v128.any_true(toppingUp)) {
        const toppedUp = f64x2.mul(
          keep,
          pick(f64x2.gt(worth, topUp), f64x2.sub(one, f64x2.div(topUp, worth)), zero),
        );
        keep = pick(toppingUp, toppedUp, keep);
      }
      const m = f64x2.mul(v128.load(msft + b), keep);
      const f = f64x2.mul(v128.load(foundation + b), keep);
      v128.store(msft + b, m);
      v128.store(foundation + b, f);
      put(va + b, worth, both);
      put(cha + b, h, both);
      put(rsa + b, f64x2.add(round, topUp), both);
      const msftValue = f64x2.mul(m, worth);
      const foundationValue = f64x2.mul(f, worth);
      put(mva + b, msftValue, both);
      put(fva + b, foundationValue, both);
      put(ova + b, f64x2.sub(f64x2.sub(worth, msftValue), foundationValue), both);
      const last = v128.load(lastShown + b);
      const discount = v128.load(atKe + b);
      let npv = v128.load(stakeNpv + b);
      const through = f64x2.le(index, last);
      npv = pick(through, f64x2.add(npv, f64x2.mul(f64x2.mul(m, paidOut), discount)), npv);
      const atLast = v128.and(through, f64x2.eq(index, last));
      npv = pick(atLast, f64x2.add(npv, f64x2.mul(msftValue, discount)), npv);
      v128.store(stakeNpv + b, npv);
      if (notLast) v128.store(atKe + b, f64x2.div(discount, f64x2.add(one, v128.load(costOfEquity + b))));
    }
  }
}

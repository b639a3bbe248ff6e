import { colAt, FIRST_YEAR, param, pick, put, stateAt, YEARS } from './block';
import { P_horizonEnd, P_hostingOpMargin, P_round2026Raised, P_taxRate } from './params';

// Series, in the order of the cols table the kpis' caller (engine.ts) lays out.
const VALUE = 0;
const CASH = 1;
const MSFT_STAKE_VALUE = 2;
// Per-sample states, in the order of the states table.
const INVESTED = 0;
const CAP_REACHED_YEAR = 1;
const STAKE_NPV = 2;
const PV_SHARE = 3;
const PV_AOAI_PROFIT = 4;
const PV_SHARE_TO_OPENAI = 5;
const PV_PROFIT_SHARE = 6;
const PV_HOSTED_REVENUE = 7;
const PAID_THROUGH = 8;
const UNCAPPED_THROUGH = 9;
const COMPUTE_THROUGH = 10;
const AZURE_THROUGH = 11;
const IDLE_TOTAL = 12;
const PROFIT_SHARE_TERMINAL = 13;
const MARK_VALUES = 14;
const MARK_YEARS = 15;
const BREAK_EVEN_YEAR = 16;
const BREAK_EVEN_REVENUE = 17;
const PARTNERS_YEAR = 18;
/** (1 + ke)^20 where there is a terminal profit share to discount (from JS, which computes powers as project()). */
const TERMINAL_DISCOUNT = 19;
/** (1 + ke)^0.25 where there is a 2026 round (from JS). */
const QUARTER_GROWTH = 20;
// The kpi columns, in the order of the kpis table (engine.ts's WASM_KPIS).
const REVENUE_SHARE_PAID_THROUGH_2030 = 0;
const REVENUE_SHARE_UNCAPPED_THROUGH_2030 = 1;
const REVENUE_SHARE_CAP_REACHED_YEAR = 2;
const COMPUTE_SPEND_THROUGH_2030 = 3;
const AZURE_REVENUE_THROUGH_2030 = 4;
const MSFT_TOTAL_VALUE_NPV = 5;
const MSFT_INVESTED = 6;
const MSFT_MULTIPLE_ON_INVESTMENT = 7;
const MSFT_STAKE_VALUE_AT_MARK = 8;
const MSFT_STAKE_MARK_YEAR = 9;
const MSFT_STAKE_VALUE_NPV = 10;
const OPENAI_REVENUE_SHARE_PAID_NPV = 11;
const OPENAI_CAP_SAVING_THROUGH_2030 = 12;
const OPENAI_VALUE_2026 = 13;
const OPENAI_VALUE_AT_MARK = 14;
const OPENAI_BREAK_EVEN_YEAR = 15;
const OPENAI_BREAK_EVEN_REVENUE = 16;
const PARTNERS_EXCEED_AZURE_YEAR = 17;
const MSFT_STAKE_VALUE_AT_HORIZON = 18;
const IDLE_COMPUTE_TOTAL = 19;

/** Kpi k's column at sample `first`. */
function kpiAt(kpis: usize, k: i32, first: i32): usize {
  return <usize>load<u32>(kpis + ((<usize>k) << 2)) + ((<usize>first) << 3);
}

/** Copies a state into a kpi column. */
function copy(to: usize, from: usize, n: i32): void {
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    put(to + b, v128.load(from + b), j + 1 < n);
  }
}

/** Microsoft's stake's value in lane `lane`'s horizon year (NaN outside the modelled years). */
function atHorizon(cols: usize, h: f64, j: i32): f64 {
  if (!(h >= 0 && h < <f64>YEARS)) return NaN;
  return load<f64>(colAt(cols, MSFT_STAKE_VALUE, <i32>h) + ((<usize>j) << 3));
}

/**
 * The kpis part of BatchEngine (engine.ts) over two samples a lane pair, into the kpi columns from sample
 * `first`: the same operations in the same order as its JS, the powers given.
 */
export function kpisBlock(
  n: i32,
  first: i32,
  holdsStake: bool,
  params: usize,
  cols: usize,
  states: usize,
  kpis: usize,
): void {
  const zero = f64x2.splat(0);
  const one = f64x2.splat(1);
  const nan = f64x2.splat(NaN);
  const taxRate = param(params, P_taxRate);
  const round2026Raised = param(params, P_round2026Raised);
  const hostingOpMargin = param(params, P_hostingOpMargin);
  const horizonEnd = param(params, P_horizonEnd);
  const invested = stateAt(states, INVESTED);
  const stakeNpv = stateAt(states, STAKE_NPV);
  const pvShare = stateAt(states, PV_SHARE);
  const pvAoaiProfit = stateAt(states, PV_AOAI_PROFIT);
  const pvShareToOpenAI = stateAt(states, PV_SHARE_TO_OPENAI);
  const pvProfitShare = stateAt(states, PV_PROFIT_SHARE);
  const pvHostedRevenue = stateAt(states, PV_HOSTED_REVENUE);
  const paidThrough = stateAt(states, PAID_THROUGH);
  const uncappedThrough = stateAt(states, UNCAPPED_THROUGH);
  const profitShareTerminal = stateAt(states, PROFIT_SHARE_TERMINAL);
  const markValues = stateAt(states, MARK_VALUES);
  const terminalDiscount = stateAt(states, TERMINAL_DISCOUNT);
  const quarterGrowth = stateAt(states, QUARTER_GROWTH);
  const value0 = colAt(cols, VALUE, 0);
  const value1 = colAt(cols, VALUE, 1);
  const cash0 = colAt(cols, CASH, 0);
  const totalAt = kpiAt(kpis, MSFT_TOTAL_VALUE_NPV, first);
  const multipleAt = kpiAt(kpis, MSFT_MULTIPLE_ON_INVESTMENT, first);
  const atMarkAt = kpiAt(kpis, MSFT_STAKE_VALUE_AT_MARK, first);
  const savingAt = kpiAt(kpis, OPENAI_CAP_SAVING_THROUGH_2030, first);
  const valueAtMarkAt = kpiAt(kpis, OPENAI_VALUE_AT_MARK, first);
  const horizonAt = kpiAt(kpis, MSFT_STAKE_VALUE_AT_HORIZON, first);
  const firstYear = f64x2.splat(<f64>FIRST_YEAR);
  for (let j = 0; j < n; j += 2) {
    const b = (<usize>j) << 3;
    const both = j + 1 < n;
    const tax = v128.load(taxRate + b);
    const invest = v128.load(invested + b);
    const npv = v128.load(stakeNpv + b);
    const pst = v128.load(profitShareTerminal + b);
    const afterTax = f64x2.sub(one, tax);
    const stake = f64x2.sub(npv, f64x2.mul(tax, f64x2.max(zero, f64x2.sub(npv, holdsStake ? invest : zero))));
    const revenueShare = f64x2.mul(v128.load(pvShare + b), afterTax);
    const azureOpenAIMargin = f64x2.mul(v128.load(pvAoaiProfit + b), afterTax);
    const azureOpenAIShare = f64x2.sub(zero, f64x2.mul(v128.load(pvShareToOpenAI + b), afterTax));
    const terminal = pick(f64x2.eq(pst, zero), zero, f64x2.div(pst, v128.load(terminalDiscount + b)));
    const profitShare2019 = f64x2.mul(f64x2.add(v128.load(pvProfitShare + b), terminal), afterTax);
    const hosting = f64x2.mul(
      f64x2.mul(v128.load(pvHostedRevenue + b), v128.load(hostingOpMargin + b)),
      afterTax,
    );
    const msftTotal = f64x2.add(
      f64x2.add(
        f64x2.add(f64x2.add(f64x2.add(stake, revenueShare), azureOpenAIMargin), azureOpenAIShare),
        profitShare2019,
      ),
      hosting,
    );
    const returned = f64x2.add(f64x2.add(stake, revenueShare), profitShare2019);
    put(totalAt + b, msftTotal, both);
    const multiple = f64x2.div(returned, invest);
    const finite = f64x2.eq(f64x2.sub(multiple, multiple), zero);
    put(multipleAt + b, pick(v128.and(f64x2.gt(invest, zero), finite), multiple, nan), both);
    put(atMarkAt + b, holdsStake ? v128.load(markValues + b) : nan, both);
    put(savingAt + b, f64x2.sub(v128.load(uncappedThrough + b), v128.load(paidThrough + b)), both);
    const v0 = v128.load(value0 + b);
    const c0 = v128.load(cash0 + b);
    const round = v128.load(round2026Raised + b);
    const rolled = f64x2.add(
      f64x2.add(f64x2.mul(f64x2.sub(v0, c0), v128.load(quarterGrowth + b)), c0),
      round,
    );
    put(valueAtMarkAt + b, pick(f64x2.le(round, zero), v0, rolled), both);
    const h = f64x2.sub(v128.load(horizonEnd + b), firstYear);
    store<f64>(horizonAt + b, atHorizon(cols, f64x2.extract_lane(h, 0), j));
    if (both) store<f64>(horizonAt + b + 8, atHorizon(cols, f64x2.extract_lane(h, 1), j + 1));
  }
  copy(kpiAt(kpis, REVENUE_SHARE_PAID_THROUGH_2030, first), paidThrough, n);
  copy(kpiAt(kpis, REVENUE_SHARE_UNCAPPED_THROUGH_2030, first), uncappedThrough, n);
  copy(kpiAt(kpis, REVENUE_SHARE_CAP_REACHED_YEAR, first), stateAt(states, CAP_REACHED_YEAR), n);
  copy(kpiAt(kpis, COMPUTE_SPEND_THROUGH_2030, first), stateAt(states, COMPUTE_THROUGH), n);
  copy(kpiAt(kpis, AZURE_REVENUE_THROUGH_2030, first), stateAt(states, AZURE_THROUGH), n);
  copy(kpiAt(kpis, MSFT_INVESTED, first), invested, n);
  copy(kpiAt(kpis, MSFT_STAKE_MARK_YEAR, first), stateAt(states, MARK_YEARS), n);
  copy(kpiAt(kpis, MSFT_STAKE_VALUE_NPV, first), stakeNpv, n);
  copy(kpiAt(kpis, OPENAI_REVENUE_SHARE_PAID_NPV, first), pvShare, n);
  copy(kpiAt(kpis, OPENAI_VALUE_2026, first), value1, n);
  copy(kpiAt(kpis, OPENAI_BREAK_EVEN_YEAR, first), stateAt(states, BREAK_EVEN_YEAR), n);
  copy(kpiAt(kpis, OPENAI_BREAK_EVEN_REVENUE, first), stateAt(states, BREAK_EVEN_REVENUE), n);
  copy(kpiAt(kpis, PARTNERS_EXCEED_AZURE_YEAR, first), stateAt(states, PARTNERS_YEAR), n);
  copy(kpiAt(kpis, IDLE_COMPUTE_TOTAL, first), stateAt(states, IDLE_TOTAL), n);
}

import type { ScenarioValues } from '../../schema/scenario.ts';
import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from '../paths.ts';
import { LOSS_OFFSET_LIMIT as LOSS_OFFSET_LIMIT_ } from '../openaiCash.ts';
import type { ComputeScratch } from './compute.ts';
import { YEARS as YEARS_ } from './inputs.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const LOSS_OFFSET_LIMIT = LOSS_OFFSET_LIMIT_;
const YEARS = YEARS_;

/** One sample's revenue share, Azure OpenAI Service both ways, operating and free cash flow, 2019 profit share. */
export interface OperatingScratch {
  readonly uncapped: Float64Array;
  readonly paid: Float64Array;
  readonly aoaiProfit: Float64Array;
  readonly shareToOpenAI: Float64Array;
  readonly operating: Float64Array;
  readonly freeCashFlow: Float64Array;
  readonly profitShare: Float64Array;
  /** Free cash flow less the profit share (written only under the 2019 profit share). */
  readonly toHolders: Float64Array;
  /** First year the cap stops payments short of what is owed; Infinity if never. */
  capReachedYear: number;
  profitShareSum: number;
}

export function operatingScratch(): OperatingScratch {
  const f = () => new Float64Array(YEARS);
  return {
    uncapped: f(),
    paid: f(),
    aoaiProfit: f(),
    shareToOpenAI: f(),
    operating: f(),
    freeCashFlow: f(),
    profitShare: f(),
    toHolders: f(),
    capReachedYear: Infinity,
    profitShareSum: 0,
  };
}

/**
 * One pass for what project() computes in several, each carrying its state from year to year: the revenue share
 * and its cap (revenueShare.ts), Azure OpenAI Service both ways and the operating cash flow (project's yearly loop),
 * tax with losses carried forward (openaiCash.ts) and the 2019 profit share (equity.ts); the same operations in the
 * same order.
 */
export function operatingSample(
  v: ScenarioValues,
  revenue: Float64Array,
  rate: ArrayLike<number>,
  c: ComputeScratch,
  invested: number,
  out: OperatingScratch,
): void {
  const { uncapped, paid, operating, freeCashFlow, profitShare, toHolders, aoaiProfit, shareToOpenAI } = out;
  const { total, idle } = c;
  const holdsStake = v.equityMode === 'stake';
  const taxRate = v.taxRate;
  let remaining = v.shareCapOn ? v.shareCap : Infinity;
  let capReachedYear = Infinity;
  const growth = v.azureOpenAIGrowth;
  const ipRightsEndYear = v.ipRightsEndYear;
  const aoaiMargin = v.azureOpenAIMargin;
  const azureShareRate = v.azureShareRate;
  const idleRecovery = v.idleRecovery;
  const opexShare = v.opexShare;
  let aoai = v.azureOpenAIRev2025;
  let losses = 0;
  const legacyCap = v.legacyCapMultiple * invested;
  const shareBefore = v.legacyShareBefore;
  const shareAfter = v.legacyShareAfter;
  let received = 0;
  let profitShareSum = 0;
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const owed = revenue[i]! * rate[i]!;
    const pay = owed < remaining ? owed : remaining;
    if (pay < owed && capReachedYear === Infinity) capReachedYear = year;
    remaining -= pay;
    uncapped[i] = owed;
    paid[i] = pay;

    if (i > 0) aoai *= year <= THROUGH_YEAR ? 1 + growth : revenue[i]! / revenue[i - 1]!;
    const aoaiRevenue = year <= ipRightsEndYear ? aoai : 0;
    aoaiProfit[i] = aoaiRevenue * aoaiMargin;
    const toOpenAI = aoaiRevenue * azureShareRate;
    shareToOpenAI[i] = toOpenAI;
    const idleRecovered = idle[i]! * idleRecovery;
    const otherCosts = revenue[i]! * opexShare;
    const ocf = revenue[i]! - total[i]! + idleRecovered - otherCosts - pay + toOpenAI;
    operating[i] = ocf;

    let tax = 0;
    if (ocf <= 0) losses -= ocf;
    else {
      const offset = Math.min(losses, ocf * LOSS_OFFSET_LIMIT);
      losses -= offset;
      tax = (ocf - offset) * taxRate;
    }
    const fcf = ocf - tax;
    freeCashFlow[i] = fcf;

    if (holdsStake) profitShare[i] = 0;
    else {
      const profit = fcf > 0 ? fcf : 0;
      let share: number;
      const toRecoup = invested - received;
      if (toRecoup <= 0) share = profit * shareAfter;
      else if (profit * shareBefore <= toRecoup) share = profit * shareBefore;
      else {
        const profitToRecoup = shareBefore > 0 ? toRecoup / shareBefore : 0;
        share = toRecoup + (profit - profitToRecoup) * shareAfter;
      }
      if (received + share > legacyCap) share = Math.max(0, legacyCap - received);
      received += share;
      profitShare[i] = share;
      toHolders[i] = fcf - share;
      profitShareSum += share;
    }
  }
  out.capReachedYear = capReachedYear;
  out.profitShareSum = profitShareSum;
}

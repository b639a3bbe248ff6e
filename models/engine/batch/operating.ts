import { FIRST_YEAR as FIRST_YEAR_, THROUGH_YEAR as THROUGH_YEAR_ } from '../paths.ts';
import { LOSS_OFFSET_LIMIT as LOSS_OFFSET_LIMIT_ } from '../openaiCash.ts';
import { states, type Col, type Params } from './block.ts';
import type { ComputeCols } from './compute.ts';
import { YEARS as YEARS_ } from './inputs.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx).
const FIRST_YEAR = FIRST_YEAR_;
const THROUGH_YEAR = THROUGH_YEAR_;
const LOSS_OFFSET_LIMIT = LOSS_OFFSET_LIMIT_;
const YEARS = YEARS_;

/** A block's revenue share, Azure OpenAI Service both ways, operating and free cash flow, 2019 profit share. */
export interface OperatingCols {
  readonly uncapped: Col;
  readonly paid: Col;
  readonly aoaiProfit: Col;
  readonly shareToOpenAI: Col;
  readonly operating: Col;
  readonly freeCashFlow: Col;
  readonly profitShare: Col;
  /** Free cash flow less the profit share (written only under the 2019 profit share). */
  readonly toHolders: Col;
  /** Per sample: the first year the cap stops payments short of what is owed; Infinity if never. */
  readonly capReachedYear: Float64Array;
  readonly profitShareSum: Float64Array;
  /** Per sample: what Microsoft invested. */
  readonly invested: Float64Array;
  /**
   * Per sample: the first year within its horizon of positive operating cash flow, Infinity if never, and the
   * revenue where it crosses zero, interpolated from the year before (NaN if never); project.ts's breakEven().
   */
  readonly breakEvenYear: Float64Array;
  readonly breakEvenRevenue: Float64Array;
}

const scratch = states(5);

/**
 * One pass over the years for what project() computes in several, each carrying its state from year to year: the
 * revenue share and its cap (revenueShare.ts), Azure OpenAI Service both ways and the operating cash flow
 * (project's yearly loop), tax with losses carried forward (openaiCash.ts) and the 2019 profit share (equity.ts);
 * each year over block samples 0 to n, with the same operations in the same order for each sample.
 */
export function operatingBlock(
  p: Params,
  n: number,
  modes: { readonly shareCapOn: boolean; readonly holdsStake: boolean },
  revenue: Col,
  rate: Col,
  c: ComputeCols,
  out: OperatingCols,
): void {
  const { uncapped, paid, operating, freeCashFlow, profitShare, toHolders, aoaiProfit, shareToOpenAI } = out;
  const { capReachedYear, profitShareSum, invested } = out;
  const { total, idle } = c;
  const holdsStake = modes.holdsStake;
  // Locals, not module bindings, in the loops: a module binding is read through its context on every use.
  const [remaining, aoai, losses, received, lastOperating] = scratch;
  const { breakEvenYear, breakEvenRevenue } = out;
  const { horizonEnd } = p;
  const lossOffsetLimit = LOSS_OFFSET_LIMIT;
  const { shareCap, azureOpenAIRev2025, inv2019, inv2021, inv2023, inv2024 } = p;
  for (let j = 0; j < n; j++) {
    remaining[j] = modes.shareCapOn ? shareCap[j]! : Infinity;
    capReachedYear[j] = Infinity;
    aoai[j] = azureOpenAIRev2025[j]!;
    losses[j] = 0;
    received[j] = 0;
    profitShareSum[j] = 0;
    breakEvenYear[j] = Infinity;
    breakEvenRevenue[j] = NaN;
    invested[j] = inv2019[j]! + inv2021[j]! + inv2023[j]! + inv2024[j]!;
  }
  const { taxRate, azureOpenAIGrowth, ipRightsEndYear, azureOpenAIMargin, azureShareRate, idleRecovery } = p;
  const { opexShare, legacyCapMultiple, legacyShareBefore, legacyShareAfter } = p;
  for (let i = 0; i < YEARS; i++) {
    const year = FIRST_YEAR + i;
    const ra = revenue.arr[i]!;
    const ro = revenue.off[i]!;
    const rpa = revenue.arr[i > 0 ? i - 1 : 0]!;
    const rpo = revenue.off[i > 0 ? i - 1 : 0]!;
    const rta = rate.arr[i]!;
    const rto = rate.off[i]!;
    const ua = uncapped.arr[i]!;
    const uo = uncapped.off[i]!;
    const pa = paid.arr[i]!;
    const po = paid.off[i]!;
    const apa = aoaiProfit.arr[i]!;
    const apo = aoaiProfit.off[i]!;
    const sta = shareToOpenAI.arr[i]!;
    const sto = shareToOpenAI.off[i]!;
    const ida = idle.arr[i]!;
    const ido = idle.off[i]!;
    const tta = total.arr[i]!;
    const tto = total.off[i]!;
    const opa = operating.arr[i]!;
    const opo = operating.off[i]!;
    const fa = freeCashFlow.arr[i]!;
    const fo = freeCashFlow.off[i]!;
    const psa = profitShare.arr[i]!;
    const pso = profitShare.off[i]!;
    const tha = toHolders.arr[i]!;
    const tho = toHolders.off[i]!;
    const through = year <= THROUGH_YEAR;
    for (let j = 0; j < n; j++) {
      const rev = ra[ro + j]!;
      const owed = rev * rta[rto + j]!;
      const left = remaining[j]!;
      const pay = owed < left ? owed : left;
      if (pay < owed && capReachedYear[j] === Infinity) capReachedYear[j] = year;
      remaining[j] = left - pay;
      ua[uo + j] = owed;
      pa[po + j] = pay;

      if (i > 0) aoai[j]! *= through ? 1 + azureOpenAIGrowth[j]! : rev / rpa[rpo + j]!;
      const aoaiRevenue = year <= ipRightsEndYear[j]! ? aoai[j]! : 0;
      apa[apo + j] = aoaiRevenue * azureOpenAIMargin[j]!;
      const toOpenAI = aoaiRevenue * azureShareRate[j]!;
      sta[sto + j] = toOpenAI;
      const idleRecovered = ida[ido + j]! * idleRecovery[j]!;
      const otherCosts = rev * opexShare[j]!;
      const ocf = rev - tta[tto + j]! + idleRecovered - otherCosts - pay + toOpenAI;
      opa[opo + j] = ocf;
      if (breakEvenYear[j] === Infinity && i < horizonEnd[j]! - FIRST_YEAR + 1 && ocf > 0) {
        // The zero crossing, interpolated between the last negative year and this one.
        breakEvenYear[j] = year;
        if (i === 0) breakEvenRevenue[j] = rev;
        else {
          const then = lastOperating[j]!;
          const f = -then / (ocf - then);
          const revenueThen = rpa[rpo + j]!;
          breakEvenRevenue[j] = revenueThen + f * (rev - revenueThen);
        }
      }
      lastOperating[j] = ocf;

      let tax = 0;
      if (ocf <= 0) losses[j]! -= ocf;
      else {
        const offset = Math.min(losses[j]!, ocf * lossOffsetLimit);
        losses[j]! -= offset;
        tax = (ocf - offset) * taxRate[j]!;
      }
      const fcf = ocf - tax;
      fa[fo + j] = fcf;

      if (holdsStake) psa[pso + j] = 0;
      else {
        const profit = fcf > 0 ? fcf : 0;
        let share: number;
        const got = received[j]!;
        const toRecoup = invested[j]! - got;
        const before = legacyShareBefore[j]!;
        const after = legacyShareAfter[j]!;
        if (toRecoup <= 0) share = profit * after;
        else if (profit * before <= toRecoup) share = profit * before;
        else {
          const profitToRecoup = before > 0 ? toRecoup / before : 0;
          share = toRecoup + (profit - profitToRecoup) * after;
        }
        const legacyCap = legacyCapMultiple[j]! * invested[j]!;
        if (got + share > legacyCap) share = Math.max(0, legacyCap - got);
        received[j] = got + share;
        psa[pso + j] = share;
        tha[tho + j] = fcf - share;
        profitShareSum[j]! += share;
      }
    }
  }
}

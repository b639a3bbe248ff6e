import type { ScenarioValues } from '../../schema/scenario.ts';
import { SIMULATED_SERIES, type SimulatedSeries } from '../../uncertainty/simulated.ts';
import { stakeMark as stakeMark_ } from '../equity.ts';
import {
  hasShareOverride as hasShareOverride_,
  type OverridesFor,
  type SeriesOverrides,
} from '../overrides.ts';
import { FIRST_YEAR as FIRST_YEAR_ } from '../paths.ts';
import { cappedPerpetuity as cappedPerpetuity_ } from '../project.ts';
import { equitySample as equitySample_, equityScratch as equityScratch_ } from './cash.ts';
import { computeSample as computeSample_, computeScratch as computeScratch_ } from './compute.ts';
import {
  contractPaths as contractPaths_,
  grossMarginPath as grossMarginPath_,
  readsNone as readsNone_,
  revenuePath as revenuePath_,
  shareRatePath as shareRatePath_,
  trainingShapePath as trainingShapePath_,
  YEARS as YEARS_,
  type ContractPaths,
} from './inputs.ts';
import { operatingSample as operatingSample_, operatingScratch as operatingScratch_ } from './operating.ts';
import { assignerFor, type Assign } from './assign.ts';
import type { BatchOutput } from './output.ts';
import { valueSample as valueSample_, valueScratch as valueScratch_ } from './value.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which costs
// more than the arithmetic in these loops.
const FIRST_YEAR = FIRST_YEAR_;
const stakeMark = stakeMark_;
const hasShareOverride = hasShareOverride_;
const cappedPerpetuity = cappedPerpetuity_;
const equitySample = equitySample_;
const equityScratch = equityScratch_;
const computeSample = computeSample_;
const computeScratch = computeScratch_;
const contractPaths = contractPaths_;
const grossMarginPath = grossMarginPath_;
const readsNone = readsNone_;
const revenuePath = revenuePath_;
const shareRatePath = shareRatePath_;
const trainingShapePath = trainingShapePath_;
const YEARS = YEARS_;
const operatingSample = operatingSample_;
const operatingScratch = operatingScratch_;
const valueSample = valueSample_;
const valueScratch = valueScratch_;

const yearsArray = () => new Float64Array(YEARS);

/** Samples projected before their series are copied into the columns together (see `flush`). */
const BLOCK = 32;

/**
 * Projects many samples of a scenario in which some assumptions are drawn: what project() gives for each sample,
 * reduced to what a simulation summarizes (SIMULATED_SERIES for the shown years and every kpi), written into
 * columns. The same operations as project() in the same order, so every value equals project()'s exactly; what
 * no drawn assumption feeds (contract payments, the revenue-share rate, the paths of assumptions held fixed) is
 * computed once. A sample is projected year by year into preallocated arrays (its carried state, such as the cap's
 * room, losses carried forward or the cash held, runs through the years, and the equity's value runs backwards),
 * and written out year-major.
 */
export class BatchEngine {
  readonly drawn: readonly string[];
  private readonly values: Record<string, unknown>;
  private readonly overridesFor: OverridesFor | undefined;
  private readonly fixed: {
    revenue: boolean;
    grossMargin: boolean;
    shareRate: boolean;
    trainingShape: boolean;
    contracts: boolean;
    mark: boolean;
  };
  private mark: { year: number; valuation: number; stake: number };
  /** Writes a sample's draws into `values`. */
  private readonly assign: Assign;
  // Per-sample paths and results, reused from sample to sample.
  private readonly revenue = yearsArray();
  private readonly revenueOverride = yearsArray();
  private readonly grossMargin = yearsArray();
  private readonly shareRate = yearsArray();
  private readonly trainingShape = yearsArray();
  private readonly contracts: ContractPaths = {
    azure: yearsArray(),
    oracle: yearsArray(),
    coreweave: yearsArray(),
    aws: yearsArray(),
  };
  /**
   * BLOCK samples' rows, on their way to the year-major columns: each row holds every simulated series, every
   * modelled year, and the samples' arrays below are views into their rows, so projecting a sample writes its
   * series in place.
   */
  private readonly block = new Float64Array(BLOCK * ROW);
  private readonly slots = Array.from({ length: BLOCK }, (_, slot) => slotScratch(this.block, slot));

  /**
   * `values`: the scenario; `drawn`: the ids of the assumptions each sample draws (numeric ones), whose values
   * `run` takes as one column per id; `overridesFor`: the series formulas' paths for a sample's values.
   */
  constructor(values: ScenarioValues, drawn: readonly string[], overridesFor?: OverridesFor) {
    this.drawn = drawn;
    // One object for every sample, its drawn fields rewritten: its shape never changes, so reads stay fast.
    this.values = { ...values };
    this.overridesFor = overridesFor;
    const ids = new Set(drawn);
    const v = this.values as ScenarioValues;
    this.fixed = {
      revenue: readsNone((x) => revenuePath(x, this.revenue), v, ids),
      grossMargin: readsNone((x) => grossMarginPath(x, this.grossMargin), v, ids),
      shareRate: readsNone((x) => shareRatePath(x, this.shareRate), v, ids),
      trainingShape: readsNone((x) => trainingShapePath(x, this.trainingShape), v, ids),
      contracts: readsNone((x) => contractPaths(x, this.contracts), v, ids),
      mark: readsNone((x) => void stakeMark(x), v, ids),
    };
    this.mark = stakeMark(v);
    this.assign = assignerFor(drawn);
    // Series every sample shares: the contracts' when no draw moves them, the rate's when neither a draw nor a
    // formula does. Each is kept in the first slot's row and filled into its columns (see `flush`).
    const contracted: SimulatedSeries[] = [
      'computeByProvider.oracle',
      'computeByProvider.coreweave',
      'computeByProvider.aws',
    ];
    if (this.fixed.contracts) for (const name of contracted) this.shared[SERIES_INDEX[name]] = 1;
    if (this.fixed.shareRate && !overridesFor) {
      this.shared[SERIES_INDEX.revenueShareRate] = 1;
      shareRatePath(v, this.shareRate);
      put(this.block, SERIES_INDEX.revenueShareRate * YEARS, this.shareRate, YEARS);
    }
  }

  /** 1 for a series the same in every sample (see the constructor). */
  private readonly shared = new Uint8Array(SIMULATED_SERIES.length);

  /**
   * Projects samples `from` to `to` (exclusive): sample s takes `columns[k][s]` for `drawn[k]` and the
   * scenario's value for everything else.
   */
  run(columns: readonly Float64Array[], from: number, to: number, out: BatchOutput): void {
    const values = this.values;
    const assign = this.assign;
    for (let first = from; first < to; first += BLOCK) {
      const last = Math.min(to, first + BLOCK);
      for (let s = first; s < last; s++) {
        assign(values, columns, s);
        this.sample(s, s - first, out);
      }
      this.flush(out, first, last - first);
    }
    if (to > from) this.fillShared(out, from, to);
  }

  /** Fills samples `from` to `to` of each series every sample shares with its value, kept in the first slot's row. */
  private fillShared(out: BatchOutput, from: number, to: number): void {
    const block = this.block;
    const cap = out.capacity;
    for (let k = 0; k < SIMULATED_SERIES.length; k++) {
      if (!this.shared[k]) continue;
      const name = SIMULATED_SERIES[k]!;
      const mins = out.seriesMin[name];
      const maxes = out.seriesMax[name];
      for (let y = 0; y < out.shownYears; y++) {
        const x = block[k * YEARS + y]!;
        out.series[name].fill(x, y * cap + from, y * cap + to);
        if (x < mins[y]!) mins[y] = x;
        if (x > maxes[y]!) maxes[y] = x;
      }
    }
  }

  private sample(s: number, slot: number, out: BatchOutput): void {
    const v = this.values as ScenarioValues;
    const fixed = this.fixed;
    const overrides: SeriesOverrides | undefined = this.overridesFor?.({ ...v });

    let revenue = this.revenue;
    if (overrides?.openaiRevenue) {
      revenue = this.revenueOverride;
      const path = overrides.openaiRevenue;
      for (let i = 0; i < YEARS; i++) revenue[i] = path[i]!;
    } else if (!fixed.revenue) revenuePath(v, revenue);
    let grossMargin: ArrayLike<number> = this.grossMargin;
    if (overrides?.openaiGrossMargin) grossMargin = overrides.openaiGrossMargin;
    else if (!fixed.grossMargin) grossMarginPath(v, this.grossMargin);
    let rate: ArrayLike<number> = this.shareRate;
    if (overrides?.revenueShareRate) rate = overrides.revenueShareRate;
    else if (!fixed.shareRate) shareRatePath(v, this.shareRate);
    if (!fixed.trainingShape) trainingShapePath(v, this.trainingShape);
    if (!fixed.contracts) contractPaths(v, this.contracts);
    if (!fixed.mark) this.mark = stakeMark(v);

    const { compute: c, operating: o, equity: eq, value: w } = this.slots[slot]!;
    const shares = hasShareOverride(overrides) ? overrides : undefined;
    computeSample(v, revenue, grossMargin, this.trainingShape, this.contracts, shares, c);
    const invested = v.inv2019 + v.inv2021 + v.inv2023 + v.inv2024;
    operatingSample(v, revenue, rate, c, invested, o);
    const { operating, freeCashFlow, profitShare } = o;
    const holdsStake = v.equityMode === 'stake';
    const taxRate = v.taxRate;
    const legacyCap = v.legacyCapMultiple * invested;
    const profitShareSum = o.profitShareSum;
    const lastOperating = operating[YEARS - 1]!;
    const terminalFreeCashFlow = lastOperating > 0 ? lastOperating * (1 - taxRate) : lastOperating;
    const capRoom = holdsStake ? 0 : Math.max(0, legacyCap - profitShareSum);
    const ke = v.costOfEquity;
    const g = v.revGrowthTerminal;
    const profitShareTerminal = cappedPerpetuity(profitShare[YEARS - 1]!, ke, g, capRoom);
    equitySample(
      v,
      holdsStake ? freeCashFlow : o.toHolders,
      (terminalFreeCashFlow * (1 + g)) / (ke - g) - profitShareTerminal,
      eq,
    );

    valueSample(v, revenue, c, this.contracts.azure, o, eq, w);
    const { stakeNpv, pvShare, pvShareToOpenAI, pvAoaiProfit, pvHostedRevenue, pvProfitShare } = w;
    const { msftStakeValue } = w;

    const afterTax = 1 - taxRate;
    const stake = stakeNpv - taxRate * Math.max(0, stakeNpv - (holdsStake ? invested : 0));
    const revenueShare = pvShare * afterTax;
    const azureOpenAIMargin = pvAoaiProfit * afterTax;
    const azureOpenAIShare = 0 - pvShareToOpenAI * afterTax;
    // 0 ÷ (1 + ke)^20 is 0: the power (costly) only when there is a terminal value to discount.
    const profitShare2019 =
      (pvProfitShare + (profitShareTerminal === 0 ? 0 : profitShareTerminal / (1 + ke) ** (YEARS - 1))) *
      afterTax;
    const hosting = pvHostedRevenue * v.hostingOpMargin * afterTax;
    const msftTotal = stake + revenueShare + azureOpenAIMargin + azureOpenAIShare + profitShare2019 + hosting;
    const returned = stake + revenueShare + profitShare2019;

    const k = out.kpis;
    const mark = this.mark;
    k.revenueSharePaidThrough2030[s] = w.paidThrough;
    k.revenueShareUncappedThrough2030[s] = w.uncappedThrough;
    k.revenueShareCapReachedYear[s] = o.capReachedYear;
    k.computeSpendThrough2030[s] = w.computeThrough;
    k.azureRevenueThrough2030[s] = w.azureThrough;
    k.msftTotalValueNpv[s] = msftTotal;
    k.msftInvested[s] = invested;
    k.msftMultipleOnInvestment[s] =
      invested > 0 && Number.isFinite(returned / invested) ? returned / invested : NaN;
    k.msftStakeValueAtMark[s] = holdsStake ? mark.stake * mark.valuation : NaN;
    k.msftStakeMarkYear[s] = mark.year;
    k.msftStakeValueNpv[s] = stakeNpv;
    k.openaiRevenueSharePaidNpv[s] = pvShare;
    k.openaiCapSavingThrough2030[s] = w.uncappedThrough - w.paidThrough;
    k.openaiValue2026[s] = eq.value[1]!;
    k.openaiValueAtMark[s] =
      v.round2026Raised <= 0
        ? eq.value[0]!
        : (eq.value[0]! - eq.cash[0]!) * (1 + ke) ** 0.25 + eq.cash[0]! + v.round2026Raised;
    k.openaiBreakEvenYear[s] = w.breakEvenYear;
    k.openaiBreakEvenRevenue[s] = w.breakEvenRevenue;
    k.partnersExceedAzureYear[s] = w.partnersYear;
    k.msftStakeValueAtHorizon[s] = msftStakeValue[v.horizonEnd - FIRST_YEAR]!;
    k.idleComputeTotal[s] = w.idleTotal;

    // The rate and revenue may be shared paths (fixed, or a formula's): copied into the row; the rest is there.
    const row = slot * ROW;
    put(this.block, row + SERIES_INDEX.openaiRevenue * YEARS, revenue, out.shownYears);
    if (!this.shared[SERIES_INDEX.revenueShareRate])
      put(this.block, row + SERIES_INDEX.revenueShareRate * YEARS, rate, out.shownYears);
  }

  /**
   * Copies the block's rows (samples `first` on) into the year-major columns: contiguous writes, where writing
   * each sample's years straight into the columns would touch a cache line (and a page) per value. Keeps each
   * column's ends on the way. A series every sample shares is left to `fillShared`.
   */
  private flush(out: BatchOutput, first: number, count: number): void {
    const block = this.block;
    const years = out.shownYears;
    const cap = out.capacity;
    const shared = this.shared;
    for (let k = 0; k < SIMULATED_SERIES.length; k++) {
      const name = SIMULATED_SERIES[k]!;
      const column = out.series[name];
      const mins = out.seriesMin[name];
      const maxes = out.seriesMax[name];
      if (shared[k]) continue;
      for (let y = 0; y < years; y++) {
        let lo = mins[y]!;
        let hi = maxes[y]!;
        const to = y * cap + first;
        for (let b = 0, from = k * YEARS + y; b < count; b++, from += ROW) {
          const x = block[from]!;
          column[to + b] = x;
          if (x < lo) lo = x;
          if (x > hi) hi = x;
        }
        mins[y] = lo;
        maxes[y] = hi;
      }
    }
  }
}

/** Copies `years` values of `path` into `block` at `at`. */
function put(block: Float64Array, at: number, path: ArrayLike<number>, years: number): void {
  for (let y = 0; y < years; y++) block[at + y] = path[y]!;
}

/** A block row: every simulated series, every modelled year. */
const ROW = SIMULATED_SERIES.length * YEARS;
const SERIES_INDEX = Object.fromEntries(SIMULATED_SERIES.map((name, k) => [name, k])) as Record<
  SimulatedSeries,
  number
>;

/** One block slot's arrays: those of a simulated series are views into the slot's row. */
function slotScratch(block: Float64Array, slot: number) {
  const view = (name: SimulatedSeries) => {
    const at = slot * ROW + SERIES_INDEX[name] * YEARS;
    return block.subarray(at, at + YEARS);
  };
  return {
    compute: {
      ...computeScratch(),
      total: view('computeSpend'),
      idle: view('idleCompute'),
      azure: view('computeByProvider.azure'),
      oracle: view('computeByProvider.oracle'),
      stargate: view('computeByProvider.stargate'),
      coreweave: view('computeByProvider.coreweave'),
      aws: view('computeByProvider.aws'),
      google: view('computeByProvider.google'),
      ownCapacity: view('computeByProvider.ownCapacity'),
      decentralized: view('computeByProvider.decentralized'),
    },
    operating: {
      ...operatingScratch(),
      paid: view('revenueSharePaid'),
      uncapped: view('revenueShareUncapped'),
      operating: view('openaiOperatingCashFlow'),
      freeCashFlow: view('openaiFreeCashFlow'),
    },
    equity: { ...equityScratch(), raised: view('fundingRaised'), value: view('openaiValuation') },
    value: {
      ...valueScratch(),
      msftStakeValue: view('msftStakeValue'),
      foundationStakeValue: view('foundationStakeValue'),
      othersStakeValue: view('othersStakeValue'),
    },
  };
}

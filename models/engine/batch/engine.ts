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
import { assignerFor, type Assign } from './assign.ts';
import { arenaOf } from '../../wasm/arena.ts';
import {
  aimCol,
  BLOCK,
  BLOCK_PARAMS,
  fillCol,
  putSample,
  type BlockParam,
  type Col,
  type Params,
} from './block.ts';
import { grossMarginBlock, revenueBlock } from './blockPaths.ts';
import { equityBlock, type EquityCols } from './cash.ts';
import { computeBlock, type ComputeCols } from './compute.ts';
import {
  contractPaths as contractPaths_,
  readsNone as readsNone_,
  shareRatePath as shareRatePath_,
  trainingShapePath as trainingShapePath_,
  YEARS as YEARS_,
  type ContractCols,
  type ContractPaths,
} from './inputs.ts';
import { operatingBlock, type OperatingCols } from './operating.ts';
import type { BatchOutput } from './output.ts';
import { valueBlock, type ValueCols } from './value.ts';
import { arenaBlockSeries, plainBlockSeries, WASM_KPIS, type BlockSeries } from './series.ts';
import { enginePasses, type EnginePasses } from './wasmPasses.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which costs
// more than the arithmetic in these loops.
const FIRST_YEAR = FIRST_YEAR_;
const stakeMark = stakeMark_;
const hasShareOverride = hasShareOverride_;
const cappedPerpetuity = cappedPerpetuity_;
const contractPaths = contractPaths_;
const readsNone = readsNone_;
const shareRatePath = shareRatePath_;
const trainingShapePath = trainingShapePath_;
const YEARS = YEARS_;

const yearsArray = () => new Float64Array(YEARS);

/**
 * Projects many samples of a scenario in which some assumptions are drawn: what project() gives for each sample,
 * reduced to what a simulation summarizes (SIMULATED_SERIES for the shown years and every kpi), written into
 * columns. The same operations as project() in the same order for each sample, so every value equals project()'s
 * exactly (an IEEE operation's result does not depend on which sample was computed before it). Samples go in
 * blocks (block.ts), and each step of project()'s arithmetic runs over a block's samples, year by year, in a
 * tight loop: the carried state (the cap's room, losses carried forward, the cash held) is one value per sample,
 * and a branch of project()'s is a per-sample condition. The simulated series' shown years are written straight
 * into the output's year-major columns. A path no drawn assumption feeds (contract payments, the revenue-share
 * rate, the training share's shape, held fixed) is computed once; one a drawn assumption feeds through
 * project()'s branchier helpers, or a series formula's, is computed sample by sample with those helpers.
 */
export class BatchEngine {
  readonly drawn: readonly string[];
  private readonly values: Record<string, unknown>;
  private readonly overridesFor: OverridesFor | undefined;
  private readonly fixed: { shareRate: boolean; trainingShape: boolean; contracts: boolean; mark: boolean };
  /** Writes a sample's draws into `values`. */
  private readonly assign: Assign;
  private readonly modes: { shareCapOn: boolean; holdsStake: boolean; computeMode: string };
  /** Each block param's column: a drawn one's is copied in per block, any other's holds its value repeated. */
  private params!: Params;
  /** The block series this engine's fields view (see `attach`). */
  private series!: BlockSeries;
  /** The WebAssembly passes, for a run into an arena where they load. */
  private wasm: EnginePasses | undefined;
  /** Which drawn column each drawn block param reads. */
  private readonly drawnParams: { id: keyof Params; k: number }[] = [];
  // Paths computed once (when fixed) or for one sample at a time.
  private readonly shareRate = yearsArray();
  private readonly trainingShape = yearsArray();
  private readonly contractPathsOf: ContractPaths = {
    azure: yearsArray(),
    oracle: yearsArray(),
    coreweave: yearsArray(),
    aws: yearsArray(),
  };
  private markYear = 0;
  private markValue = 0;
  private markYears!: Float64Array;
  private markValues!: Float64Array;

  // A block's series: the simulated ones are aimed at the output's columns for each block (see `aim`).
  private out!: Record<SimulatedSeries, Col>;
  private revenue!: Col;
  private grossMargin!: Col;
  private rate!: Col;
  private trainingShapeCol!: Col;
  private contracts!: ContractCols;
  private compute!: ComputeCols;
  private operating!: OperatingCols;
  private equity!: EquityCols;
  private value!: ValueCols;
  private shares!: (SeriesOverrides | undefined)[];
  private terminal!: Float64Array[];
  private revGap!: Float64Array[];

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
      shareRate: readsNone((x) => shareRatePath(x, this.shareRate), v, ids),
      trainingShape: readsNone((x) => trainingShapePath(x, this.trainingShape), v, ids),
      contracts: readsNone((x) => contractPaths(x, this.contractPathsOf), v, ids),
      mark: readsNone((x) => void stakeMark(x), v, ids),
    };
    const mark = stakeMark(v);
    this.markYear = mark.year;
    this.markValue = mark.stake * mark.valuation;
    this.assign = assignerFor(drawn);
    this.modes = {
      shareCapOn: v.shareCapOn,
      holdsStake: v.equityMode === 'stake',
      computeMode: v.computeMode,
    };
    for (const id of BLOCK_PARAMS) {
      const k = drawn.indexOf(id);
      if (k >= 0) this.drawnParams.push({ id, k });
    }
  }

  /**
   * Takes the block series (series.ts) and passes for a run into `out`: the WebAssembly passes and the series in
   * the arena of `out`'s columns where there is one and the passes load, else the JS passes and their series.
   */
  private attach(out: BatchOutput): void {
    const arena = arenaOf(out.series.openaiRevenue);
    const wasm = arena && enginePasses(arena);
    this.wasm = wasm;
    const series = wasm ? arenaBlockSeries(arena!) : plainBlockSeries();
    if (series === this.series) return;
    this.series = series;
    this.params = series.params;
    this.out = series.out;
    this.revenue = series.revenue;
    this.grossMargin = series.grossMargin;
    this.rate = series.rate;
    this.trainingShapeCol = series.trainingShape;
    this.contracts = series.contracts;
    this.compute = series.compute;
    this.operating = series.operating;
    this.equity = series.equity;
    this.value = series.value;
    this.shares = series.shares;
    this.terminal = series.terminal;
    this.revGap = series.revGap;
    this.markYears = series.markYears;
    this.markValues = series.markValues;
  }

  /**
   * Projects samples `from` to `to` (exclusive): sample s takes `columns[k][s − base]` for `drawn[k]` and the
   * scenario's value for everything else (`base`: the sample the columns start at, for columns holding a chunk).
   */
  run(columns: readonly Float64Array[], from: number, to: number, out: BatchOutput, base = 0): void {
    this.attach(out);
    if (this.wasm) {
      const kpiColumns = this.series.kpiColumns;
      WASM_KPIS.forEach((id, k) => (kpiColumns[k] = out.kpis[id].byteOffset));
    }
    const params = this.params;
    const values = this.values as Record<BlockParam, number>;
    for (const id of BLOCK_PARAMS) params[id].fill(values[id]);
    if (!this.overridesFor) this.fillFixed(out, from, to);
    for (let first = from; first < to; first += BLOCK) {
      const n = Math.min(BLOCK, to - first);
      this.aim(out, first);
      for (const { id, k } of this.drawnParams) {
        const column = columns[k]!;
        const param = params[id];
        for (let j = 0, i = first - base; j < n; j++, i++) param[j] = column[i]!;
      }
      this.inputs(columns, first - base, n);
      this.project(n);
      if (this.wasm) this.wasmKpis(first, n);
      else this.kpis(out, first, n);
    }
  }

  /**
   * Fills the paths every sample shares into samples `from` to `to` at once (a fill per year and block cost more
   * than the filling), and into the block scratch for the later years. Only without formulas: a formula's rate
   * rewrites a sample's scratch, so then they are filled block by block (see `inputs`).
   */
  private fillFixed(out: BatchOutput, from: number, to: number): void {
    const shown = out.shownYears;
    const cap = out.capacity;
    const series = (name: SimulatedSeries, path: Float64Array) => {
      out.shared.add(name);
      const column = out.series[name];
      const { home, scratch } = this.out[name];
      for (let y = 0; y < YEARS; y++) {
        if (y < shown) column.fill(path[y]!, y * cap + from, y * cap + to);
        else home.fill(path[y]!, scratch + y * BLOCK, scratch + (y + 1) * BLOCK);
      }
    };
    const fixed = this.fixed;
    if (fixed.shareRate) series('revenueShareRate', this.shareRate);
    if (fixed.trainingShape) fillCol(this.trainingShapeCol, this.trainingShape, BLOCK);
    if (fixed.contracts) {
      const paths = this.contractPathsOf;
      fillCol(this.contracts.azure, paths.azure, BLOCK);
      series('computeByProvider.oracle', paths.oracle);
      series('computeByProvider.coreweave', paths.coreweave);
      series('computeByProvider.aws', paths.aws);
    }
  }

  /**
   * Points the simulated series' shown years at the output's columns, from sample `first`: for the WebAssembly
   * passes as element indices in the arena (their columns and the series share it), else within each column.
   */
  private aim(out: BatchOutput, first: number): void {
    const { shownYears, capacity } = out;
    const inArena = this.wasm !== undefined;
    for (const name of SIMULATED_SERIES) {
      const col = this.out[name];
      const column = out.series[name];
      if (inArena) aimCol(col, col.home, column.byteOffset / 8, shownYears, capacity, first);
      else aimCol(col, column, 0, shownYears, capacity, first);
    }
  }

  /**
   * The block's input paths: revenue, gross margin, the revenue-share rate, training shape, contracts. `first`:
   * where the block's samples start in `columns`.
   */
  private inputs(columns: readonly Float64Array[], first: number, n: number): void {
    const p = this.params;
    const [gap, shrink] = this.revGap as [Float64Array, Float64Array];
    const wasm = this.wasm;
    if (wasm) {
      // The power in JS, as revenueBlock takes it (WebAssembly has no Math.pow of V8's).
      // A half-life no range draws is the same for every sample: one power (the same double) for all of them.
      const halfLife = p.revGrowthHalfLife;
      let h = NaN;
      let power = NaN;
      for (let j = 0; j < n; j++) {
        const x = halfLife[j]!;
        if (!Object.is(x, h)) {
          h = x;
          power = Math.pow(0.5, 1 / x);
        }
        shrink[j] = power;
      }
      const t = this.series.tables;
      wasm.pathsBlock(n, t.params, t.pathsCols, t.pathsStates);
    } else {
      revenueBlock(p, n, this.revenue, gap, shrink);
      grossMarginBlock(p, n, this.grossMargin);
    }
    const fixed = this.fixed;
    const perBlock = this.overridesFor !== undefined;
    if (perBlock && fixed.shareRate) fillCol(this.rate, this.shareRate, n);
    if (perBlock && fixed.trainingShape) fillCol(this.trainingShapeCol, this.trainingShape, n);
    if (perBlock && fixed.contracts) {
      const paths = this.contractPathsOf;
      fillCol(this.contracts.azure, paths.azure, n);
      fillCol(this.contracts.oracle, paths.oracle, n);
      fillCol(this.contracts.coreweave, paths.coreweave, n);
      fillCol(this.contracts.aws, paths.aws, n);
    }
    if (fixed.mark) {
      this.markYears.fill(this.markYear, 0, n);
      this.markValues.fill(this.markValue, 0, n);
    }
    const shares = this.shares;
    shares.fill(undefined);
    if (fixed.shareRate && fixed.trainingShape && fixed.contracts && fixed.mark && !this.overridesFor) return;
    // Sample by sample, with project()'s own helpers: a drawn assumption feeds a branchy path, or formulas.
    const v = this.values as ScenarioValues;
    for (let j = 0; j < n; j++) {
      this.assign(this.values, columns, first + j);
      if (!fixed.shareRate) {
        shareRatePath(v, this.shareRate);
        putSample(this.rate, this.shareRate, j);
      }
      if (!fixed.trainingShape) {
        trainingShapePath(v, this.trainingShape);
        putSample(this.trainingShapeCol, this.trainingShape, j);
      }
      if (!fixed.contracts) {
        const paths = this.contractPathsOf;
        contractPaths(v, paths);
        putSample(this.contracts.azure, paths.azure, j);
        putSample(this.contracts.oracle, paths.oracle, j);
        putSample(this.contracts.coreweave, paths.coreweave, j);
        putSample(this.contracts.aws, paths.aws, j);
      }
      if (!fixed.mark) {
        const mark = stakeMark(v);
        this.markYears[j] = mark.year;
        this.markValues[j] = mark.stake * mark.valuation;
      }
      const overrides = this.overridesFor?.({ ...v });
      if (!overrides) continue;
      if (overrides.openaiRevenue) putSample(this.revenue, overrides.openaiRevenue, j);
      if (overrides.openaiGrossMargin) putSample(this.grossMargin, overrides.openaiGrossMargin, j);
      if (overrides.revenueShareRate) putSample(this.rate, overrides.revenueShareRate, j);
      if (hasShareOverride(overrides)) shares[j] = overrides;
    }
  }

  /** project()'s steps for the block: compute, operating cash, equity (with its terminal value), values. */
  private project(n: number): void {
    const p = this.params;
    const { holdsStake } = this.modes;
    const wasm = this.wasm;
    const t = this.series.tables;
    // A sample's formula shares go through overrideShares() (JS): such a block's compute stays in JS.
    if (wasm && !this.shares.some((x) => x !== undefined)) {
      wasm.computeBlock(
        n,
        this.modes.computeMode === 'cumulative' ? 1 : 0,
        t.params,
        t.computeCols,
        t.computeStates,
      );
    } else
      computeBlock(
        p,
        n,
        {
          revenue: this.revenue,
          grossMargin: this.grossMargin,
          trainingShape: this.trainingShapeCol,
          contracts: this.contracts,
          shares: this.shares,
          computeMode: this.modes.computeMode,
        },
        this.compute,
      );
    const o = this.operating;
    if (wasm) {
      const { shareCapOn } = this.modes;
      wasm.operatingBlock(
        n,
        shareCapOn ? 1 : 0,
        holdsStake ? 1 : 0,
        t.params,
        t.operatingCols,
        t.operatingStates,
      );
    } else operatingBlock(p, n, this.modes, this.revenue, this.rate, this.compute, o);
    const [terminalValue, profitShareTerminal] = this.terminal as [Float64Array, Float64Array];
    const last = YEARS - 1;
    const operatingLast = o.operating.arr[last]!;
    const operatingAt = o.operating.off[last]!;
    const profitShareLast = o.profitShare.arr[last]!;
    const profitShareAt = o.profitShare.off[last]!;
    const { taxRate, legacyCapMultiple, costOfEquity, revGrowthTerminal } = p;
    for (let j = 0; j < n; j++) {
      const lastOperating = operatingLast[operatingAt + j]!;
      const terminalFreeCashFlow = lastOperating > 0 ? lastOperating * (1 - taxRate[j]!) : lastOperating;
      const legacyCap = legacyCapMultiple[j]! * o.invested[j]!;
      const capRoom = holdsStake ? 0 : Math.max(0, legacyCap - o.profitShareSum[j]!);
      const ke = costOfEquity[j]!;
      const g = revGrowthTerminal[j]!;
      const terminal = cappedPerpetuity(profitShareLast[profitShareAt + j]!, ke, g, capRoom);
      profitShareTerminal[j] = terminal;
      terminalValue[j] = (terminalFreeCashFlow * (1 + g)) / (ke - g) - terminal;
    }
    if (wasm) {
      wasm.equityBlock(n, holdsStake ? 1 : 0, t.params, t.equityCols, t.equityStates);
      wasm.valueBlock(n, t.params, t.valueCols, t.valueStates);
      return;
    }
    const fcf = holdsStake ? o.freeCashFlow : o.toHolders;
    equityBlock(p, n, holdsStake, fcf, terminalValue, this.equity, this.value);
    valueBlock(p, n, this.compute, this.contracts.azure, o, this.value);
  }

  /** The block's kpis, into samples `first` on, by the WebAssembly pass: the powers in JS, as `kpis` takes them. */
  private wasmKpis(first: number, n: number): void {
    const { costOfEquity, round2026Raised } = this.params;
    const profitShareTerminal = this.terminal[1]!;
    const [terminalDiscount, quarterGrowth] = this.series.kpiPowers;
    for (let j = 0; j < n; j++) {
      const ke = costOfEquity[j]!;
      terminalDiscount[j] = profitShareTerminal[j] === 0 ? 0 : (1 + ke) ** (YEARS - 1);
      quarterGrowth[j] = round2026Raised[j]! <= 0 ? 0 : (1 + ke) ** 0.25;
    }
    const t = this.series.tables;
    const holdsStake = this.modes.holdsStake ? 1 : 0;
    this.wasm!.kpisBlock(n, first, holdsStake, t.params, t.kpisCols, t.kpisStates, t.kpiColumns);
  }

  /** The block's kpis, into samples `first` on. */
  private kpis(out: BatchOutput, first: number, n: number): void {
    const p = this.params;
    const { holdsStake } = this.modes;
    const w = this.value;
    const o = this.operating;
    const eq = this.equity;
    const profitShareTerminal = this.terminal[1]!;
    const { taxRate, costOfEquity, round2026Raised, hostingOpMargin, horizonEnd } = p;
    const {
      revenueSharePaidThrough2030,
      revenueShareUncappedThrough2030,
      revenueShareCapReachedYear,
      computeSpendThrough2030,
      azureRevenueThrough2030,
      msftTotalValueNpv,
      msftInvested,
      msftMultipleOnInvestment,
      msftStakeValueAtMark,
      msftStakeMarkYear,
      msftStakeValueNpv,
      openaiRevenueSharePaidNpv,
      openaiCapSavingThrough2030,
      openaiValue2026,
      openaiValueAtMark,
      openaiBreakEvenYear,
      openaiBreakEvenRevenue,
      partnersExceedAzureYear,
      msftStakeValueAtHorizon,
      idleComputeTotal,
    } = out.kpis;
    const { markValues, markYears } = this;
    const { invested, capReachedYear } = o;
    const value0 = eq.value.arr[0]!;
    const value0At = eq.value.off[0]!;
    const value1 = eq.value.arr[1]!;
    const value1At = eq.value.off[1]!;
    const cash0 = eq.cash.arr[0]!;
    const cash0At = eq.cash.off[0]!;
    const stakeValue = w.msftStakeValue;
    const { stakeNpv: stakeNpvOf, pvShare: pvShareOf, pvAoaiProfit: pvAoaiProfitOf } = w;
    const { pvShareToOpenAI: pvShareToOpenAIOf, pvProfitShare: pvProfitShareOf } = w;
    const { pvHostedRevenue: pvHostedRevenueOf, paidThrough: paidThroughOf } = w;
    const { uncappedThrough: uncappedThroughOf, computeThrough: computeThroughOf } = w;
    const { azureThrough: azureThroughOf, idleTotal: idleTotalOf } = w;
    const { breakEvenYear: breakEvenYearOf, breakEvenRevenue: breakEvenRevenueOf } = o;
    const partnersYearOf = this.compute.partnersYear;
    for (let j = 0; j < n; j++) {
      const s = first + j;
      const tax = taxRate[j]!;
      const ke = costOfEquity[j]!;
      const invest = invested[j]!;
      const stakeNpv = stakeNpvOf[j]!;
      const pvShare = pvShareOf[j]!;
      const pst = profitShareTerminal[j]!;
      const afterTax = 1 - tax;
      const stake = stakeNpv - tax * Math.max(0, stakeNpv - (holdsStake ? invest : 0));
      const revenueShare = pvShare * afterTax;
      const azureOpenAIMargin = pvAoaiProfitOf[j]! * afterTax;
      const azureOpenAIShare = 0 - pvShareToOpenAIOf[j]! * afterTax;
      // 0 ÷ (1 + ke)^20 is 0: the power (costly) only when there is a terminal value to discount.
      const profitShare2019 =
        (pvProfitShareOf[j]! + (pst === 0 ? 0 : pst / (1 + ke) ** (YEARS - 1))) * afterTax;
      const hosting = pvHostedRevenueOf[j]! * hostingOpMargin[j]! * afterTax;
      const msftTotal =
        stake + revenueShare + azureOpenAIMargin + azureOpenAIShare + profitShare2019 + hosting;
      const returned = stake + revenueShare + profitShare2019;

      revenueSharePaidThrough2030[s] = paidThroughOf[j]!;
      revenueShareUncappedThrough2030[s] = uncappedThroughOf[j]!;
      revenueShareCapReachedYear[s] = capReachedYear[j]!;
      computeSpendThrough2030[s] = computeThroughOf[j]!;
      azureRevenueThrough2030[s] = azureThroughOf[j]!;
      msftTotalValueNpv[s] = msftTotal;
      msftInvested[s] = invest;
      msftMultipleOnInvestment[s] =
        invest > 0 && Number.isFinite(returned / invest) ? returned / invest : NaN;
      msftStakeValueAtMark[s] = holdsStake ? markValues[j]! : NaN;
      msftStakeMarkYear[s] = markYears[j]!;
      msftStakeValueNpv[s] = stakeNpv;
      openaiRevenueSharePaidNpv[s] = pvShare;
      openaiCapSavingThrough2030[s] = uncappedThroughOf[j]! - paidThroughOf[j]!;
      openaiValue2026[s] = value1[value1At + j]!;
      const v0 = value0[value0At + j]!;
      const c0 = cash0[cash0At + j]!;
      const round = round2026Raised[j]!;
      openaiValueAtMark[s] = round <= 0 ? v0 : (v0 - c0) * (1 + ke) ** 0.25 + c0 + round;
      openaiBreakEvenYear[s] = breakEvenYearOf[j]!;
      openaiBreakEvenRevenue[s] = breakEvenRevenueOf[j]!;
      partnersExceedAzureYear[s] = partnersYearOf[j]!;
      const h = horizonEnd[j]! - FIRST_YEAR;
      msftStakeValueAtHorizon[s] = h >= 0 && h < YEARS ? stakeValue.arr[h]![stakeValue.off[h]! + j]! : NaN;
      idleComputeTotal[s] = idleTotalOf[j]!;
    }
  }
}

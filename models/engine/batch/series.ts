import type { Arena } from '../../wasm/arena.ts';
import { SIMULATED_SERIES, type SimulatedSeries } from '../../uncertainty/simulated.ts';
import type { KpiId } from '../../outputs.ts';
import type { SeriesOverrides } from '../overrides.ts';
import { BLOCK, BLOCK_PARAMS, BlockLayout, type Col, type Params } from './block.ts';
import type { EquityCols } from './cash.ts';
import type { ComputeCols } from './compute.ts';
import type { OperatingCols } from './operating.ts';
import { valueCols } from './value.ts';

/**
 * The batch engine's block series (engine.ts): every engine projects into the same ones in a memory, since a run
 * never runs inside another and each run fills all it reads (the params and shared paths at its start, everything
 * else block by block). Allocating them (some 900 kB) for each simulation cost more than 1,000 samples' summary.
 * Where the WebAssembly passes run, each output's arena holds a set (the passes reach one memory only: the one the
 * output's columns are in); the JS passes use a set in a plain buffer.
 */
export type BlockSeries = ReturnType<typeof makeBlockSeries>;

/** The kpis the WebAssembly kpis pass writes, in the order of its table of their columns (models/wasm/assembly/kpis.ts). */
export const WASM_KPIS = [
  'revenueSharePaidThrough2030',
  'revenueShareUncappedThrough2030',
  'revenueShareCapReachedYear',
  'computeSpendThrough2030',
  'azureRevenueThrough2030',
  'msftTotalValueNpv',
  'msftInvested',
  'msftMultipleOnInvestment',
  'msftStakeValueAtMark',
  'msftStakeMarkYear',
  'msftStakeValueNpv',
  'openaiRevenueSharePaidNpv',
  'openaiCapSavingThrough2030',
  'openaiValue2026',
  'openaiValueAtMark',
  'openaiBreakEvenYear',
  'openaiBreakEvenRevenue',
  'partnersExceedAzureYear',
  'msftStakeValueAtHorizon',
  'idleComputeTotal',
] as const satisfies readonly KpiId[];

const ALIGN = 16;

/** A bump allocator over `bytes` bytes from byte `start`: byte addresses, 16-byte aligned. */
function bump(start: number, bytes: number): (size: number) => number {
  let top = start;
  return (size) => {
    const at = Math.ceil(top / ALIGN) * ALIGN;
    top = at + size;
    if (top > start + bytes) throw new Error(`Block series need more than ${bytes} bytes.`);
    return at;
  };
}

let measured: number | undefined;

/** The bytes a set of block series takes, alignment included: what an arena keeps for them. */
export function blockSeriesBytes(): number {
  if (measured === undefined) {
    let top = 0;
    const room = 4 << 20;
    const alloc = bump(0, room);
    makeBlockSeries(
      new BlockLayout(new ArrayBuffer(room), (size) => {
        const at = alloc(size);
        top = at + size;
        return at;
      }),
    );
    measured = top + ALIGN;
  }
  return measured;
}

let inPlainBuffer: BlockSeries | undefined;

/** The block series the JS passes use: in a buffer of their own. */
export function plainBlockSeries(): BlockSeries {
  if (!inPlainBuffer) {
    const bytes = blockSeriesBytes();
    inPlainBuffer = makeBlockSeries(new BlockLayout(new ArrayBuffer(bytes), bump(ALIGN, bytes - ALIGN)));
  }
  return inPlainBuffer;
}

const inArena = new WeakMap<Arena, BlockSeries>();

/** The block series in `arena`, which keeps room for them (see batchOutput). */
export function arenaBlockSeries(arena: Arena): BlockSeries {
  let series = inArena.get(arena);
  if (!series) {
    series = makeBlockSeries(new BlockLayout(arena.memory.buffer, (bytes) => arena.alloc(bytes)));
    inArena.set(arena, series);
  }
  return series;
}

/** A block's series and per-sample state (see BatchEngine), laid out by `layout`, and the WASM passes' tables. */
function makeBlockSeries(layout: BlockLayout) {
  const heap = layout.f64;
  const out = {} as Record<SimulatedSeries, Col>;
  for (const name of SIMULATED_SERIES) out[name] = layout.col();
  const o = (name: SimulatedSeries) => out[name];
  const revenue = o('openaiRevenue');
  const rate = o('revenueShareRate');
  const contracts = {
    azure: layout.col(),
    oracle: o('computeByProvider.oracle'),
    coreweave: o('computeByProvider.coreweave'),
    aws: o('computeByProvider.aws'),
  };
  const compute: ComputeCols = {
    inference: layout.col(),
    training: layout.col(),
    total: o('computeSpend'),
    idle: o('idleCompute'),
    azure: o('computeByProvider.azure'),
    oracle: o('computeByProvider.oracle'),
    stargate: o('computeByProvider.stargate'),
    coreweave: o('computeByProvider.coreweave'),
    aws: o('computeByProvider.aws'),
    google: o('computeByProvider.google'),
    ownCapacity: o('computeByProvider.ownCapacity'),
    decentralized: o('computeByProvider.decentralized'),
    partnersYear: layout.state(),
  };
  const [capReachedYear, profitShareSum, invested, breakEvenYear, breakEvenRevenue] = layout.states(5);
  const operating: OperatingCols = {
    uncapped: o('revenueShareUncapped'),
    paid: o('revenueSharePaid'),
    aoaiProfit: layout.col(),
    shareToOpenAI: layout.col(),
    operating: o('openaiOperatingCashFlow'),
    freeCashFlow: o('openaiFreeCashFlow'),
    profitShare: layout.col(),
    toHolders: layout.col(),
    capReachedYear,
    profitShareSum,
    invested,
    breakEvenYear,
    breakEvenRevenue,
  };
  const equity: EquityCols = {
    future: layout.col(),
    reserve: layout.col(),
    value: o('openaiValuation'),
    cash: layout.col(),
    raised: o('fundingRaised'),
  };
  const value = valueCols(layout, o('msftStakeValue'), o('foundationStakeValue'), o('othersStakeValue'));
  const paramsAt = layout.f64s(BLOCK_PARAMS.length * BLOCK);
  const params = {} as Params;
  BLOCK_PARAMS.forEach((id, k) => {
    const at = paramsAt + k * BLOCK;
    params[id] = heap.subarray(at, at + BLOCK);
  });
  const operatingScratch = layout.states(5);
  const terminal = layout.states(2);
  const [markYears, markValues] = layout.states(2);
  const kpiPowers = layout.states(2);
  const kpiColumns = layout.i32s(WASM_KPIS.length);
  const revGap = layout.states(2);
  const grossMargin = layout.col();
  const trainingShape = layout.col();
  const tables = {
    params: paramsAt * 8,
    operatingCols: layout.table([
      revenue,
      rate,
      compute.total,
      compute.idle,
      operating.uncapped,
      operating.paid,
      operating.aoaiProfit,
      operating.shareToOpenAI,
      operating.operating,
      operating.freeCashFlow,
      operating.profitShare,
      operating.toHolders,
    ]),
    computeCols: layout.table([
      revenue,
      grossMargin,
      trainingShape,
      compute.inference,
      compute.training,
      contracts.azure,
      contracts.oracle,
      contracts.coreweave,
      contracts.aws,
      compute.azure,
      compute.stargate,
      compute.google,
      compute.ownCapacity,
      compute.decentralized,
      compute.idle,
      compute.total,
    ]),
    computeStates: layout.table([compute.partnersYear, ...layout.states(12)]),
    pathsCols: layout.table([revenue, grossMargin]),
    kpisCols: layout.table([equity.value, equity.cash, value.msftStakeValue]),
    kpisStates: layout.table([
      invested,
      capReachedYear,
      value.stakeNpv,
      value.pvShare,
      value.pvAoaiProfit,
      value.pvShareToOpenAI,
      value.pvProfitShare,
      value.pvHostedRevenue,
      value.paidThrough,
      value.uncappedThrough,
      value.computeThrough,
      value.azureThrough,
      value.idleTotal,
      terminal[1],
      markValues,
      markYears,
      breakEvenYear,
      breakEvenRevenue,
      compute.partnersYear,
      ...kpiPowers,
    ]),
    kpiColumns: kpiColumns.byteOffset,
    pathsStates: layout.table(revGap),
    equityCols: layout.table([
      operating.freeCashFlow,
      operating.toHolders,
      equity.future,
      equity.reserve,
      equity.value,
      equity.cash,
      equity.raised,
      value.msftStakeValue,
      value.foundationStakeValue,
      value.othersStakeValue,
    ]),
    equityStates: layout.table([terminal[0], value.stakeNpv, ...layout.states(5)]),
    valueCols: layout.table([
      operating.paid,
      operating.uncapped,
      operating.shareToOpenAI,
      operating.aoaiProfit,
      contracts.azure,
      compute.azure,
      operating.profitShare,
      compute.total,
      compute.idle,
    ]),
    valueStates: layout.table([
      value.pvShare,
      value.pvShareToOpenAI,
      value.pvAoaiProfit,
      value.pvProfitShare,
      value.paidThrough,
      value.uncappedThrough,
      value.computeThrough,
      value.azureThrough,
      value.idleTotal,
      value.pvHostedRevenue,
      ...layout.states(4),
    ]),
    operatingStates: layout.table([
      capReachedYear,
      profitShareSum,
      invested,
      breakEvenYear,
      breakEvenRevenue,
      ...operatingScratch,
    ]),
  };
  return {
    heap,
    params,
    tables,
    out,
    revenue,
    grossMargin,
    rate,
    trainingShape,
    contracts,
    compute,
    operating,
    equity,
    value,
    shares: new Array<SeriesOverrides | undefined>(BLOCK).fill(undefined),
    terminal,
    revGap,
    markYears,
    markValues,
    kpiPowers,
    kpiColumns,
  };
}

// The WASM port's gate: operatingBlock in JS against its f64x2 port, on the amended-2026 blocks of 10,000 samples
// (captured from the JS engine), both over the same data in one WebAssembly.Memory, rounds interleaved:
//   npx tsx test/tools/operatingGate.ts [rounds] [path/to/a.wasm, else models/wasm/engine.wasm.ts's]
import { readFileSync } from 'node:fs';
import { presetValues, PARAM_BY_ID, type NumberMeta } from '../../models/index.ts';
import { BLOCK, BLOCK_PARAMS, type Col, type Params } from '../../models/engine/batch/block.ts';
import { BatchEngine } from '../../models/engine/batch/engine.ts';
import { YEARS } from '../../models/engine/batch/inputs.ts';
import { operatingBlock, type OperatingCols } from '../../models/engine/batch/operating.ts';
import { batchOutput } from '../../models/engine/batch/output.ts';
import { seededRng } from '../../models/uncertainty/random.ts';
import { drawValue, rangesInForce } from '../../models/uncertainty/ranges.ts';
import { WASM_BASE64 } from '../../models/wasm/engine.wasm.ts';
import { median, timed } from './timed.ts';

const ROUNDS = Number(process.argv[2] ?? 31);
const SAMPLES = 10_000;
const amended = presetValues('amended-2026');
const ranges = rangesInForce(amended);
const rng = seededRng(1);
const draws = ranges.map(() => new Float64Array(SAMPLES));
for (let s = 0; s < SAMPLES; s++)
  for (let r = 0; r < ranges.length; r++)
    draws[r]![s] = drawValue(PARAM_BY_ID.get(ranges[r]!.id) as NumberMeta, ranges[r]!, rng());
const shownYears = amended.horizonEnd - 2025 + 1;
const engine = new BatchEngine(
  amended,
  ranges.map((r) => r.id),
) as unknown as Record<string, never>;
const engineOut = batchOutput(SAMPLES, shownYears);

// The heap: bump-allocated f64s (element indices), grown once before any view is made.
const blocks = Math.ceil(SAMPLES / BLOCK);
const PARAMS_F64 = BLOCK_PARAMS.length * BLOCK;
const INPUT_F64 = 4 * YEARS * BLOCK;
const OUTPUT_COLS = 4;
const need =
  4096 + blocks * (PARAMS_F64 + INPUT_F64) + OUTPUT_COLS * SAMPLES * shownYears + 40 * YEARS * BLOCK;
const memory = new WebAssembly.Memory({ initial: Math.ceil((need * 8) / 65536) + 1 });
const heap = new Float64Array(memory.buffer);
const words = new Int32Array(memory.buffer);
let top = 512; // f64s: the first 4 kB hold the tables
let tableTop = 0; // i32s
const f64s = (count: number) => {
  const at = top;
  top += count + (count & 1);
  return at;
};
const i32s = (count: number) => {
  const at = tableTop;
  tableTop += count + (count & 3 ? 4 - (count & 3) : 0);
  return at;
};
const heapCol = (): Col => {
  const at = i32s(YEARS);
  return {
    arr: Array.from({ length: YEARS }, () => heap),
    off: words.subarray(at, at + YEARS),
    home: heap,
    scratch: 0,
  };
};
const scratch = (col: Col) => {
  const at = f64s(YEARS * BLOCK);
  for (let y = 0; y < YEARS; y++) col.off[y] = at + y * BLOCK;
  return col;
};

// Capture each block's inputs to operatingBlock from the JS engine.
const paramsAt = f64s(PARAMS_F64);
const params = Object.fromEntries(
  BLOCK_PARAMS.map((id, k) => [id, heap.subarray(paramsAt + k * BLOCK, paramsAt + (k + 1) * BLOCK)]),
) as Params;
const captured: { params: number; inputs: number; n: number }[] = [];
for (let b = 0; b < blocks; b++) {
  const first = b * BLOCK;
  const n = Math.min(BLOCK, SAMPLES - first);
  (engine as unknown as BatchEngine).run(draws, first, first + n, engineOut);
  const p = engine['params'] as unknown as Params;
  const at = { params: f64s(PARAMS_F64), inputs: f64s(INPUT_F64), n };
  BLOCK_PARAMS.forEach((id, k) => {
    for (let j = 0; j < n; j++) heap[at.params + k * BLOCK + j] = p[id][j]!;
  });
  const c = engine['compute'] as unknown as { total: Col; idle: Col };
  [engine['revenue'] as unknown as Col, engine['rate'] as unknown as Col, c.total, c.idle].forEach(
    (col, k) => {
      for (let y = 0; y < YEARS; y++)
        for (let j = 0; j < n; j++)
          heap[at.inputs + (k * YEARS + y) * BLOCK + j] = col.arr[y]![col.off[y]! + j]!;
    },
  );
  captured.push(at);
}
const modes = engine['modes'] as unknown as { shareCapOn: boolean; holdsStake: boolean; computeMode: string };

const [revenue, rate, total, idle] = [heapCol(), heapCol(), heapCol(), heapCol()];
const shown = Array.from({ length: OUTPUT_COLS }, () => f64s(SAMPLES * shownYears));
const aimed = () => scratch(heapCol());
const out: OperatingCols = {
  uncapped: aimed(),
  paid: aimed(),
  aoaiProfit: scratch(heapCol()),
  shareToOpenAI: scratch(heapCol()),
  operating: aimed(),
  freeCashFlow: aimed(),
  profitShare: scratch(heapCol()),
  toHolders: scratch(heapCol()),
  capReachedYear: heap.subarray(f64s(BLOCK), top),
  profitShareSum: heap.subarray(f64s(BLOCK), top),
  invested: heap.subarray(f64s(BLOCK), top),
  breakEvenYear: heap.subarray(f64s(BLOCK), top),
  breakEvenRevenue: heap.subarray(f64s(BLOCK), top),
};
for (const k of [
  'capReachedYear',
  'profitShareSum',
  'invested',
  'breakEvenYear',
  'breakEvenRevenue',
] as const)
  (out as unknown as Record<string, Float64Array>)[k] = out[k].subarray(0, BLOCK);
const aimedCols = [out.uncapped, out.paid, out.operating, out.freeCashFlow];
const scratchOf = aimedCols.map((col) => col.off[0]!);
const colsTable = i32s(12);
const cols = [revenue, rate, total, idle, out.uncapped, out.paid, out.aoaiProfit, out.shareToOpenAI];
cols.push(out.operating, out.freeCashFlow, out.profitShare, out.toHolders);
cols.forEach((col, k) => (words[colsTable + k] = col.off.byteOffset));
const statesTable = i32s(10);
const stateAreas = [
  out.capReachedYear,
  out.profitShareSum,
  out.invested,
  out.breakEvenYear,
  out.breakEvenRevenue,
];
for (let k = 0; k < 5; k++) stateAreas.push(heap.subarray(f64s(BLOCK), top).subarray(0, BLOCK));
stateAreas.forEach((a, k) => (words[statesTable + k] = a.byteOffset));

/** Points the block's inputs at block b's captured data and the shown years of the outputs at their columns. */
function setBlock(b: number): number {
  const at = captured[b]!;
  heap.copyWithin(paramsAt, at.params, at.params + PARAMS_F64);
  [revenue, rate, total, idle].forEach((col, k) => {
    for (let y = 0; y < YEARS; y++) col.off[y] = at.inputs + (k * YEARS + y) * BLOCK;
  });
  aimedCols.forEach((col, k) => {
    for (let y = 0; y < YEARS; y++)
      col.off[y] = y < shownYears ? shown[k]! + y * SAMPLES + b * BLOCK : scratchOf[k]! + y * BLOCK;
  });
  return at.n;
}

const bytes = process.argv[3] ? readFileSync(process.argv[3]) : Buffer.from(WASM_BASE64, 'base64');
const { instance } = await WebAssembly.instantiate(bytes, { env: { memory } });
const wasmOperating = instance.exports.operatingBlock as (...args: number[]) => void;

const runJs = () => {
  for (let b = 0; b < blocks; b++)
    operatingBlock(params, setBlock(b), modes, revenue, rate, { total, idle } as never, out);
};
const runWasm = () => {
  for (let b = 0; b < blocks; b++)
    wasmOperating(
      setBlock(b),
      modes.shareCapOn ? 1 : 0,
      modes.holdsStake ? 1 : 0,
      paramsAt * 8,
      colsTable * 4,
      statesTable * 4,
    );
};

// Bit for bit: every output of every block, JS against WASM.
const snapshot = (run: () => void) => {
  const got: number[][] = [];
  for (let b = 0; b < blocks; b++) {
    const n = setBlock(b);
    if (run === runJs) operatingBlock(params, n, modes, revenue, rate, { total, idle } as never, out);
    else
      wasmOperating(
        n,
        modes.shareCapOn ? 1 : 0,
        modes.holdsStake ? 1 : 0,
        paramsAt * 8,
        colsTable * 4,
        statesTable * 4,
      );
    const values: number[] = [];
    for (const col of cols.slice(4))
      for (let y = 0; y < YEARS; y++) for (let j = 0; j < n; j++) values.push(heap[col.off[y]! + j]!);
    for (const a of stateAreas.slice(0, 5)) for (let j = 0; j < n; j++) values.push(a[j]!);
    got.push(values);
  }
  return got;
};
const want = snapshot(runJs);
const got = snapshot(runWasm);
let differ = 0;
want.forEach((w, b) =>
  w.forEach((x, k) =>
    Object.is(x, got[b]![k])
      ? 0
      : differ++ < 5 && console.log(`block ${b} #${k}: js ${x} wasm ${got[b]![k]}`),
  ),
);
console.log(`compared ${want.flat().length} values: ${differ} differ; modes ${JSON.stringify(modes)}`);

const times = { js: [] as number[], wasm: [] as number[] };
for (let i = 0; i < 5; i++) {
  runJs();
  runWasm();
}
for (let i = 0; i < ROUNDS; i++) {
  times.js.push(timed(runJs)[0]);
  times.wasm.push(timed(runWasm)[0]);
}
const js = median(times.js);
const wasm = median(times.wasm);
console.log(
  `operatingBlock, ${blocks} blocks (${SAMPLES} samples): JS ${js.toFixed(2)} ms, WASM ${wasm.toFixed(2)} ms (wall medians of ${ROUNDS}), ${(js / wasm).toFixed(2)}×`,
);
const setOnly: number[] = [];
for (let i = 0; i < ROUNDS; i++)
  setOnly.push(
    timed(() => {
      for (let b = 0; b < blocks; b++) setBlock(b);
    })[0],
  );
console.log(`of which setting the blocks up: ${median(setOnly).toFixed(2)} ms`);

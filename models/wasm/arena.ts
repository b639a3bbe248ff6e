/**
 * Memory that the simulation's JavaScript and its WebAssembly share (issue #10: 10,000 samples in ≤ 12 ms). An
 * arena is one WebAssembly.Memory of a fixed size, cut into regions by a bump allocator: the batch output's columns,
 * the summary's scratch and bucket tables. Fixed, because growing a memory detaches every view of it, and the
 * columns' views live as long as a simulator. Each arena has its own instance of each module (instances are cheap;
 * the compiled module is shared). Where WebAssembly with SIMD is missing (or compiling throws, as a large module on a
 * browser's main thread can), `wasmSimd` is false and the callers keep to their JavaScript, which gives the same
 * numbers.
 */
import { WASM_BASE64 as SUMMARY_WASM } from './summary.wasm.ts';

/** What models/wasm/assembly/summary.ts exports (countBuckets and COUNTS for a test of the count pass). */
export interface SummaryExports {
  readonly COUNTS: WebAssembly.Global;
  readonly SPAN: WebAssembly.Global;
  readonly PS: WebAssembly.Global;
  readonly OUT: WebAssembly.Global;
  readonly MAX_PS: WebAssembly.Global;
  readonly COLLECTED: WebAssembly.Global;
  readonly TABLE_BYTES: WebAssembly.Global;
  collect(at: number, n: number, dest: number, table: number): number;
  percentiles(
    at: number,
    n: number,
    count: number,
    known: number,
    table: number,
    scratch: number,
    marks: number,
  ): void;
  countBuckets(
    at: number,
    n: number,
    min: number,
    scale: number,
    buckets: number,
    table: number,
    marks: number,
  ): void;
  init(table: number): void;
}

const PAGE = 65_536;
/** Regions start 16-byte aligned (a v128's width). */
const ALIGN = 16;
/** The first bytes are left alone: address 0 is never a region, so 0 can mean "none". */
const RESERVED = ALIGN;
/** Room every arena keeps for the modules' own tables (the summary's bucket table is under 45 KiB). */
const MODULE_TABLES = 49_152;

/** A checked-in module's bytes from their base64. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

let summaryModule: WebAssembly.Module | null | undefined;

/** The summary module compiled once, or null where this runtime cannot (no WebAssembly, no SIMD, or not here). */
function compiledSummary(): WebAssembly.Module | null {
  if (summaryModule !== undefined) return summaryModule;
  try {
    summaryModule = typeof WebAssembly === 'object' ? new WebAssembly.Module(bytesOf(SUMMARY_WASM)) : null;
  } catch {
    summaryModule = null;
  }
  return summaryModule;
}

/** Whether the simulation can use its WebAssembly here: an arena's `summary` is then available. */
export function wasmSimd(): boolean {
  return compiledSummary() !== null;
}

/** Arenas by their memory's buffer, for code handed only a typed array to find the arena it lies in. */
const byBuffer = new WeakMap<ArrayBufferLike, Arena>();

/** The arena `array` lies in, if any. */
export function arenaOf(array: { readonly buffer: ArrayBufferLike }): Arena | undefined {
  return byBuffer.get(array.buffer);
}

export class Arena {
  readonly memory: WebAssembly.Memory;
  readonly size: number;
  private top = RESERVED;
  private summaryExports: SummaryExports | undefined;

  /** An arena of at least `bytes` usable bytes. Throws where WebAssembly is missing: check `wasmSimd()` first. */
  constructor(bytes: number) {
    const pages = Math.ceil((bytes + RESERVED + MODULE_TABLES) / PAGE);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    this.size = pages * PAGE;
    byBuffer.set(this.memory.buffer, this);
  }

  /** The byte address of a new region of `bytes` bytes (zeroed: the memory starts zeroed and is never reused). */
  alloc(bytes: number): number {
    const at = Math.ceil(this.top / ALIGN) * ALIGN;
    if (at + bytes > this.size)
      throw new Error(`Arena of ${this.size} bytes is full: ${bytes} more asked at ${at}.`);
    this.top = at + bytes;
    return at;
  }

  /** Whether a region of `bytes` bytes would fit. */
  fits(bytes: number): boolean {
    return Math.ceil(this.top / ALIGN) * ALIGN + bytes <= this.size;
  }

  /** A new region of `length` doubles. */
  f64(length: number): Float64Array {
    return new Float64Array(this.memory.buffer, this.alloc(length * 8), length);
  }

  /** The summary module's instance in this arena. */
  get summary(): SummaryExports {
    if (!this.summaryExports) {
      const module = compiledSummary();
      if (!module) throw new Error('WebAssembly with SIMD is not available here.');
      const instance = new WebAssembly.Instance(module, {
        env: { memory: this.memory, abort: abortFromWasm },
      });
      this.summaryExports = instance.exports as unknown as SummaryExports;
    }
    return this.summaryExports;
  }
}

/** AssemblyScript's abort; compiled without assertions, the modules never call it. */
function abortFromWasm(): never {
  throw new Error('A WebAssembly module of the simulation aborted.');
}

/** Bytes an arena needs for a region of `length` doubles, alignment included. */
export function f64Bytes(length: number): number {
  return Math.ceil((length * 8) / ALIGN) * ALIGN;
}

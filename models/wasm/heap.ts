/**
 * The one memory the batch engine's JS and WebAssembly passes share: a WebAssembly.Memory where there is
 * WebAssembly (an ArrayBuffer copied into a larger one otherwise), handed out in 16-byte-aligned pieces. Growing it
 * detaches every view of the old buffer: hold element offsets, not views, across an `alloc`, and re-read views
 * through `f64()` and `i32()`, or in an `onGrow` listener.
 */
const PAGE = 65536;
const ALIGN = 16;
/** The first bytes stay unused: address 0 means "none" to the passes. */
const START = 1024;

const hasWasm = typeof WebAssembly === 'object' && typeof WebAssembly.Memory === 'function';
const memory: WebAssembly.Memory | undefined = hasWasm ? new WebAssembly.Memory({ initial: 32 }) : undefined;
let buffer: ArrayBuffer = memory ? memory.buffer : new ArrayBuffer(32 * PAGE);
let f64View = new Float64Array(buffer);
let i32View = new Int32Array(buffer);
let top = START;
/** Freed pieces by size in bytes, reused by a later `alloc` of the same size. */
const freed = new Map<number, number[]>();
const listeners = new Set<() => void>();

/** The WebAssembly.Memory, for the passes' imports; undefined without WebAssembly. */
export function heapMemory(): WebAssembly.Memory | undefined {
  return memory;
}

/** The whole memory as f64s: byte address a is element a / 8. */
export function f64(): Float64Array {
  return f64View;
}

/** The whole memory as i32s: byte address a is element a / 4. */
export function i32(): Int32Array {
  return i32View;
}

/** Calls `listener` after each growth (every view made before it is detached then). */
export function onGrow(listener: () => void): void {
  listeners.add(listener);
}

/** A piece of `bytes` bytes (rounded up to 16), its byte address; its contents are whatever was there. */
export function alloc(bytes: number): number {
  const size = Math.ceil(bytes / ALIGN) * ALIGN;
  const reused = freed.get(size)?.pop();
  if (reused !== undefined) return reused;
  const at = top;
  top += size;
  if (top > buffer.byteLength) grow(top);
  return at;
}

/** Gives back a piece from `alloc(bytes)`, for a later `alloc` of the same size. */
export function free(at: number, bytes: number): void {
  const size = Math.ceil(bytes / ALIGN) * ALIGN;
  const list = freed.get(size);
  if (list) list.push(at);
  else freed.set(size, [at]);
}

function grow(bytes: number): void {
  const pages = Math.max(Math.ceil(bytes / PAGE), (buffer.byteLength / PAGE) * 2) - buffer.byteLength / PAGE;
  if (memory) {
    memory.grow(pages);
    buffer = memory.buffer;
  } else {
    const larger = new ArrayBuffer(buffer.byteLength + pages * PAGE);
    new Uint8Array(larger).set(new Uint8Array(buffer));
    buffer = larger;
  }
  f64View = new Float64Array(buffer);
  i32View = new Int32Array(buffer);
  for (const listener of listeners) listener();
}

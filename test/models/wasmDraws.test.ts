import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { NUMERIC_PARAMS, presetValues, simulate, type NumberMeta } from '../../models/index.ts';
import { rngOf, seededState } from '../../models/uncertainty/random.ts';
import { drawColumn, shapeConstants, type Range } from '../../models/uncertainty/ranges.ts';
import { arenaDrawer, DRAWS_BYTES, drawsModule, useWasmDraws } from '../../models/uncertainty/wasmDraws.ts';
import { Arena } from '../../models/wasm/arena.ts';
import { drawColumns, drawnArb } from './batchDraws.ts';

// The draws in WebAssembly (models/wasm/assembly/draws.ts) against the JavaScript they stand in for: every draw the
// same double (Object.is, so −0 and +0 differ), and the generator left where the JavaScript leaves it.

afterEach(() => useWasmDraws(true));

function sameColumn(wasm: Float64Array, js: Float64Array, what: string): void {
  expect(wasm.length, what).toBe(js.length);
  for (let s = 0; s < js.length; s++)
    if (!Object.is(wasm[s], js[s])) expect.fail(`${what}, sample ${s}: wasm ${wasm[s]} ≠ js ${js[s]}`);
}

describe('arenaDrawer', () => {
  it('draws what drawValue draws, sample by sample and range by range, in chunks of any size', () => {
    fc.assert(
      fc.property(
        drawnArb,
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 699 }),
        fc.nat(),
        ([metas, ranges], samples, split, seed) => {
          const arena = new Arena(DRAWS_BYTES);
          const state = seededState(seed);
          const drawer = arenaDrawer(arena, metas, ranges, state);
          if (metas.length === 0) {
            expect(drawer).toBeUndefined();
            return;
          }
          const expected = drawColumns(metas, ranges, samples, seed);
          // Two chunks, the first ending anywhere, as a page draws its first samples and then the rest; each
          // compared before the next overwrites it.
          const first = Math.min(split, samples);
          let from = 0;
          for (const wanted of first < samples ? [first, samples - first] : [samples]) {
            const { columns, samples: n } = drawer!(wanted);
            expect(n).toBe(wanted);
            columns.forEach((column, r) =>
              sameColumn(
                column,
                expected[r]!.subarray(from, from + n),
                `${metas[r]!.id} ${ranges[r]!.shape}`,
              ),
            );
            from += n;
          }
          // The generator is where the JavaScript's would be after as many numbers.
          const js = seededState(seed);
          const rng = rngOf(js);
          for (let i = 0; i < samples * metas.length; i++) rng();
          expect([...state]).toEqual([...js]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('draws a chunk of at most 4,096 samples, in blocks of 128 for many ranges', () => {
    const metas = NUMERIC_PARAMS.slice(0, 40);
    const ranges: Range[] = metas.map((m) => ({ low: m.min, high: m.max, shape: 'triangular' }));
    const drawer = arenaDrawer(
      new Arena(DRAWS_BYTES),
      metas.slice(0, 3),
      ranges.slice(0, 3),
      seededState(1),
    )!;
    expect(drawer(10_000).samples).toBe(4096);
    // 40 ranges: a mebibyte holds 3,276 samples of 40 columns, rounded down to 3,200.
    const many = arenaDrawer(new Arena(DRAWS_BYTES), metas, ranges, seededState(1))!;
    expect(many(10_000).samples).toBe(3200);
    expect(many(77).samples).toBe(77);
  });

  it('is not used in an arena without room for it', () => {
    const arena = new Arena(1024);
    expect(
      arenaDrawer(arena, NUMERIC_PARAMS.slice(0, 1), [{ low: 0, high: 1, shape: 'uniform' }], seededState(1)),
    ).toBeUndefined();
  });
});

describe('the draws module', () => {
  const arena = new Arena(DRAWS_BYTES + 4096);
  const x = drawsModule(arena)!;
  const column = arena.f64(16);
  const year = NUMERIC_PARAMS.find((m) => m.unit === 'year')!;
  // Whole numbers round as Math.round: halves up, −0.5 to −0 (not +0), 0.49999999999999994 down, and an odd last value.
  const halves = [
    -2.5, -1.5, -0.5, -0.3, -0, 0, 0.49999999999999994, 0.5, 1.5, 2.5, 2026.5, 2027.4999999999998, -0.7, 3,
  ];

  it('rounds whole numbers as Math.round does', () => {
    column.set(halves);
    // start −0, width 1: each draw is its uniform (−0 + −0 is −0), rounded and then clamped to ±10,000.
    x.drawUniform(column.byteOffset, halves.length, -0, 1, 1, -10_000, 10_000);
    sameColumn(column.subarray(0, halves.length), Float64Array.from(halves, Math.round), 'rounded');
    expect(Object.is(column[2], -0)).toBe(true);
  });

  it('clamps as drawColumn does, keeping −0 at a bound of 0', () => {
    column.set([-0, -1, 0.25, 2, 0.5]);
    x.drawUniform(column.byteOffset, 5, -0, 1, 0, 0, 1);
    sameColumn(column.subarray(0, 5), Float64Array.of(-0, 0, 0.25, 1, 0.5), 'clamped');
  });

  it('leaves the normal tails to the JavaScript, listing them', () => {
    const u = [0.01, 0.5, 0.02425, 0.024249999999999997, 0.97575, 0.9757500000000001, 0.99, 0.3];
    column.set(u);
    const tails = new Int32Array(arena.memory.buffer, arena.alloc(64), 16);
    const range: Range = { low: 6.7, high: 13.3, shape: 'normal' };
    const [mid, sd] = shapeConstants(range);
    const found = x.drawNormal(column.byteOffset, u.length, mid, sd, 0, -1e9, 1e9, tails.byteOffset);
    expect([...tails.subarray(0, found)]).toEqual([0, 3, 5, 6]);
    const meta = { ...year, min: -1e9, max: 1e9, unit: 'fraction', step: 0.01 } as NumberMeta;
    const js = new Float64Array(u.length);
    drawColumn(meta, range, Float64Array.from(u), 0, 1, js, 0, u.length);
    for (const i of [1, 2, 4, 7]) expect(Object.is(column[i], js[i]), `central ${u[i]}`).toBe(true);
    for (const i of [0, 3, 5, 6]) expect(column[i]).toBe(u[i]);
  });
});

describe('simulate with the draws in WebAssembly', () => {
  it.each(['amended-2026', 'original-2019', 'bubble'])(
    'gives what it gives with the JavaScript draws: %s, 10,000 samples in chunks',
    (preset) => {
      const values = presetValues(preset);
      const wasm = simulate(values, { samples: 10_000, seed: 11 });
      useWasmDraws(false);
      expect(simulate(values, { samples: 10_000, seed: 11 })).toEqual(wasm);
    },
  );
});

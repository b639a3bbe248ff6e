import fc from 'fast-check';
import {
  drawValue,
  NUMERIC_PARAMS,
  seededRng,
  SHAPES,
  type NumberMeta,
  type Range,
} from '../../models/index.ts';

// Draws for the batch engine's tests: ranges on random assumptions, and columns drawn as the simulator draws them.

/** A range for an assumption anywhere within its bounds (a point, or wider than the bounds so draws clamp). */
export function rangeArb(meta: NumberMeta): fc.Arbitrary<Range> {
  const span = meta.max - meta.min;
  const end = fc.double({ min: meta.min - span / 4, max: meta.max + span / 4, noNaN: true });
  return fc.tuple(end, end, fc.constantFrom(...SHAPES)).map(([a, b, shape]) => {
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    // A lognormal range needs a positive low end.
    return shape === 'lognormal' && low <= 0 ? { low, high, shape: 'normal' } : { low, high, shape };
  });
}

/** Some numeric assumptions, each with a range. */
export const drawnArb = fc
  .uniqueArray(fc.constantFrom(...NUMERIC_PARAMS), { minLength: 0, maxLength: 12, selector: (m) => m.id })
  .chain((metas) => fc.tuple(fc.constant(metas), fc.tuple(...metas.map(rangeArb))));

/** Draws `samples` values per range, as the simulator does: sample by sample, range by range. */
export function drawColumns(
  metas: readonly NumberMeta[],
  ranges: readonly Range[],
  samples: number,
  seed: number,
) {
  const rng = seededRng(seed);
  const columns = metas.map(() => new Float64Array(samples));
  for (let s = 0; s < samples; s++) {
    for (let r = 0; r < metas.length; r++) columns[r]![s] = drawValue(metas[r]!, ranges[r]!, rng());
  }
  return columns;
}

import { formatParamValue } from '../format.ts';
import {
  DEFAULT_RANGE_BY_ID,
  numberMeta,
  rangeProblem,
  SHAPES,
  type Range,
  type Shape,
} from '../uncertainty/ranges.ts';
import { MAX_SEED } from '../uncertainty/random.ts';
import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES, MIN_SAMPLES } from '../uncertainty/simulate.ts';
import { PARAMS, type ParamId } from '../schema/scenario.ts';
import { shiftDecimal, UNITS } from '../schema/units.ts';
import type { LinkProblem } from './problems.ts';
import type { LinkSection } from './sections.ts';

/**
 * The simulation's settings in a scenario: the ranges the user chose (only those that differ from the defaults;
 * `null` holds an assumption with a default range fixed), the seed and the sample count (absent: the defaults).
 */
export interface UncertaintySettings {
  readonly ranges?: Readonly<Partial<Record<ParamId, Range | null>>>;
  readonly seed?: number;
  readonly samples?: number;
}

const RANGE_PREFIX = 'r.';
const OFF = 'off';
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

/**
 * The link's part for uncertainty: `r.<id>=<low>_<high>_<shape>` for a range (in the assumption's link units: $B,
 * %, years), `r.<id>=off` to hold an assumption fixed that has a default range, `seed=<whole number>` and
 * `samples=<whole number>`. E.g. `r.rev2030=150_300_normal&seed=7`.
 */
export const uncertaintySection: LinkSection<'uncertainty'> = {
  id: 'uncertainty',
  owns: (key) => key === 'seed' || key === 'samples' || key.startsWith(RANGE_PREFIX),
  decode(entries, { say, clip }) {
    const problems: LinkProblem[] = [];
    const ranges: Partial<Record<ParamId, Range | null>> = {};
    let seed: number | undefined;
    let samples: number | undefined;
    const bad = (key: string, what: string, done: string) =>
      problems.push({ kind: 'unparsable', key, message: say(what, done) });
    for (const [key, raw] of entries) {
      if (key === 'seed') {
        if (/^\d{1,10}$/.test(raw) && Number(raw) <= MAX_SEED) seed = Number(raw);
        else
          bad(
            key,
            `Seed: "${clip(raw)}" is not a whole number from 0 to ${MAX_SEED}`,
            `; used ${DEFAULT_SEED}`,
          );
        continue;
      }
      if (key === 'samples') {
        if (!/^\d{1,9}$/.test(raw)) {
          bad(
            key,
            `Samples: "${clip(raw)}" is not a whole number`,
            `; used ${DEFAULT_SAMPLES.toLocaleString('en-US')}`,
          );
          continue;
        }
        const n = Number(raw);
        const clamped = Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, n));
        if (clamped !== n)
          problems.push({
            kind: 'out-of-range',
            key,
            message: say(
              `Samples: ${n.toLocaleString('en-US')} is outside ${MIN_SAMPLES.toLocaleString('en-US')}–${MAX_SAMPLES.toLocaleString('en-US')}`,
              `; used ${clamped.toLocaleString('en-US')}`,
            ),
          });
        samples = clamped;
        continue;
      }
      const id = key.slice(RANGE_PREFIX.length);
      const meta = numberMeta(id);
      if (!meta) {
        bad(key, `Range "${clip(key)}": there is no numeric assumption "${clip(id)}"`, '; ignored');
        continue;
      }
      const label = `Range for ${meta.label} (${key})`;
      if (raw === OFF) {
        if (DEFAULT_RANGE_BY_ID.has(id as ParamId)) ranges[id as ParamId] = null;
        else
          bad(key, `${label}: "off" holds a default range fixed, and this assumption has none`, '; ignored');
        continue;
      }
      const parts = raw.split(/[_~]/);
      const [lowRaw, highRaw, shapeRaw] = parts as [string, string | undefined, string | undefined];
      if (parts.length !== 3 || !DECIMAL.test(lowRaw) || !DECIMAL.test(highRaw ?? '')) {
        bad(key, `${label}: "${clip(raw)}" is not low_high_shape (e.g. ${example(id)})`, '; ignored');
        continue;
      }
      if (!SHAPES.includes(shapeRaw as Shape)) {
        bad(key, `${label}: "${clip(shapeRaw ?? '')}" is not one of ${SHAPES.join(', ')}`, '; ignored');
        continue;
      }
      const exp = UNITS[meta.unit].linkExponent;
      const range: Range = {
        low: Number(`${lowRaw}e${exp}`),
        high: Number(`${highRaw}e${exp}`),
        shape: shapeRaw as Shape,
      };
      const problem = rangeProblem(meta, range);
      if (problem) {
        bad(
          key,
          `${label}: ${problem}${problem.includes('own range') ? ` (${formatParamValue(meta, meta.min)}–${formatParamValue(meta, meta.max)})` : ''}`,
          '; ignored',
        );
        continue;
      }
      ranges[id as ParamId] = sameAsDefault(id as ParamId, range) ? undefined : range;
      if (ranges[id as ParamId] === undefined) delete ranges[id as ParamId];
    }
    const value: UncertaintySettings = {
      ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(samples !== undefined ? { samples } : {}),
    };
    return { value: Object.keys(value).length > 0 ? value : undefined, problems };
  },
  encode(value, params) {
    for (const p of PARAMS) {
      const range = value.ranges?.[p.id as ParamId];
      if (range === undefined || p.kind !== 'number') continue;
      if (range === null) params.set(`${RANGE_PREFIX}${p.id}`, OFF);
      else {
        const exp = UNITS[p.unit].linkExponent;
        params.set(
          `${RANGE_PREFIX}${p.id}`,
          `${shiftDecimal(range.low, exp)}_${shiftDecimal(range.high, exp)}_${range.shape}`,
        );
      }
    }
    if (value.seed !== undefined) params.set('seed', String(value.seed));
    if (value.samples !== undefined) params.set('samples', String(value.samples));
  },
};

/** Whether a range is its assumption's default (which the link leaves out). */
export function sameAsDefault(id: ParamId, range: Range): boolean {
  const d = DEFAULT_RANGE_BY_ID.get(id);
  return d !== undefined && d.low === range.low && d.high === range.high && d.shape === range.shape;
}

function example(id: string): string {
  const meta = numberMeta(id)!;
  const exp = UNITS[meta.unit].linkExponent;
  return `${shiftDecimal(meta.min, exp)}_${shiftDecimal(meta.max, exp)}_triangular`;
}

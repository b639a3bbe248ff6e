import {
  DEFAULT_RANGE_BY_ID,
  formatParamValue,
  PARAM_BY_ID,
  rangesInForce,
  SHAPE_LABELS,
  type NumberMeta,
  type ParamId,
  type Range,
  type ScenarioValues,
  type UncertaintySettings,
} from '../../models/index.ts';

/** The settings with one field changed; undefined when nothing is left (the link then writes nothing). */
function tidy(settings: UncertaintySettings): UncertaintySettings | undefined {
  const out: { ranges?: UncertaintySettings['ranges']; seed?: number; samples?: number } = {};
  if (settings.ranges && Object.keys(settings.ranges).length > 0) out.ranges = settings.ranges;
  if (settings.seed !== undefined) out.seed = settings.seed;
  if (settings.samples !== undefined) out.samples = settings.samples;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Sets an assumption's range: a range, `'default'` to go back to its default range (or to none), or `'fixed'` to
 * hold it at its value. A range equal to the default is stored as the default (so the link stays short).
 */
export function withRange(
  settings: UncertaintySettings,
  id: ParamId,
  choice: Range | 'default' | 'fixed',
): UncertaintySettings | undefined {
  const ranges = { ...settings.ranges };
  const d = DEFAULT_RANGE_BY_ID.get(id);
  if (choice === 'default') delete ranges[id];
  else if (choice === 'fixed') {
    if (d) ranges[id] = null;
    else delete ranges[id];
  } else if (d && d.low === choice.low && d.high === choice.high && d.shape === choice.shape)
    delete ranges[id];
  else ranges[id] = choice;
  return tidy({ ...settings, ranges });
}

export function withSeed(settings: UncertaintySettings, seed: number | undefined) {
  return tidy({ ...settings, seed });
}

export function withSamples(settings: UncertaintySettings, samples: number | undefined) {
  return tidy({ ...settings, samples });
}

/** One row of the panel's list of uncertain assumptions, formatted for people. */
export interface RangeRow {
  readonly id: ParamId;
  readonly label: string;
  readonly interval: string;
  readonly shape: string;
  /** "Sources disagree", "Our assumption", "Your range". */
  readonly origin: string;
  /** Where the ends come from, for a default range. */
  readonly why?: string;
  readonly cites: readonly string[];
  readonly hasDefault: boolean;
}

const ORIGIN = { sourced: 'From the sources', ours: 'Our assumption', yours: 'Your range' } as const;

export function rangeRows(values: ScenarioValues, settings: UncertaintySettings): RangeRow[] {
  return rangesInForce(values, settings.ranges).map((r) => {
    const meta = PARAM_BY_ID.get(r.id) as NumberMeta;
    const d = r.origin === 'yours' ? undefined : DEFAULT_RANGE_BY_ID.get(r.id);
    return {
      id: r.id,
      label: meta.label,
      interval: `${formatParamValue(meta, r.low)} to ${formatParamValue(meta, r.high)}`,
      shape: SHAPE_LABELS[r.shape],
      origin: ORIGIN[r.origin],
      why: d?.why,
      cites: d?.cites ?? [],
      hasDefault: DEFAULT_RANGE_BY_ID.has(r.id),
    };
  });
}

/**
 * Default ranges not in force, each with why: held fixed by the user, or the scenario's value lies outside it
 * (a preset or a slider moved beyond what the sources span).
 */
export function idleDefaults(
  values: ScenarioValues,
  settings: UncertaintySettings,
): { id: ParamId; label: string; reason: string }[] {
  const inForce = new Set(rangesInForce(values, settings.ranges).map((r) => r.id));
  const out: { id: ParamId; label: string; reason: string }[] = [];
  for (const [id, d] of DEFAULT_RANGE_BY_ID) {
    if (inForce.has(id)) continue;
    const meta = PARAM_BY_ID.get(id) as NumberMeta;
    const span = `${formatParamValue(meta, d.low)} to ${formatParamValue(meta, d.high)}`;
    out.push({
      id,
      label: meta.label,
      reason:
        settings.ranges?.[id] === null
          ? `held at its value; its default range is ${span}`
          : `your value, ${formatParamValue(meta, values[id] as number)}, lies outside its default range (${span}), so it is held as set`,
    });
  }
  return out;
}

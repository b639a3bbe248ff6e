import type { OverridesFor } from '../engine/overrides.ts';
import type { Projection } from '../engine/project.ts';
import { formatParamValue } from '../format.ts';
import { seek } from '../goalSeek.ts';
import { KPI_META, type KpiId } from '../outputs.ts';
import { tornado } from '../sensitivity.ts';
import type { NumberMeta } from '../schema/define.ts';
import { PARAM_BY_ID, type ParamId, type ScenarioValues } from '../schema/scenario.ts';

/** The analysis flags as given on the command line. */
export interface AnalysisFlags {
  tornado?: string;
  seek?: string;
  by?: string;
}

export interface AnalysisRequest {
  readonly tornado?: KpiId;
  readonly seek?: { readonly kpi: KpiId; readonly target: number; readonly param: ParamId };
  readonly errors: readonly string[];
}

const KPI_IDS = Object.keys(KPI_META) as KpiId[];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function kpiId(flag: string, raw: string, errors: string[]): KpiId | undefined {
  if ((KPI_IDS as string[]).includes(raw)) return raw as KpiId;
  errors.push(`${flag}: unknown figure "${raw}". Figures: ${KPI_IDS.join(', ')}.`);
  return undefined;
}

/** Checks --tornado, --seek and --by, naming each problem; nothing is run when there is one. */
export function readAnalysis(flags: AnalysisFlags, csv: boolean): AnalysisRequest {
  const errors: string[] = [];
  if (csv && (flags.tornado !== undefined || flags.seek !== undefined))
    errors.push('--tornado and --seek add to the JSON: leave out --csv.');
  const tornadoKpi = flags.tornado === undefined ? undefined : kpiId('--tornado', flags.tornado, errors);
  if (flags.seek === undefined) {
    if (flags.by !== undefined) errors.push('--by names the assumption a --seek moves: give --seek too.');
    return { tornado: tornadoKpi, errors };
  }
  if (flags.by === undefined) errors.push('--seek needs --by <id>, the assumption to move.');
  const eq = flags.seek.indexOf('=');
  let kpi: KpiId | undefined;
  let target: number | undefined;
  if (eq <= 0)
    errors.push(`--seek "${flags.seek}" should look like kpi=target, e.g. --seek msftTotalValueNpv=300e9.`);
  else {
    kpi = kpiId('--seek', flags.seek.slice(0, eq), errors);
    const raw = flags.seek.slice(eq + 1);
    const n = Number(raw);
    if (!NUMBER.test(raw) || !Number.isFinite(n))
      errors.push(`--seek: target "${raw}" is not a number (in the JSON's units: USD, fractions, years).`);
    else target = n;
  }
  let param: ParamId | undefined;
  if (flags.by !== undefined) {
    const meta = PARAM_BY_ID.get(flags.by);
    if (!meta) errors.push(`--by: unknown assumption "${flags.by}"; see --list-params.`);
    else if (meta.kind !== 'number')
      errors.push(
        `--by: ${meta.label} (${meta.id}) is a ${meta.kind === 'flag' ? 'switch' : 'choice'}, not a number to move.`,
      );
    else param = meta.id as ParamId;
  }
  const seekRequest =
    kpi !== undefined && target !== undefined && param !== undefined ? { kpi, target, param } : undefined;
  return { tornado: tornadoKpi, seek: seekRequest, errors };
}

/** What --tornado and --seek add to the JSON, or the sentence to exit 1 with when the seek's target is out of reach. */
export function runAnalysis(
  request: AnalysisRequest,
  values: ScenarioValues,
  projection: Projection,
  overridesFor?: OverridesFor,
): Record<string, unknown> | { unreached: string } {
  const added: Record<string, unknown> = {};
  if (request.tornado) {
    added.tornado = tornado(values, request.tornado, { base: projection, overridesFor }).map((b) => ({
      id: b.id,
      low: b.low,
      high: b.high,
      lowInput: b.lowInput,
      highInput: b.highInput,
    }));
  }
  if (request.seek) {
    const { kpi, target, param } = request.seek;
    const result = seek(values, { ...request.seek, overridesFor });
    if (!result.reached) {
      const meta = PARAM_BY_ID.get(param) as NumberMeta;
      const { value, achieved } = result.closest;
      return {
        unreached: `No value of ${meta.label} (${param}) from ${formatParamValue(meta, meta.min)} to ${formatParamValue(meta, meta.max)} brings ${kpi} to ${target}; the closest reachable is ${kpi}=${achieved ?? 'null (never within the horizon)'} at ${param}=${value} (${formatParamValue(meta, value)}).`,
      };
    }
    added.seek = { param, value: result.value, achieved: result.achieved };
  }
  return added;
}

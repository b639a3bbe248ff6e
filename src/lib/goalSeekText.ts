import {
  formatParamValue,
  KPI_META,
  PARAM_BY_ID,
  parseDisplay,
  type KpiId,
  type NumberMeta,
  type ParamId,
  type SeekResult,
} from '../../models/index.ts';
import { formatKpi } from './kpiFormat.ts';

/** What a target field shows beside the number, by the figure's unit. */
export const TARGET_UNIT: Record<
  (typeof KPI_META)[KpiId]['unit'],
  { prefix: string; suffix: string; name: string }
> = {
  usd: { prefix: '$', suffix: 'B', name: 'billions of US dollars' },
  fraction: { prefix: '', suffix: '%', name: 'percent' },
  year: { prefix: '', suffix: '', name: 'a year' },
  multiple: { prefix: '', suffix: '×', name: 'times' },
};

/**
 * Reads a target typed in people's units ($B for money, % for rates, a year, a multiple) with the same exact
 * parsing as the assumptions' number fields: a model value, or a message saying what to enter.
 */
export function readTarget(kpi: KpiId, text: string): { value: number } | { error: string } {
  const unit = KPI_META[kpi].unit;
  let value: number | undefined;
  try {
    value = parseDisplay(unit, text.replace(/^\$/, '').replace(/[B%×]$/i, ''));
  } catch {
    return { error: 'Enter a smaller number.' };
  }
  if (value === undefined) return { error: `Enter a number${unitHint(kpi)}.` };
  if (unit === 'year' && !Number.isInteger(value)) return { error: 'Enter a whole year, e.g. 2030.' };
  return { value };
}

function unitHint(kpi: KpiId): string {
  switch (KPI_META[kpi].unit) {
    case 'usd':
      return ' in billions of dollars, e.g. 300';
    case 'fraction':
      return ' in percent, e.g. 25';
    case 'year':
      return ', a year such as 2030';
    case 'multiple':
      return ', e.g. 5 for 5×';
  }
}

/** The goal seek's answer as a sentence a student reads. */
export function seekSentence(
  kpi: KpiId,
  target: number,
  param: ParamId,
  current: number,
  result: SeekResult,
): string {
  const meta = PARAM_BY_ID.get(param) as NumberMeta;
  const figure = KPI_META[kpi].label;
  const at = (v: number) => formatParamValue(meta, v);
  if (result.reached) {
    const exact =
      result.achieved === target
        ? ''
        : ` (${formatKpi(kpi, result.achieved)}, the nearest its slider's step gives)`;
    return result.value === current
      ? `${figure} is already ${formatKpi(kpi, target)}${exact} with ${meta.label} at ${at(current)}.`
      : `${figure} reaches ${formatKpi(kpi, target)}${exact} with ${meta.label} at ${at(result.value)} (now ${at(current)}), everything else as it is.`;
  }
  const { value, achieved } = result.closest;
  return `No value of ${meta.label} from ${at(meta.min)} to ${at(meta.max)} brings ${figure} to ${formatKpi(kpi, target)}: the closest it comes is ${formatKpi(kpi, achieved)}, with ${meta.label} at ${at(value)}.`;
}

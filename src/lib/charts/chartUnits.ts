import type { ChartSpec } from './common.ts';

/**
 * The units a chart is drawn in: its value axes' titles ("Paid per year (US$) · Share of OpenAI revenue (%)"). The
 * category axis (years; the parts of a horizontal waterfall) is left out.
 */
export function chartUnits(spec: ChartSpec): string {
  const options = (spec.config.options ?? {}) as { indexAxis?: string; scales?: object };
  const category = options.indexAxis === 'y' ? 'y' : 'x';
  const scales = (options.scales ?? {}) as Record<
    string,
    { display?: boolean; title?: { display?: boolean; text?: string | string[] } }
  >;
  return Object.entries(scales)
    .filter(([id, scale]) => id !== category && scale.display !== false)
    .map(([, scale]) => scale.title?.text)
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .join(' · ');
}

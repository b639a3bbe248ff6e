import { PROVIDERS } from '../engine/compute.ts';
import type { Projection } from '../engine/project.ts';
import { SERIES_META } from '../outputs.ts';
import { UNITS } from '../schema/units.ts';

/**
 * A projection as CSV that a spreadsheet opens: one row per year, one column per series, the unit in each
 * header (money in USD, rates as fractions) so nothing is ambiguous after import.
 */
export function projectionToCsv(projection: Projection): string {
  const columns: { header: string; values: readonly number[] }[] = [];
  for (const [id, meta] of Object.entries(SERIES_META)) {
    const values = projection.series[id as keyof typeof SERIES_META];
    columns.push({
      header: `${id} (${UNITS[meta.unit === 'year' ? 'year' : meta.unit].columnUnit})`,
      values,
    });
  }
  for (const p of PROVIDERS) {
    columns.push({
      header: `computeByProvider.${p.id} (USD)`,
      values: projection.series.computeByProvider[p.id],
    });
  }
  const lines = [['year', ...columns.map((c) => c.header)].join(',')];
  projection.years.forEach((year, i) => {
    lines.push([String(year), ...columns.map((c) => String(c.values[i]))].join(','));
  });
  return lines.join('\n') + '\n';
}

/**
 * What sets a scenario apart from its preset, in words for a file's source line or a saved scenario's name:
 * "2 assumptions changed", "1 series formula", "1 assumption changed and 2 series formulas".
 */
export function changesPhrase(assumptions: number, seriesFormulas: number): string {
  const parts: string[] = [];
  if (assumptions > 0) parts.push(`${assumptions} assumption${assumptions === 1 ? '' : 's'} changed`);
  if (seriesFormulas > 0) parts.push(`${seriesFormulas} series formula${seriesFormulas === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

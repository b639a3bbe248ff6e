// Which figures and charts have a "How this is computed", apart from the explanations themselves (explain.ts),
// so the page can place the disclosures without loading the code that fills them.

/** The headline figures that have a card, and the charts, by the ids the page uses. */
export const EXPLAINED_KPIS = [
  'msftTotalValueNpv',
  'msftStakeValueAtMark',
  'revenueSharePaidThrough2030',
  'azureRevenueThrough2030',
  'openaiRevenueSharePaidNpv',
  'openaiCapSavingThrough2030',
  'openaiValueAtMark',
  'openaiBreakEvenYear',
] as const;
export const EXPLAINED_CHARTS = [
  'revenue-share',
  'compute',
  'msft-value',
  'openai-economics',
  'valuation',
] as const;
export type ExplainId = (typeof EXPLAINED_KPIS)[number] | (typeof EXPLAINED_CHARTS)[number];

const EXPLAINED: ReadonlySet<string> = new Set([...EXPLAINED_KPIS, ...EXPLAINED_CHARTS]);

/** Whether a headline figure or chart has an explanation. */
export function isExplained(id: string): id is ExplainId {
  return EXPLAINED.has(id);
}

/**
 * The page's charts in reading order, by id, with their titles. The page lays out its chart cards from this list
 * before any chart code loads (the builders come later, for a table or an image; the chart worker draws); each
 * builder takes its title from here, so the two never differ.
 */
export const CHART_TITLES = {
  'revenue-share': 'Revenue share, OpenAI → Microsoft',
  compute: 'OpenAI compute spend by provider',
  'msft-value': 'What Microsoft gets',
  'openai-economics': "OpenAI's economics",
  valuation: 'OpenAI’s equity value and who holds it',
} as const;

export type ChartId = keyof typeof CHART_TITLES;

export const CHART_IDS = Object.keys(CHART_TITLES) as ChartId[];

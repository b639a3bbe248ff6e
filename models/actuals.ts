import { formatUsd } from './format.ts';

/**
 * Reported figures for the years before the model's first year, for charts that show history. Each value cites
 * its FACTS.md row; null where nothing was reported.
 */
export const REPORTED_ACTUALS = {
  years: [2019, 2020, 2021, 2022, 2023, 2024],
  openaiRevenue: [null, null, null, null, null, 3.7e9],
  openaiValuation: [null, null, 20e9, null, 29e9, 157e9],
  sources: {
    openaiRevenue: 'FACTS.md, OpenAI revenue: 2024 $3.7B',
    openaiValuation: 'FACTS.md, OpenAI valuations: 2021 ~$20B (Low), Jan 2023 $29B, Oct 2024 $157B',
  },
} as const;

/** The seeds' compute reference: "total server spending estimated around US $450 billion" through 2030 (seed 002). */
export const SEEDS_COMPUTE_THROUGH_2030 = 450e9;

/** How the page labels that reference. */
export const SEEDS_COMPUTE_LABEL = `Seeds: ~${formatUsd(SEEDS_COMPUTE_THROUGH_2030, 0)} through 2030`;

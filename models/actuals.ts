import { formatUsd } from './format.ts';
import type { SourceId } from './sources.ts';

/**
 * Reported figures for the years before the model's first year, for charts that show history; null where nothing
 * was reported. `sources` cites the publications (ids in models/sources.ts): revenue 2024 from The New York Times
 * (Sep 2024); valuations from Semafor (Jan 2023, $29B) and OpenAI (Oct 2024, $157B). The 2021 ~$20B secondary
 * valuation is low-confidence and no publication for it is in the list.
 */
export const REPORTED_ACTUALS = {
  years: [2019, 2020, 2021, 2022, 2023, 2024],
  openaiRevenue: [null, null, null, null, null, 3.7e9],
  openaiValuation: [null, null, 20e9, null, 29e9, 157e9],
  sources: {
    openaiRevenue: ['nyt-2024-09-finances'],
    openaiValuation: ['semafor-2023-01-terms', 'openai-2024-10-round'],
  } satisfies Record<string, readonly SourceId[]>,
} as const;

/**
 * The 2025 reporting's compute reference: "total server spending estimated around US $450 billion" through 2030
 * (The Information, Oct 2025, as relayed by a Tiger Brokers community post; source `the-information-2025-10-compute`).
 */
export const SEEDS_COMPUTE_THROUGH_2030 = 450e9;

/** How the page labels that reference. */
export const SEEDS_COMPUTE_LABEL = `The Information, Oct 2025: ~${formatUsd(SEEDS_COMPUTE_THROUGH_2030, 0)} by 2030`;

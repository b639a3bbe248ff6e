import type { SourceId } from '../sources.ts';

/**
 * The sources of the two priced rounds' valuations, cited by their assumptions in the schema and read by the
 * charts to date each round. A file of their own so the chart worker can date the rounds without loading the
 * schema (and zod with it).
 */
export const ROUND_CITES = {
  valuation2025: ['openai-2025-10-secondary'],
  valuation2026: ['openai-2026-03-round'],
} as const satisfies Record<string, readonly SourceId[]>;

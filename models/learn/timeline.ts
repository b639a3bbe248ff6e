import type { SourceId } from '../sources.ts';

/**
 * The deal's history, 2019 → Apr 2026 and what was reported after, as the page's "Timeline" shows it.
 *
 * - `version`: the terms as they stood from a date (a company post or a filing), each with the preset that models
 *   it where there is one.
 * - `reporting`: what the press reported about the terms (a figure the companies did not publish).
 * - `context`: what the reporting says around the deal (adoption, each side's hedges). Context is never a model
 *   input: no preset or assumption reads it, and the page marks it as context.
 */
export interface TimelineEntry {
  readonly id: string;
  /** ISO date ('YYYY-MM-DD', or 'YYYY-MM' when only the month is known). */
  readonly date: string;
  readonly kind: 'version' | 'reporting' | 'context';
  readonly title: string;
  /** The terms (or, for context, the facts), one line each. */
  readonly terms: readonly string[];
  /** The preset that models the terms, or null when the model has none (it starts in 2025). */
  readonly presetId: string | null;
  /** Why there is no preset, or which part of the entry the preset follows. */
  readonly presetNote?: string;
  /** What changed from the previous version or report (versions and reporting only). */
  readonly changed?: readonly string[];
  readonly sources: readonly SourceId[];
}

export const TIMELINE = [
  {
    id: 'original-2019',
    date: '2019-07-22',
    kind: 'version',
    title: 'The original deal',
    terms: [
      'Microsoft invests $1B.',
      'Azure becomes OpenAI’s exclusive cloud.',
      'No equity: Microsoft takes a share of the capped-profit company’s profits, capped at 100× for first-round investors; the split reported in Jan 2023 for the new investment (75% until Microsoft recoups it, then 49%) is how the model applies it.',
    ],
    presetId: 'original-2019',
    presetNote:
      'The preset applies these terms to today’s outlook, so it shows what the later deals changed.',
    sources: ['microsoft-2019-07-partnership', 'openai-2019-03-lp', 'semafor-2023-01-terms'],
  },
  {
    id: 'investment-2023',
    date: '2023-01-23',
    kind: 'version',
    title: '$10 billion and a revenue share',
    terms: [
      'Microsoft invests $10B over several years.',
      'OpenAI pays Microsoft 20% of its revenue.',
      'Microsoft pays OpenAI about 20% of its Azure OpenAI Service revenue.',
    ],
    presetId: null,
    presetNote: 'No preset: the model starts in 2025, by when the Jan 2025 changes had been made.',
    changed: [
      'A 20% revenue share, OpenAI → Microsoft, and ~20% of Azure OpenAI Service revenue, Microsoft → OpenAI.',
      'Microsoft commits $10B more.',
    ],
    sources: ['bloomberg-2023-01-investment', 'the-verge-2025-06-revenue-share'],
  },
  {
    id: 'rofr-2025',
    date: '2025-01-21',
    kind: 'version',
    title: 'Exclusivity becomes a right of first refusal',
    terms: [
      'Azure is no longer OpenAI’s only cloud: Microsoft has a right of first refusal on new compute capacity.',
      'OpenAI may buy compute elsewhere; Stargate (with SoftBank and Oracle) is announced the same day.',
      'The rest stays in place through 2030: Microsoft’s rights to OpenAI’s IP (models and infrastructure) for products such as Copilot, the revenue shares both ways, and OpenAI’s API exclusive to Azure.',
    ],
    presetId: null,
    presetNote:
      'No preset of its own: the 2025 seed texts’ preset reports these terms as the press saw them in Oct 2025.',
    changed: [
      'Exclusivity → right of first refusal on new capacity; third-party compute allowed.',
      'Microsoft’s IP rights: through 2030.',
    ],
    sources: ['microsoft-2025-01-rofr', 'openai-2025-01-stargate', 'seed-decentralized-2025'],
  },
  {
    id: 'reporting-2025-10',
    date: '2025-10',
    kind: 'reporting',
    title: 'What the press reported in 2025',
    terms: [
      '20% revenue share through 2030; OpenAI projects sharing about 8% of revenue with partners by 2030.',
      'Up to ~$450B of server spending through 2030, more with Oracle and others than with Microsoft.',
      'Microsoft expects ~$135B from OpenAI by 2030 (reported as server rental; later reporting treats it as the uncapped revenue share).',
      'Oracle $300B over about five years from 2027; CoreWeave $22.4B; Microsoft’s stake worth at least ~$150B.',
    ],
    presetId: 'seeds-2025',
    presetNote: 'The preset follows these reports, the falling share (20% → 8%) included.',
    changed: [
      'A projected decline of the share to ~8% by 2030 (a projection, not a term).',
      'OpenAI’s compute moves to Oracle, CoreWeave and Stargate.',
    ],
    sources: [
      'the-information-2025-10-compute',
      'reuters-2025-10-share',
      'webpronews-2025-10-memo',
      'business-insider-2025-10-stake',
    ],
  },
  {
    id: 'recap-2025',
    date: '2025-10-28',
    kind: 'version',
    title: 'The recapitalization',
    terms: [
      'Microsoft holds ~27% of OpenAI Group PBC, as-converted diluted, valued at ~$135B; the OpenAI Foundation 26% plus a warrant; employees and investors 47%.',
      'OpenAI contracts an incremental $250B of Azure; Microsoft’s right of first refusal on compute ends.',
      'The revenue share stays until AGI is declared and verified by an independent expert panel, paid over a longer period.',
      'Microsoft’s IP rights to OpenAI’s models and products run through 2032 (its rights to research methods until AGI is verified or 2030, whichever comes first).',
    ],
    presetId: 'recap-2025',
    changed: [
      'Profit interest → ~27% equity stake.',
      'Right of first refusal → ends; +$250B Azure commitment.',
      'Revenue share ends when an expert panel verifies AGI.',
      'IP rights: through 2030 → through 2032.',
    ],
    sources: ['openai-2025-10-recap', 'microsoft-8k-2025-10', 'microsoft-10q-2025-09'],
  },
  {
    id: 'amended-2026',
    date: '2026-04-27',
    kind: 'version',
    title: 'The amendment: a total cap',
    terms: [
      'OpenAI pays Microsoft the revenue share through 2030 “at the same percentage but subject to a total cap”, independent of AGI.',
      'Microsoft no longer pays OpenAI a share of Azure OpenAI Service revenue.',
      'Microsoft’s licence to OpenAI’s IP through 2032 becomes non-exclusive.',
      'OpenAI’s products ship first on Azure unless Microsoft cannot support them.',
    ],
    presetId: 'amended-2026',
    presetNote: 'The latest terms, the page’s default.',
    changed: [
      'Revenue share: until AGI → through 2030, with a total cap, independent of AGI.',
      'Microsoft → OpenAI share of Azure OpenAI revenue: ~20% → none.',
      'IP rights: exclusive → non-exclusive (still through 2032).',
    ],
    sources: ['openai-2026-04-amendment', 'cnbc-2026-04-amendment'],
  },
  {
    id: 'cap-2026-05',
    date: '2026-05',
    kind: 'reporting',
    title: 'The cap is $38 billion',
    terms: [
      'The total cap is reported at $38B, saving OpenAI ~$97B through 2030: the uncapped exposure was ~$135B.',
    ],
    presetId: 'amended-2026',
    presetNote: 'The preset uses the reported $38B cap.',
    changed: ['The cap’s size: unpublished → $38B (reported, not confirmed by the companies).'],
    sources: ['the-information-2026-05-cap'],
  },
  {
    id: 's1-2026-05',
    date: '2026-05',
    kind: 'reporting',
    title: 'A confidential filing to list',
    terms: [
      'OpenAI files a confidential draft S-1; Microsoft is reported to hold 26.79% fully diluted.',
      'No listing or price had been reported as of Nov 2026.',
    ],
    presetId: null,
    presetNote:
      'No preset: the terms are those of Apr 2026. The model dilutes the stake assumption by the round, so a stake of 31.3% reproduces 26.79% after it.',
    changed: ['No change to the terms; a newer measure of Microsoft’s stake.'],
    sources: ['s1-2026-05-relay'],
  },
  {
    id: 'context-copilot-adoption',
    date: '2025',
    kind: 'context',
    title: 'Copilot’s adoption against ChatGPT’s',
    terms: [
      'ChatGPT had about 105 million downloads against Copilot’s 5 million, a 2025 article reports: the partners compete for the same users.',
    ],
    presetId: null,
    sources: ['seed-decentralized-2025'],
  },
  {
    id: 'context-msft-hedges',
    date: '2025-10',
    kind: 'context',
    title: 'Microsoft hedges: other model makers and its own chips',
    terms: [
      'Microsoft works with OpenAI’s rival Anthropic to improve Copilot (Bloomberg, as cited).',
      'A leaked internal meeting showed Microsoft planning to invest heavily in its own AI chip clusters (Business Insider, as cited).',
      'OpenAI, for its part, signs with Oracle, CoreWeave, Google and others and buys its own chips.',
    ],
    presetId: null,
    sources: ['webpronews-2025-10-memo', 'the-information-2025-10-compute'],
  },
] as const satisfies readonly TimelineEntry[];

export type TimelineId = (typeof TIMELINE)[number]['id'];

/** The entries that bear on the terms (versions and reporting), in date order: what the page lists as the deal. */
export const DEAL_HISTORY: readonly TimelineEntry[] = TIMELINE.filter((e) => e.kind !== 'context');

/** Context around the deal: never a model input. */
export const DEAL_CONTEXT: readonly TimelineEntry[] = TIMELINE.filter((e) => e.kind === 'context');

/** Microsoft's rights to OpenAI's IP over time, for the timeline's summary line. */
export const IP_RIGHTS = [
  { date: '2025-01-21', rights: 'through 2030', source: 'microsoft-2025-01-rofr' },
  { date: '2025-10-28', rights: 'through 2032', source: 'openai-2025-10-recap' },
  { date: '2026-04-27', rights: 'through 2032, non-exclusive', source: 'openai-2026-04-amendment' },
] as const satisfies readonly { date: string; rights: string; source: SourceId }[];

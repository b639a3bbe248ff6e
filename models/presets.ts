import { DEFAULT_VALUES, type ScenarioValues } from './schema/scenario.ts';
import type { SourceId } from './sources.ts';

const B = 1e9;

export interface Preset {
  /** Stable id, part of every link. A published preset never changes meaning: new facts get a new id. */
  readonly id: string;
  readonly name: string;
  /** A deal version (terms as they stood at a date) or a what-if built on one. */
  readonly kind: 'version' | 'what-if';
  /** One paragraph: what the preset represents and which source it follows where sources conflict. */
  readonly description: string;
  /** The publications it follows (ids in models/sources.ts). */
  readonly sources: readonly SourceId[];
  /** Values that differ from the schema defaults (the Apr 2026 terms). */
  readonly overrides: Partial<ScenarioValues>;
}

/** The latest terms; the default preset and the one older versions offer to switch to. */
export const LATEST_PRESET_ID = 'amended-2026';

const SEEDS_2025: Partial<ScenarioValues> = {
  shareEnd: 0.08,
  shareShape: 'linear',
  shareDeclineStart: 2025,
  shareDeclineEnd: 2030,
  shareLastYear: 2030,
  shareCapOn: false,
  azureShareRate: 0.2,
  rev2026: 31 * B,
  rev2027: 63 * B,
  rev2028: 110 * B,
  rev2029: 172 * B,
  rev2030: 245 * B,
  trainingShareStart: 0.3,
  trainingSharePeak: 0.7,
  trainingPeakYear: 2030,
  trainingShareEnd: 0.7,
  computeTarget: 450 * B,
  azureCommit: 135 * B,
  azureCommitStart: 2025,
  azureCommitYears: 6,
  contractShape: 'ramp',
  awsValue: 0,
  awsExpansionValue: 0,
  azureWeight: 0,
  stargateWeight: 0.5,
  googleWeight: 0.1,
  ownWeight: 0.4,
  msftStake: 0.3,
  round2026Raised: 0,
  inv2024: 0.75 * B,
};

const RECAP_2025: Partial<ScenarioValues> = {
  shareShape: 'flat',
  shareCapOn: false,
  agiClause: true,
  agiYear: 2045,
  azureShareRate: 0.2,
  rev2029: 140 * B,
  rev2030: 200 * B,
  computeTarget: 450 * B,
  awsValue: 0,
  awsExpansionValue: 0,
  round2026Raised: 0,
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'amended-2026',
    name: 'Apr 2026 amendment (latest)',
    kind: 'version',
    description:
      'The terms since the Apr 27 2026 amendment: OpenAI pays Microsoft 20% of revenue through 2030, independent of AGI, up to a $38B total cap; Microsoft no longer pays OpenAI a share of Azure OpenAI revenue. OpenAI’s revenue follows the reported projections year by year ($30B in 2026, $100B in 2028, $280B in 2030) and ~$600B of compute through 2030 (Feb 2026), with the Oracle, CoreWeave and AWS contracts (expanded by $100B in Feb 2026) paid in full. Equity follows the Oct 2025 recapitalization (Microsoft ~27%), diluted by the Mar 2026 round ($122B at $852B post-money) to about 23%. Where the investment total conflicts, it follows the 10-Q ($13B) rather than the widely cited $13.75B.',
    sources: [
      'openai-2026-04-amendment',
      'the-information-2026-05-cap',
      'microsoft-10q-2025-09',
      'openai-2026-02-projections',
      'openai-2025-10-recap',
      'openai-2026-03-round',
      'aws-2026-02-expansion',
    ],
    overrides: {},
  },
  {
    id: 'recap-2025',
    name: 'Oct 2025 recapitalization',
    kind: 'version',
    description:
      'The terms of the Oct 28 2025 recapitalization: Microsoft holds ~27% of OpenAI Group PBC; OpenAI contracts an incremental $250B of Azure; the 20% revenue share stays until an independent expert panel verifies AGI (no AGI within the horizon here; see agi-early). Microsoft still pays OpenAI ~20% of Azure OpenAI revenue. The outlook is that of the time: ~$200B revenue in 2030 and ~$450B of compute through 2030; AWS had not yet signed and the Mar 2026 round had not happened.',
    sources: [
      'openai-2025-10-recap',
      'microsoft-8k-2025-10',
      'microsoft-10q-2025-09',
      'the-information-2025-09-projections',
      'the-information-2025-10-compute',
    ],
    overrides: RECAP_2025,
  },
  {
    id: 'seeds-2025',
    name: 'As the 2025 seed texts report it',
    kind: 'version',
    description:
      'The deal exactly as five 2025 articles describe it: a revenue share falling from 20% to 8% by 2030 (WebProNews, Oct 2025, citing Reuters), ~$450B of server spend through 2030 with partners out-paying Microsoft by then (The Information, Oct 2025, as relayed by a Tiger Brokers community post), Oracle $300B over five years and CoreWeave $22.4B (the same post), a $13.75B investment (Let’s Talk Bitcoin, 2025) and a stake worth ~$150B (Business Insider, Sep 2025, cited by WebProNews; at the $500B valuation: 30%). Where these conflict with later reporting, it follows The Information of Oct 2025: the $135B Microsoft expects by 2030 is server rental on Azure, not revenue share. OpenAI’s revenue grows fast enough to pass $60B around 2027–28, the revenue Microsoft’s models say it needs to break even (The Information, Oct 2025).',
    sources: [
      'webpronews-2025-10-memo',
      'reuters-2025-10-share',
      'business-insider-2025-10-stake',
      'the-information-2025-10-compute',
      'seed-decentralized-2025',
    ],
    overrides: SEEDS_2025,
  },
  {
    id: 'original-2019',
    name: '2019 original deal',
    kind: 'version',
    description:
      'The 2019 deal applied to today’s outlook: $1B from Microsoft, Azure as OpenAI’s exclusive cloud, and instead of equity a share of the capped-profit entity’s profits, 75% until Microsoft recoups its investment and 49% after, with returns capped at 100×. No revenue share (that came in 2023). Everything else, including OpenAI’s revenue path, is as in amended-2026, so the difference shows what the later renegotiations changed.',
    sources: ['semafor-2023-01-terms', 'microsoft-2019-07-partnership', 'openai-2019-03-lp'],
    overrides: {
      shareStart: 0,
      shareEnd: 0,
      shareCapOn: false,
      equityMode: 'profitShare',
      inv2021: 0,
      inv2023: 0,
      inv2024: 0,
      azureCommit: 0,
      oracleValue: 0,
      coreweaveValue: 0,
      awsValue: 0,
      awsExpansionValue: 0,
      azureWeight: 1,
      stargateWeight: 0,
      googleWeight: 0,
      ownWeight: 0,
    },
  },
  {
    id: 'agi-early',
    name: 'What if AGI is verified in 2028?',
    kind: 'what-if',
    description:
      'The Oct 2025 terms, under which the revenue share stops once an expert panel verifies AGI, with AGI verified in 2028. Under the Apr 2026 amendment the share no longer depends on AGI, so this what-if only has teeth under the older terms.',
    sources: ['openai-2025-10-recap'],
    overrides: { ...RECAP_2025, agiYear: 2028 },
  },
  {
    id: 'bubble',
    name: 'What if the AI bubble deflates?',
    kind: 'what-if',
    description:
      'The Apr 2026 terms with OpenAI’s growth stalling, revenue reaching only $100B in 2030 and 3% a year after, compute cut to $400B through 2030, and investors asking 16% a year for OpenAI’s equity instead of 13%. The take-or-pay contracts are still paid in full, so capacity sits idle; the Mar 2026 round still happened at $852B, which the model then says its investors overpaid. The question a Tiger Brokers community post (Oct 2025) ends on, "How do we hedge against AI bubble pop?", made concrete.',
    sources: [
      'the-information-2025-10-compute',
      'this-week-in-startups-2025',
      'the-information-2024-10-projections',
    ],
    overrides: {
      rev2027: 45 * B,
      rev2028: 62 * B,
      rev2029: 80 * B,
      rev2030: 100 * B,
      revGrowth2031: 0.03,
      revGrowthTerminal: 0.03,
      computeTarget: 400 * B,
      costOfEquity: 0.16,
    },
  },
  {
    id: 'stake-30',
    name: 'What if Microsoft held 30%?',
    kind: 'what-if',
    description:
      'The Apr 2026 terms with Microsoft holding 30% instead of ~27%, the round-up a This Week in Startups speaker argued Microsoft should have taken instead of a messy open-ended partnership (This Week in Startups, 2025).',
    sources: ['this-week-in-startups-2025'],
    overrides: { msftStake: 0.3 },
  },
  {
    id: 'decentralized',
    name: 'What if compute goes decentralized?',
    kind: 'what-if',
    description:
      'The Apr 2026 terms with a fifth of uncontracted compute moved to decentralized GPU networks (Render, Akash) at a 25% saving, the midpoint of the "rough estimate" of 20–30% in a Let’s Talk Bitcoin article (2025). Speculative: Cointelegraph (Jan 2026) reports that latency and reliability make such networks impractical for frontier training.',
    sources: ['seed-decentralized-2025', 'cointelegraph-2026-01-decentralized-gpu'],
    overrides: { decShare: 0.2, decDiscount: 0.25 },
  },
];

const BY_ID = new Map(PRESETS.map((p) => [p.id, p]));

export function findPreset(id: string): Preset | undefined {
  return BY_ID.get(id);
}

/** Every value of a preset: the schema defaults with the preset's overrides. */
export function presetValues(id: string): ScenarioValues {
  const preset = BY_ID.get(id);
  if (!preset) throw new Error(`unknown preset "${id}"`);
  return { ...DEFAULT_VALUES, ...preset.overrides };
}

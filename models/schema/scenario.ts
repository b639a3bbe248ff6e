import * as z from 'zod/mini';
import {
  choiceParam,
  flagParam,
  numberParam,
  paramRegistry,
  type Applicability,
  type ParamMeta,
  type Source,
} from './define.ts';
import { ROUND_CITES } from './roundCites.ts';

const B = 1e9;

/** A loose view of the values for applicability tests (the typed one is inferred from this very object). */
type LooseValues = Readonly<Record<string, number | string | boolean>>;

/** An assumption that only matters when `test` holds; the page says "Applies when …" otherwise. */
function when(condition: string, test: (v: LooseValues) => boolean): Applicability {
  return { test, reason: `Applies when ${condition}` };
}

/** One year of OpenAI's reported revenue path (2026–2030). */
function revenuePoint(year: number, value: number, source: Source) {
  return numberParam({
    id: `rev${year}`,
    group: 'business',
    label: `OpenAI revenue, ${year}`,
    description: `OpenAI's revenue in ${year}; the years to 2030 follow the reported projections, year by year.`,
    unit: 'usd',
    min: 5 * B,
    max: 600 * B,
    step: 1 * B,
    default: value,
    source,
  });
}

/**
 * Every assumption of the model, in display order. This object is the one source of ids, types, ranges, units,
 * labels, descriptions and citations: the UI, the link format and the command line are generated from it.
 * Defaults are the Apr 2026 amended terms (preset `amended-2026`).
 */
export const scenarioShape = {
  // ── Revenue share, OpenAI → Microsoft ────────────────────────────────────────────────────────────────
  shareStart: numberParam({
    id: 'shareStart',
    group: 'share',
    label: 'Revenue share at start',
    description: 'Share of OpenAI revenue paid to Microsoft before any decline.',
    unit: 'fraction',
    min: 0,
    max: 0.3,
    step: 0.005,
    default: 0.2,
    source: {
      cites: ['the-verge-2025-06-revenue-share', 'reuters-2025-05-share'],
      quote: '20% revenue share OpenAI→Microsoft',
      confidence: 'Med',
    },
  }),
  shareEnd: numberParam({
    id: 'shareEnd',
    group: 'share',
    label: 'Revenue share at end of decline',
    description: 'The rate the share declines to; equal to the start rate under the Apr 2026 terms.',
    unit: 'fraction',
    min: 0,
    max: 0.3,
    step: 0.005,
    default: 0.2,
    source: {
      cites: ['webpronews-2025-10-memo', 'reuters-2025-10-share', 'openai-2026-04-amendment'],
      quote:
        'OpenAI is projected to share about 8% of its revenue with partners like Microsoft by decade’s end, down from 20% (WebProNews, citing Reuters); the Apr 2026 terms keep "the same percentage but subject to a total cap".',
      confidence: 'High',
    },
    applies: when('the shape is Linear or Step', (v) => v.shareShape !== 'flat'),
  }),
  shareShape: choiceParam({
    id: 'shareShape',
    group: 'share',
    label: 'Shape of the decline',
    description:
      'Flat keeps the start rate; linear declines evenly; step drops to the end rate in the end year.',
    options: [
      { value: 'flat', label: 'Flat' },
      { value: 'linear', label: 'Linear' },
      { value: 'step', label: 'Step' },
    ],
    default: 'flat',
    source: {
      cites: ['openai-2026-04-amendment', 'cnbc-2026-04-amendment'],
      quote: 'revenue share OpenAI→Microsoft continues through 2030 "at the same percentage"',
      confidence: 'High',
    },
  }),
  shareDeclineStart: numberParam({
    id: 'shareDeclineStart',
    group: 'share',
    label: 'Decline starts',
    description: 'Last year at the start rate; the linear decline begins after it.',
    unit: 'year',
    min: 2025,
    max: 2034,
    step: 1,
    default: 2025,
    source: {
      cites: ['webpronews-2025-10-memo', 'reuters-2025-10-share'],
      quote: 'OpenAI is projected to share about 8% of its revenue … by decade’s end, down from 20%',
      confidence: 'Med',
    },
    applies: when('the shape is Linear', (v) => v.shareShape === 'linear'),
  }),
  shareDeclineEnd: numberParam({
    id: 'shareDeclineEnd',
    group: 'share',
    label: 'End rate reached',
    description: 'First year at the end rate (for a step, the year of the drop).',
    unit: 'year',
    min: 2026,
    max: 2035,
    step: 1,
    default: 2030,
    source: {
      cites: ['webpronews-2025-10-memo', 'reuters-2025-10-share'],
      quote: 'about 8% of its revenue … by decade’s end',
      confidence: 'Med',
    },
    applies: when('the shape is Linear or Step', (v) => v.shareShape !== 'flat'),
  }),
  shareLastYear: numberParam({
    id: 'shareLastYear',
    group: 'share',
    label: 'Last year paid',
    description: 'No revenue share is paid after this year.',
    unit: 'year',
    min: 2026,
    max: 2040,
    step: 1,
    default: 2030,
    source: {
      cites: ['openai-2026-04-amendment', 'the-information-2025-10-compute'],
      quote:
        'revenue share OpenAI→Microsoft continues through 2030 (OpenAI, Apr 2026); "Microsoft collects a 20% cut of OpenAI’s revenue through 2030" (The Information, Oct 2025, as relayed)',
      confidence: 'High',
    },
    applies: when(
      'a revenue share is paid (a rate above 0%)',
      (v) => (v.shareStart as number) > 0 || (v.shareShape !== 'flat' && (v.shareEnd as number) > 0),
    ),
  }),
  shareCapOn: flagParam({
    id: 'shareCapOn',
    group: 'share',
    label: 'Total cap applies',
    description: 'Whether cumulative payments from 2025 on are capped.',
    default: true,
    source: {
      cites: ['openai-2026-04-amendment', 'cnbc-2026-04-amendment'],
      quote: '"at the same percentage but subject to a total cap"',
      confidence: 'High',
    },
  }),
  shareCap: numberParam({
    id: 'shareCap',
    group: 'share',
    label: 'Total cap',
    description: 'Most OpenAI pays Microsoft in revenue share, counted from 2025.',
    unit: 'usd',
    min: 1 * B,
    max: 200 * B,
    step: 1 * B,
    default: 38 * B,
    source: {
      cites: ['the-information-2026-05-cap'],
      quote: 'the cap is $38B total, saving OpenAI ~$97B through 2030 (so the uncapped exposure was ~$135B)',
      confidence: 'Med',
    },
    applies: when('a total cap applies', (v) => v.shareCapOn === true),
  }),
  agiClause: flagParam({
    id: 'agiClause',
    group: 'share',
    label: 'AGI verification stops the share',
    description: 'Oct 2025 terms only: the share ends once an expert panel verifies AGI.',
    default: false,
    source: {
      cites: ['openai-2025-10-recap', 'openai-2026-04-amendment'],
      quote:
        'revenue share stays until AGI is verified, paid over a longer period (Oct 2025); continues through 2030 … independent of AGI (Apr 2026)',
      confidence: 'High',
    },
  }),
  agiYear: numberParam({
    id: 'agiYear',
    group: 'share',
    label: 'AGI verified in',
    description: 'Year the expert panel verifies AGI; no share is paid from that year on.',
    unit: 'year',
    min: 2026,
    max: 2045,
    step: 1,
    default: 2045,
    source: {
      cites: [],
      quote:
        'No source dates AGI; the default puts it beyond any horizon. The what-if preset agi-early uses 2028.',
      confidence: 'Assumption',
    },
    applies: when('AGI verification stops the share', (v) => v.agiClause === true),
  }),

  // ── Revenue share, Microsoft → OpenAI ────────────────────────────────────────────────────────────────
  azureShareRate: numberParam({
    id: 'azureShareRate',
    group: 'azureShare',
    label: 'Share of Azure OpenAI revenue',
    description:
      'Share of Azure OpenAI Service revenue Microsoft pays OpenAI; ended by the Apr 2026 amendment.',
    unit: 'fraction',
    min: 0,
    max: 0.3,
    step: 0.005,
    default: 0,
    source: {
      cites: ['the-verge-2025-06-revenue-share', 'openai-2026-04-amendment'],
      quote:
        'Microsoft→OpenAI ~20% of Azure OpenAI Service revenue (2023); Microsoft→OpenAI revenue share ends (Apr 2026)',
      confidence: 'High',
    },
  }),
  azureOpenAIRev2025: numberParam({
    id: 'azureOpenAIRev2025',
    group: 'azureShare',
    label: 'Azure OpenAI revenue, 2025',
    description: "Microsoft's revenue from selling OpenAI models on Azure in 2025.",
    unit: 'usd',
    min: 0,
    max: 20 * B,
    step: 0.25 * B,
    default: 3 * B,
    source: {
      cites: [],
      quote:
        'Microsoft does not disclose Azure OpenAI Service revenue; $3B is an order-of-magnitude placeholder.',
      confidence: 'Assumption',
    },
  }),
  azureOpenAIGrowth: numberParam({
    id: 'azureOpenAIGrowth',
    group: 'azureShare',
    label: 'Azure OpenAI revenue growth to 2030',
    description:
      'Yearly growth of Azure OpenAI Service revenue from 2026 through 2030; after 2030 it grows with OpenAI’s revenue.',
    unit: 'fraction',
    min: 0,
    max: 1.5,
    step: 0.01,
    default: 0.3,
    source: {
      cites: [],
      quote: 'Not disclosed; set below OpenAI’s own growth because Azure resells the same models.',
      confidence: 'Assumption',
    },
  }),
  azureOpenAIMargin: numberParam({
    id: 'azureOpenAIMargin',
    group: 'azureShare',
    label: "Microsoft's operating margin on Azure OpenAI",
    description:
      'Operating profit (before tax and before any share paid to OpenAI) on Azure OpenAI Service revenue: the part Microsoft keeps.',
    unit: 'fraction',
    min: 0,
    max: 0.8,
    step: 0.01,
    default: 0.4,
    source: {
      cites: ['microsoft-fy26-q2-earnings'],
      quote:
        'Not disclosed. Ours: below Microsoft Cloud’s 67% gross margin (Dec 2025) because serving the models takes GPU capacity.',
      confidence: 'Assumption',
    },
  }),
  ipRightsEndYear: numberParam({
    id: 'ipRightsEndYear',
    group: 'azureShare',
    label: "Microsoft's rights to OpenAI's models end after",
    description:
      'Last year Microsoft may sell OpenAI’s models (Azure OpenAI Service); it earns nothing from them after.',
    unit: 'year',
    min: 2030,
    max: 2044,
    step: 1,
    default: 2032,
    source: {
      cites: ['openai-2025-10-recap', 'openai-2026-04-amendment'],
      quote:
        'Microsoft IP rights for models and products through 2032 (Oct 2025); Microsoft’s license to OpenAI IP through 2032 becomes non-exclusive (Apr 2026)',
      confidence: 'High',
    },
  }),

  // ── OpenAI's business ────────────────────────────────────────────────────────────────────────────────
  rev2025: numberParam({
    id: 'rev2025',
    group: 'business',
    label: 'OpenAI revenue, 2025',
    description: "OpenAI's revenue in 2025, the model's first year.",
    unit: 'usd',
    min: 10 * B,
    max: 20 * B,
    step: 0.1 * B,
    default: 13 * B,
    source: {
      cites: ['reuters-2025-openai-revenue'],
      quote: '2025 full year $13B (spent $8B cash; year-end run-rate >$20B)',
      confidence: 'High',
    },
  }),
  rev2026: revenuePoint(2026, 30 * B, {
    cites: ['the-information-2025-09-projections', 's1-2026-05-relay'],
    quote:
      'projected revenue $30B in 2026 (Sep 2025 projections); Q1 2026 revenue ~$5.7–6B with a ~$25B run-rate by mid-2026',
    confidence: 'Med',
  }),
  rev2027: revenuePoint(2027, 55 * B, {
    cites: [],
    quote:
      'No yearly figure is reported for 2027: the geometric midpoint of the reported $30B (2026) and $100B (2028), rounded.',
    confidence: 'Assumption',
  }),
  rev2028: revenuePoint(2028, 100 * B, {
    cites: ['the-information-2025-revenue-2028'],
    quote: 'OpenAI expects to reach $100 billion in annual revenue by 2028',
    confidence: 'Med',
  }),
  rev2029: revenuePoint(2029, 170 * B, {
    cites: [],
    quote:
      'No yearly figure is reported for the Feb 2026 outlook in 2029: the geometric midpoint of $100B (2028) and $280B (2030), rounded; the Apr 2025 outlook had $125B.',
    confidence: 'Assumption',
  }),
  rev2030: revenuePoint(2030, 280 * B, {
    cites: ['openai-2026-02-projections'],
    quote: 'Feb 2026: >$280B revenue in 2030 and ~$600B total compute spend through 2030',
    confidence: 'Med',
  }),
  revGrowth2031: numberParam({
    id: 'revGrowth2031',
    group: 'business',
    label: 'Revenue growth in 2031',
    description:
      'Growth in the first year after the reported projections; it then decays toward the long-run rate.',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.3,
    source: {
      cites: [],
      quote:
        'No source projects beyond 2030. Ours: about half the 2029–30 growth (65%) the Feb 2026 outlook implies, slowing as the base grows.',
      confidence: 'Assumption',
    },
  }),
  revGrowthTerminal: numberParam({
    id: 'revGrowthTerminal',
    group: 'business',
    label: 'Long-run growth',
    description:
      'Yearly growth that revenue growth decays toward after 2031, and the perpetual growth of every cash flow after 2045 (the terminal value).',
    unit: 'fraction',
    min: 0,
    max: 0.04,
    step: 0.005,
    default: 0.035,
    source: {
      cites: [],
      quote:
        'Ours: close to long-run nominal world GDP growth; a perpetual growth rate above it would have one firm outgrow the economy.',
      confidence: 'Assumption',
    },
  }),
  revGrowthHalfLife: numberParam({
    id: 'revGrowthHalfLife',
    group: 'business',
    label: 'Revenue growth half-life',
    description: 'Years for the gap between growth after 2031 and the long-run rate to halve.',
    unit: 'years',
    min: 0.5,
    max: 10,
    step: 0.5,
    default: 2,
    source: {
      cites: [],
      quote: 'Ours: growth slows from 30% in 2031 to within a point of the long-run rate by about 2040.',
      confidence: 'Assumption',
    },
    applies: when(
      'growth in 2031 differs from the long-run rate',
      (v) => v.revGrowth2031 !== v.revGrowthTerminal,
    ),
  }),
  gmStart: numberParam({
    id: 'gmStart',
    group: 'business',
    label: 'Gross margin, 2025',
    description: 'Revenue less inference compute and serving costs, as a share of revenue.',
    unit: 'fraction',
    min: 0.2,
    max: 0.8,
    step: 0.01,
    default: 0.33,
    source: {
      cites: ['reuters-2025-openai-revenue', 'the-information-2024-10-projections'],
      quote: 'Adjusted gross margin: 40% (2024) → 33% (2025); target 67% by 2028',
      confidence: 'Med',
    },
  }),
  gmEnd: numberParam({
    id: 'gmEnd',
    group: 'business',
    label: 'Gross margin target',
    description: 'Gross margin reached in the target year and kept after.',
    unit: 'fraction',
    min: 0.2,
    max: 0.8,
    step: 0.01,
    default: 0.67,
    source: {
      cites: ['the-information-2024-10-projections'],
      quote: 'target 67% by 2028 (Oct 2024 forecast)',
      confidence: 'Med',
    },
  }),
  gmEndYear: numberParam({
    id: 'gmEndYear',
    group: 'business',
    label: 'Gross margin target year',
    description: 'Year the gross margin target is reached; it rises linearly from 2025.',
    unit: 'year',
    min: 2026,
    max: 2035,
    step: 1,
    default: 2028,
    source: {
      cites: ['the-information-2024-10-projections'],
      quote: 'target 67% by 2028',
      confidence: 'Med',
    },
  }),
  opexShare: numberParam({
    id: 'opexShare',
    group: 'business',
    label: 'Other operating costs',
    description:
      'Staff, sales and overhead (everything but compute and revenue share), as a share of revenue.',
    unit: 'fraction',
    min: 0.05,
    max: 0.5,
    step: 0.01,
    default: 0.15,
    source: {
      cites: ['reuters-2025-openai-revenue'],
      quote:
        '2025 full year $13B (spent $8B cash): with 2025 compute and revenue share, the remaining cost is roughly 15% of revenue.',
      confidence: 'Low',
    },
  }),

  // ── Compute ──────────────────────────────────────────────────────────────────────────────────────────
  computeMode: choiceParam({
    id: 'computeMode',
    group: 'compute',
    label: 'Compute spend set by',
    description:
      'A cumulative total through a chosen year (training compute is scaled to reach it), or shares of revenue.',
    options: [
      { value: 'cumulative', label: 'Cumulative total' },
      { value: 'share', label: 'Share of revenue' },
    ],
    default: 'cumulative',
    source: {
      cites: ['the-information-2025-10-compute', 'openai-2026-02-projections'],
      quote:
        'up to $450B through 2030 (The Information, Oct 2025); later ~$600B total compute through 2030 (Feb 2026)',
      confidence: 'Med',
    },
  }),
  computeTarget: numberParam({
    id: 'computeTarget',
    group: 'compute',
    label: 'Cumulative compute spend',
    description:
      'Total compute need from 2025 through the anchor year, before any saving from decentralized networks.',
    unit: 'usd',
    min: 200 * B,
    max: 1000 * B,
    step: 10 * B,
    default: 600 * B,
    source: {
      cites: ['openai-2026-02-projections', 'reuters-2025-openai-revenue'],
      quote: 'Feb 2026: >$280B revenue in 2030 and ~$600B total compute spend through 2030',
      confidence: 'Med',
    },
    applies: when('compute is set by a cumulative total', (v) => v.computeMode === 'cumulative'),
  }),
  computeTargetYear: numberParam({
    id: 'computeTargetYear',
    group: 'compute',
    label: 'Cumulative spend counted through',
    description: 'Last year counted in the cumulative compute total.',
    unit: 'year',
    min: 2027,
    max: 2035,
    step: 1,
    default: 2030,
    source: {
      cites: ['the-information-2025-10-compute', 'openai-2026-02-projections'],
      quote: 'up to $450B through 2030 … ~$600B total compute through 2030',
      confidence: 'Med',
    },
    applies: when('compute is set by a cumulative total', (v) => v.computeMode === 'cumulative'),
  }),
  trainingShareStart: numberParam({
    id: 'trainingShareStart',
    group: 'compute',
    label: 'Training compute, 2025',
    description:
      'Training and research compute as a share of revenue in 2025 (its shape over time when scaled to a total).',
    unit: 'fraction',
    min: 0,
    max: 3,
    step: 0.01,
    default: 0.5,
    source: {
      cites: ['reuters-2025-openai-revenue'],
      quote:
        '2025 full year $13B (spent $8B cash): after inference at a 33% gross margin, training is roughly half of revenue.',
      confidence: 'Low',
    },
  }),
  trainingSharePeak: numberParam({
    id: 'trainingSharePeak',
    group: 'compute',
    label: 'Training compute at its peak',
    description:
      'Training and research compute as a share of revenue in its peak year; linear from 2025 to the peak and from the peak to 2030 (the shape, before any scaling to a cumulative total).',
    unit: 'fraction',
    min: 0,
    max: 3,
    step: 0.01,
    default: 0.9,
    source: {
      cites: ['the-information-2025-09-projections'],
      quote:
        'Sep 2025 projections: cash burn 2026 $17B, 2027 $35B, 2028 $45B, $115B through 2029: burn, and so training, peaks around 2028. Ours: the shape that reproduces that path.',
      confidence: 'Assumption',
    },
  }),
  trainingPeakYear: numberParam({
    id: 'trainingPeakYear',
    group: 'compute',
    label: 'Training peaks in',
    description: 'Year training compute is at its peak share of revenue.',
    unit: 'year',
    min: 2026,
    max: 2030,
    step: 1,
    default: 2028,
    source: {
      cites: ['the-information-2025-09-projections'],
      quote: 'Sep 2025: … $115B cumulative cash burn through 2029 (2026 $17B, 2027 $35B, 2028 $45B)',
      confidence: 'Med',
    },
  }),
  trainingShareEnd: numberParam({
    id: 'trainingShareEnd',
    group: 'compute',
    label: 'Training compute, 2030',
    description:
      'Training and research compute as a share of revenue in 2030 (the shape, before any scaling to a cumulative total).',
    unit: 'fraction',
    min: 0,
    max: 3,
    step: 0.01,
    default: 0.42,
    source: {
      cites: ['openai-2026-02-projections'],
      quote:
        'Feb 2026 projections: ~$600B of compute through 2030 and cash-flow positive in 2030. Ours: the 2030 share that, with the peak, reproduces both.',
      confidence: 'Assumption',
    },
    applies: when(
      'training peaks before 2030, or the compute total runs past 2030',
      (v) =>
        (v.trainingPeakYear as number) < 2030 ||
        (v.computeMode === 'cumulative' && (v.computeTargetYear as number) > 2030),
    ),
  }),
  trainingShareLongRun: numberParam({
    id: 'trainingShareLongRun',
    group: 'compute',
    label: 'Training compute, long run',
    description:
      'Training and research compute as a share of revenue once the build-out is over; reached linearly from the last year counted in the compute total.',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.2,
    source: {
      cites: [],
      quote:
        'No source projects beyond 2030. Ours: frontier labs keep spending heavily on research; a fifth of revenue is about twice what large software firms spend on R&D.',
      confidence: 'Assumption',
    },
  }),
  trainingLongRunYear: numberParam({
    id: 'trainingLongRunYear',
    group: 'compute',
    label: 'Training reaches its long-run share in',
    description: 'First year training compute is at its long-run share of revenue.',
    unit: 'year',
    min: 2031,
    max: 2045,
    step: 1,
    default: 2035,
    source: {
      cites: [],
      quote: 'Ours: five years after the reported build-out through 2030.',
      confidence: 'Assumption',
    },
  }),
  contractShape: choiceParam({
    id: 'contractShape',
    group: 'compute',
    label: 'Contract payments',
    description:
      'How each compute contract’s value is paid over its term: rising in equal steps over the first half as capacity comes online and level after, rising in equal steps over the whole term, or evenly. Either way it is paid in full (take-or-pay).',
    options: [
      { value: 'rampLevel', label: 'Rising, then level' },
      { value: 'ramp', label: 'Rising over the term' },
      { value: 'even', label: 'Evenly' },
    ],
    default: 'rampLevel',
    source: {
      cites: [
        'wsj-2025-09-oracle',
        'openai-2025-01-stargate',
        'openai-2025-10-amd',
        'openai-2025-10-broadcom',
      ],
      quote:
        'Oracle $300B over ~5 years from 2027, 4.5 GW; Stargate ~10 GW target; AMD and Broadcom first 1 GW in H2 2026: capacity arrives in stages, so payments rise (ours: in equal steps).',
      confidence: 'Assumption',
    },
  }),
  azureCommit: numberParam({
    id: 'azureCommit',
    group: 'compute',
    label: 'Azure incremental commitment',
    description: 'Azure spend OpenAI contracted in Oct 2025, paid evenly over its term.',
    unit: 'usd',
    min: 0,
    max: 400 * B,
    step: 5 * B,
    default: 250 * B,
    source: {
      cites: ['openai-2025-10-recap'],
      quote: '$250B incremental commitment (term not disclosed)',
      confidence: 'High',
    },
  }),
  azureCommitStart: numberParam({
    id: 'azureCommitStart',
    group: 'compute',
    label: 'Azure commitment starts',
    description: 'First year of the Azure commitment.',
    unit: 'year',
    min: 2025,
    max: 2030,
    step: 1,
    default: 2026,
    source: {
      cites: ['openai-2025-10-recap'],
      quote: 'OpenAI contracts an incremental $250B of Azure',
      confidence: 'High',
    },
    applies: when('the Azure commitment is above $0', (v) => (v.azureCommit as number) > 0),
  }),
  azureCommitYears: numberParam({
    id: 'azureCommitYears',
    group: 'compute',
    label: 'Azure commitment term',
    description: 'Years over which the Azure commitment is spent.',
    unit: 'years',
    min: 1,
    max: 12,
    step: 1,
    default: 7,
    source: {
      cites: ['openai-2025-10-recap', 'aws-2025-11'],
      quote:
        'Term not disclosed (OpenAI, Oct 2025); 7 years matches the AWS contract and IP rights through 2032.',
      confidence: 'Assumption',
    },
    applies: when('the Azure commitment is above $0', (v) => (v.azureCommit as number) > 0),
  }),
  oracleValue: numberParam({
    id: 'oracleValue',
    group: 'compute',
    label: 'Oracle contract',
    description: 'Oracle cloud contract value, paid evenly over its term.',
    unit: 'usd',
    min: 0,
    max: 400 * B,
    step: 5 * B,
    default: 300 * B,
    source: {
      cites: ['wsj-2025-09-oracle', 'the-information-2025-10-compute'],
      quote: 'Oracle: Five-year agreement worth US $300 billion, securing 4.5 GW of dedicated AI capacity.',
      confidence: 'Med-High',
    },
  }),
  oracleStart: numberParam({
    id: 'oracleStart',
    group: 'compute',
    label: 'Oracle contract starts',
    description: 'First year of the Oracle contract.',
    unit: 'year',
    min: 2025,
    max: 2030,
    step: 1,
    default: 2027,
    source: {
      cites: ['wsj-2025-09-oracle'],
      quote: '$300B over ~5 years from 2027; 4.5 GW',
      confidence: 'Med-High',
    },
    applies: when('the Oracle contract is above $0', (v) => (v.oracleValue as number) > 0),
  }),
  oracleYears: numberParam({
    id: 'oracleYears',
    group: 'compute',
    label: 'Oracle contract term',
    description: 'Years over which the Oracle contract is paid.',
    unit: 'years',
    min: 1,
    max: 10,
    step: 1,
    default: 5,
    source: {
      cites: ['wsj-2025-09-oracle', 'the-information-2025-10-compute'],
      quote: 'Oracle: Five-year agreement worth US $300 billion',
      confidence: 'Med-High',
    },
    applies: when('the Oracle contract is above $0', (v) => (v.oracleValue as number) > 0),
  }),
  coreweaveValue: numberParam({
    id: 'coreweaveValue',
    group: 'compute',
    label: 'CoreWeave contracts',
    description: 'CoreWeave contract value, paid evenly over its term.',
    unit: 'usd',
    min: 0,
    max: 60 * B,
    step: 0.1 * B,
    default: 22.4 * B,
    source: {
      cites: ['reuters-2025-03-coreweave', 'reuters-2025-09-coreweave', 'som2ny-2025-03-coreweave'],
      quote:
        '$11.9B + $4B + $6.5B = $22.4B (OpenAI took up a ~$12B option Microsoft declined: Som2ny Network, Mar 2025)',
      confidence: 'High',
    },
  }),
  coreweaveStart: numberParam({
    id: 'coreweaveStart',
    group: 'compute',
    label: 'CoreWeave starts',
    description: 'First year of the CoreWeave contracts.',
    unit: 'year',
    min: 2025,
    max: 2030,
    step: 1,
    default: 2025,
    source: {
      cites: ['reuters-2025-03-coreweave', 'reuters-2025-09-coreweave'],
      quote: '$11.9B + $4B + $6.5B = $22.4B … 2025',
      confidence: 'High',
    },
    applies: when('the CoreWeave contracts are above $0', (v) => (v.coreweaveValue as number) > 0),
  }),
  coreweaveYears: numberParam({
    id: 'coreweaveYears',
    group: 'compute',
    label: 'CoreWeave term',
    description: 'Years over which the CoreWeave contracts are paid.',
    unit: 'years',
    min: 1,
    max: 10,
    step: 1,
    default: 5,
    source: {
      cites: ['reuters-2025-03-coreweave'],
      quote:
        'The later contracts’ terms were not reported; the first $11.9B contract was reported as five years.',
      confidence: 'Assumption',
    },
    applies: when('the CoreWeave contracts are above $0', (v) => (v.coreweaveValue as number) > 0),
  }),
  awsValue: numberParam({
    id: 'awsValue',
    group: 'compute',
    label: 'AWS contract',
    description: 'AWS contract value, paid evenly over its term.',
    unit: 'usd',
    min: 0,
    max: 100 * B,
    step: 1 * B,
    default: 38 * B,
    source: {
      cites: ['aws-2025-11'],
      quote: '$38B over 7 years (Nov 2025)',
      confidence: 'High',
    },
  }),
  awsStart: numberParam({
    id: 'awsStart',
    group: 'compute',
    label: 'AWS starts',
    description: 'First year of the AWS contract.',
    unit: 'year',
    min: 2025,
    max: 2030,
    step: 1,
    default: 2026,
    source: {
      cites: ['aws-2025-11'],
      quote: '$38B over 7 years (Nov 2025)',
      confidence: 'High',
    },
    applies: when('the AWS contract is above $0', (v) => (v.awsValue as number) > 0),
  }),
  awsYears: numberParam({
    id: 'awsYears',
    group: 'compute',
    label: 'AWS term',
    description: 'Years over which the AWS contract is paid.',
    unit: 'years',
    min: 1,
    max: 10,
    step: 1,
    default: 7,
    source: { cites: ['aws-2025-11'], quote: '$38B over 7 years', confidence: 'High' },
    applies: when('the AWS contract is above $0', (v) => (v.awsValue as number) > 0),
  }),
  awsExpansionValue: numberParam({
    id: 'awsExpansionValue',
    group: 'compute',
    label: 'AWS expansion',
    description: 'The Feb 2026 expansion of the AWS contract, on top of the original one.',
    unit: 'usd',
    min: 0,
    max: 200 * B,
    step: 1 * B,
    default: 100 * B,
    source: {
      cites: ['aws-2026-02-expansion'],
      quote:
        'existing $38B (7 yrs, Nov 2025) expanded by $100B over 8 years, ~2 GW of Trainium capacity; announced with Amazon’s $50B investment',
      confidence: 'Med',
    },
  }),
  awsExpansionStart: numberParam({
    id: 'awsExpansionStart',
    group: 'compute',
    label: 'AWS expansion starts',
    description: 'First year of payments under the AWS expansion.',
    unit: 'year',
    min: 2026,
    max: 2032,
    step: 1,
    default: 2027,
    source: {
      cites: ['aws-2026-02-expansion'],
      quote: 'Announced Feb 26 2026; ours: payments start once the ~2 GW of capacity comes online, in 2027.',
      confidence: 'Assumption',
    },
    applies: when('the AWS expansion is above $0', (v) => (v.awsExpansionValue as number) > 0),
  }),
  awsExpansionYears: numberParam({
    id: 'awsExpansionYears',
    group: 'compute',
    label: 'AWS expansion term',
    description: 'Years over which the AWS expansion is paid, evenly.',
    unit: 'years',
    min: 1,
    max: 12,
    step: 1,
    default: 8,
    source: {
      cites: ['aws-2026-02-expansion'],
      quote: 'expanded by $100B over 8 years',
      confidence: 'Med',
    },
    applies: when('the AWS expansion is above $0', (v) => (v.awsExpansionValue as number) > 0),
  }),
  azureWeight: numberParam({
    id: 'azureWeight',
    group: 'compute',
    label: 'Uncontracted compute: Azure',
    description:
      'Share of compute beyond the contracts that goes to Azure (the four shares are rescaled to sum to 100%).',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.2,
    source: {
      cites: ['openai-2025-10-recap', 'openai-2026-04-amendment'],
      quote:
        'ROFR ends (Oct 2025); OpenAI products ship first on Azure unless Microsoft cannot support them (Apr 2026)',
      confidence: 'Assumption',
    },
  }),
  stargateWeight: numberParam({
    id: 'stargateWeight',
    group: 'compute',
    label: 'Uncontracted compute: Stargate',
    description:
      'Share of compute beyond the contracts from Stargate sites (SoftBank, MGX) outside the Oracle contract.',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.3,
    source: {
      cites: ['openai-2025-01-stargate', 'the-information-2025-10-compute'],
      quote: '$500B over 4 years, ~10 GW target; Microsoft a technology partner, not an equity funder',
      confidence: 'Assumption',
    },
  }),
  googleWeight: numberParam({
    id: 'googleWeight',
    group: 'compute',
    label: 'Uncontracted compute: Google Cloud',
    description: 'Share of compute beyond the contracts bought from Google Cloud (TPUs).',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    source: {
      cites: ['reuters-2025-06-google', 'the-information-2025-10-compute'],
      quote:
        'TPU capacity, value not disclosed (May 2025); "Google Cloud: Supplementary GPU leasing" (The Information, Oct 2025, as relayed)',
      confidence: 'Assumption',
    },
  }),
  ownWeight: numberParam({
    id: 'ownWeight',
    group: 'compute',
    label: 'Uncontracted compute: own capacity',
    description:
      'Share of compute beyond the contracts on OpenAI’s own or partner-built chips (Nvidia, AMD, Broadcom).',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.4,
    source: {
      cites: ['openai-2025-09-nvidia', 'openai-2025-10-amd', 'openai-2025-10-broadcom'],
      quote: 'Nvidia LOI for >=10 GW …; AMD 6 GW …; Broadcom 10 GW custom accelerators, H2 2026 to end-2029',
      confidence: 'Assumption',
    },
  }),
  rofrEndYear: numberParam({
    id: 'rofrEndYear',
    group: 'compute',
    label: 'Azure has first call until',
    description:
      'Through this year all compute beyond the contracts goes to Azure (exclusivity, then a right of first refusal).',
    unit: 'year',
    min: 2025,
    max: 2044,
    step: 1,
    default: 2025,
    source: {
      cites: ['microsoft-2025-01-rofr', 'openai-2025-10-recap'],
      quote:
        'Azure exclusivity becomes a right of first refusal (ROFR) on new compute capacity (Jan 2025); ROFR ends (Oct 2025)',
      confidence: 'High',
    },
  }),
  decShare: numberParam({
    id: 'decShare',
    group: 'compute',
    label: 'Decentralized GPU networks',
    description:
      'Share of compute beyond the contracts moved to decentralized networks (Render, Akash). Off by default.',
    unit: 'fraction',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0,
    source: {
      cites: ['seed-decentralized-2025', 'cointelegraph-2026-01-decentralized-gpu'],
      quote:
        'Imagine OpenAI tapping into a global network of hardware, slashing training costs by 20-30% (a rough estimate …) (Let’s Talk Bitcoin, 2025); counter-evidence: latency/reliability make decentralized networks impractical for frontier training (Cointelegraph, Jan 2026)',
      confidence: 'Low',
    },
  }),
  decDiscount: numberParam({
    id: 'decDiscount',
    group: 'compute',
    label: 'Decentralized cost saving',
    description: 'How much cheaper compute on decentralized networks is than the providers it replaces.',
    unit: 'fraction',
    min: 0,
    max: 0.7,
    step: 0.01,
    default: 0.25,
    source: {
      cites: ['seed-decentralized-2025'],
      quote: 'slashing training costs by 20-30% (a rough estimate based on current trends)',
      confidence: 'Low',
    },
    applies: when('some compute moves to decentralized networks', (v) => (v.decShare as number) > 0),
  }),
  idleRecovery: numberParam({
    id: 'idleRecovery',
    group: 'compute',
    label: 'Idle contracted capacity recovered',
    description:
      'Contracts are take-or-pay: capacity contracted beyond the year’s need is paid in full; this share of its cost OpenAI recovers by reselling or redeploying it.',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    source: {
      cites: [],
      quote:
        'No source. Ours: GPU capacity resells, but at a discount and not at once; half of its cost is recovered.',
      confidence: 'Assumption',
    },
  }),
  hostingOpMargin: numberParam({
    id: 'hostingOpMargin',
    group: 'compute',
    label: "Microsoft's hosting margin",
    description:
      'Operating profit less the GPU and datacenter capex the capacity takes (before tax), on what OpenAI pays Azure for compute: a commercial sale, not a return on the investment.',
    unit: 'fraction',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.15,
    source: {
      cites: ['microsoft-fy26-q2-earnings'],
      quote:
        'Microsoft Cloud gross margin 67% (Dec 2025), guidance ~65%; Azure’s own margin is not disclosed. Ours: 15% of revenue left after operating costs and the capex GPU capacity takes (GPU servers cost roughly a year or more of the revenue they earn).',
      confidence: 'Assumption',
    },
  }),

  // ── Equity ───────────────────────────────────────────────────────────────────────────────────────────
  inv2019: numberParam({
    id: 'inv2019',
    group: 'equity',
    label: 'Microsoft invested, 2019',
    description: 'First tranche, paid in 2019.',
    unit: 'usd',
    min: 0,
    max: 2 * B,
    step: 0.05 * B,
    default: 1 * B,
    source: {
      cites: ['microsoft-2019-07-partnership', 'webpronews-2025-10-memo'],
      quote: 'This partnership, which began with a $1 billion investment in 2019 (WebProNews, Oct 2025)',
      confidence: 'High',
    },
  }),
  inv2021: numberParam({
    id: 'inv2021',
    group: 'equity',
    label: 'Microsoft invested, 2021',
    description: 'Second tranche, paid in 2021 (amount undisclosed at the time).',
    unit: 'usd',
    min: 0,
    max: 4 * B,
    step: 0.05 * B,
    default: 2 * B,
    source: {
      cites: ['zdnet-2023-01-investment', 'bloomberg-2023-01-investment'],
      quote:
        '2021 tranche ~$2B (amount undisclosed at the time): “the $2 billion in the years after” the 2019 investment (ZDNet); “another round in 2021” (Bloomberg via the Los Angeles Times)',
      confidence: 'Low',
    },
  }),
  inv2023: numberParam({
    id: 'inv2023',
    group: 'equity',
    label: 'Microsoft invested, 2023',
    description: 'The multi-year 2023 commitment, counted in 2023.',
    unit: 'usd',
    min: 0,
    max: 15 * B,
    step: 0.25 * B,
    default: 10 * B,
    source: {
      cites: ['bloomberg-2023-01-investment'],
      quote: '2023 tranche $10B over multiple years (Bloomberg via LA Times)',
      confidence: 'Med-High',
    },
  }),
  inv2024: numberParam({
    id: 'inv2024',
    group: 'equity',
    label: 'Microsoft invested, 2024',
    description: "Microsoft's part of the Oct 2024 round, if counted outside the $13B total.",
    unit: 'usd',
    min: 0,
    max: 2 * B,
    step: 0.05 * B,
    default: 0,
    source: {
      cites: ['microsoft-10q-2025-09', 'econotimes-2024-10-investment', 'seed-decentralized-2025'],
      quote:
        'total commitment $13B ("our $13 billion of total funding commitments to OpenAI", 10-Q); widely cited total $13.75B (likely $13B + $0.75B), CONFLICT. The default follows the 10-Q.',
      confidence: 'High',
    },
  }),
  equityMode: choiceParam({
    id: 'equityMode',
    group: 'equity',
    label: 'What Microsoft owns',
    description: 'An equity stake (2025 recapitalization) or the 2019 capped-profit profit share.',
    options: [
      { value: 'stake', label: 'Equity stake' },
      { value: 'profitShare', label: '2019 profit share' },
    ],
    default: 'stake',
    source: {
      cites: ['semafor-2023-01-terms', 'openai-2025-10-recap'],
      quote:
        'reported profit share of the capped-profit LP (2019); Microsoft ~27% as-converted diluted (Oct 2025)',
      confidence: 'High',
    },
  }),
  msftStake: numberParam({
    id: 'msftStake',
    group: 'equity',
    label: "Microsoft's stake",
    description:
      'Microsoft’s as-converted diluted stake at the end of 2025 (set by the Oct 2025 recapitalization), before the 2026 round and later raises dilute it.',
    unit: 'fraction',
    min: 0.2,
    max: 0.35,
    step: 0.005,
    default: 0.27,
    source: {
      cites: ['openai-2025-10-recap', 'microsoft-8k-2025-10'],
      quote: 'Microsoft ~27% as-converted diluted, valued ~$135B',
      confidence: 'High',
    },
    applies: when('Microsoft holds a stake', (v) => v.equityMode === 'stake'),
  }),
  foundationStake: numberParam({
    id: 'foundationStake',
    group: 'equity',
    label: "OpenAI Foundation's stake",
    description: 'The nonprofit foundation’s stake at the end of 2025, diluted like Microsoft’s.',
    unit: 'fraction',
    min: 0.2,
    max: 0.26,
    step: 0.005,
    default: 0.26,
    source: {
      cites: ['openai-2025-10-recap'],
      quote: 'OpenAI Foundation 26% (~$130B) plus a warrant',
      confidence: 'High',
    },
  }),
  valuation2025: numberParam({
    id: 'valuation2025',
    group: 'equity',
    label: 'OpenAI valuation, Oct 2025',
    description:
      'Post-money valuation of the last transaction of 2025 (a market mark, not a projection); the stake is marked to it when there is no 2026 round.',
    unit: 'usd',
    min: 300 * B,
    max: 1000 * B,
    step: 10 * B,
    default: 500 * B,
    source: {
      cites: [...ROUND_CITES.valuation2025],
      quote: 'Oct 2025 $500B ($6.6B employee secondary)',
      confidence: 'High',
    },
    applies: when('there is no 2026 round (the terms as known in 2025)', (v) => v.round2026Raised === 0),
  }),
  round2026Raised: numberParam({
    id: 'round2026Raised',
    group: 'equity',
    label: 'Raised in the Mar 2026 round',
    description:
      'New money in the round that closed on Mar 31 2026; it dilutes every holder by its share of the post-money valuation. Zero for the terms as known in 2025.',
    unit: 'usd',
    min: 0,
    max: 200 * B,
    step: 1 * B,
    default: 122 * B,
    source: {
      cites: ['techcrunch-2026-02-round', 'openai-2026-03-round'],
      quote:
        'Feb 2026: $730B pre / $840B post, $110B round (Amazon $50B of which $35B conditional, Nvidia $30B, SoftBank $30B); Mar 31 2026: $852B post-money, $122B round closed',
      confidence: 'High',
    },
  }),
  valuation2026: numberParam({
    id: 'valuation2026',
    group: 'equity',
    label: 'OpenAI valuation, Mar 2026 round',
    description:
      'Post-money valuation of the Mar 2026 round: the market mark Microsoft’s stake is valued at, and the price at which the round dilutes holders.',
    unit: 'usd',
    min: 300 * B,
    max: 1500 * B,
    step: 1 * B,
    default: 852 * B,
    source: {
      cites: [...ROUND_CITES.valuation2026],
      quote: 'Mar 31 2026 $852B post-money, $122B round closed',
      confidence: 'High',
    },
    applies: when('there is a 2026 round', (v) => (v.round2026Raised as number) > 0),
  }),
  legacyShareBefore: numberParam({
    id: 'legacyShareBefore',
    group: 'equity',
    label: '2019 profit share until recouped',
    description: 'Share of OpenAI profits paid to Microsoft until it recoups its investment.',
    unit: 'fraction',
    min: 0.05,
    max: 1,
    step: 0.01,
    default: 0.75,
    source: {
      cites: ['semafor-2023-01-terms'],
      quote:
        '75% of profits until Microsoft recoups, then 49% Microsoft / 49% other investors / 2% nonprofit',
      confidence: 'Med',
    },
    applies: when('Microsoft holds the 2019 profit share', (v) => v.equityMode === 'profitShare'),
  }),
  legacyShareAfter: numberParam({
    id: 'legacyShareAfter',
    group: 'equity',
    label: '2019 profit share after',
    description: 'Share of OpenAI profits paid to Microsoft once it has recouped.',
    unit: 'fraction',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.49,
    source: {
      cites: ['semafor-2023-01-terms'],
      quote: 'then 49% Microsoft / 49% other investors / 2% nonprofit',
      confidence: 'Med',
    },
    applies: when('Microsoft holds the 2019 profit share', (v) => v.equityMode === 'profitShare'),
  }),
  legacyCapMultiple: numberParam({
    id: 'legacyCapMultiple',
    group: 'equity',
    label: '2019 return cap',
    description: 'Profit share stops once Microsoft has received this multiple of what it invested.',
    unit: 'multiple',
    min: 1,
    max: 100,
    step: 1,
    default: 100,
    source: {
      cites: ['openai-2019-03-lp', 'semafor-2023-01-terms'],
      quote: 'first-round returns capped at 100x',
      confidence: 'Med',
    },
    applies: when('Microsoft holds the 2019 profit share', (v) => v.equityMode === 'profitShare'),
  }),

  // ── Finance ──────────────────────────────────────────────────────────────────────────────────────────
  discountRate: numberParam({
    id: 'discountRate',
    group: 'finance',
    label: 'Discount rate, contracts',
    description:
      'Rate for the cash that changes hands under contracts (revenue share, Azure OpenAI share, hosting): present values in 2025 dollars.',
    unit: 'fraction',
    min: 0.06,
    max: 0.15,
    step: 0.005,
    default: 0.09,
    source: {
      cites: [],
      quote:
        'Ours: about Microsoft’s weighted cost of capital (a AAA-rated issuer with an equity beta near 1); the payer is OpenAI, so the rate sits above Microsoft’s cost of debt.',
      confidence: 'Assumption',
    },
  }),
  costOfEquity: numberParam({
    id: 'costOfEquity',
    group: 'finance',
    label: 'OpenAI cost of equity',
    description:
      'Rate at which OpenAI’s free cash flows are discounted to value its equity, and Microsoft’s stake and 2019 profit share with it.',
    unit: 'fraction',
    min: 0.08,
    max: 0.3,
    step: 0.005,
    default: 0.13,
    source: {
      cites: [],
      quote:
        'Ours, calibrated so the default outlook values OpenAI near the Mar 2026 round’s $852B post-money at the round’s date (and the Oct 2025 terms near the $500B secondary): above large listed tech (8–10%), well below venture hurdle rates (25% and more) for a firm preparing to list.',
      confidence: 'Assumption',
    },
  }),
  taxRate: numberParam({
    id: 'taxRate',
    group: 'finance',
    label: 'Corporate tax rate',
    description:
      'Tax on OpenAI’s positive operating cash flow (after losses carried forward from 2025) and on what Microsoft earns from the deal.',
    unit: 'fraction',
    min: 0,
    max: 0.35,
    step: 0.01,
    default: 0.21,
    source: {
      cites: ['us-code-26-11'],
      quote: 'the amount of the tax … shall be 21 percent of taxable income (the US federal statutory rate)',
      confidence: 'High',
    },
  }),
  horizonEnd: numberParam({
    id: 'horizonEnd',
    group: 'finance',
    label: 'Horizon',
    description:
      'Last year the page shows. Values do not stop there: every stream after it counts as a terminal value, so the horizon moves no total (unless OpenAI still holds unneeded cash at the horizon, which earns nothing here).',
    unit: 'year',
    min: 2030,
    max: 2040,
    step: 1,
    default: 2035,
    source: {
      cites: [],
      quote: 'Ours: ten years of projection by default, 2025 to 2035.',
      confidence: 'Assumption',
    },
  }),
} as const;

export const scenarioValuesSchema = z.strictObject(scenarioShape);

/** All assumption values of one scenario, in model units (USD, fractions, years). */
export type ScenarioValues = z.infer<typeof scenarioValuesSchema>;
export type ParamId = keyof ScenarioValues;

/** The metadata of every assumption, in display order. */
export const PARAMS: readonly ParamMeta[] = Object.values(scenarioShape).map((schema) => {
  const meta = paramRegistry.get(schema);
  if (!meta) throw new Error('every scenario field must be registered');
  return meta;
});

export const PARAM_BY_ID: ReadonlyMap<string, ParamMeta> = new Map(PARAMS.map((p) => [p.id, p]));

/** The schema defaults: the Apr 2026 amended terms. */
export const DEFAULT_VALUES = Object.fromEntries(PARAMS.map((p) => [p.id, p.default])) as ScenarioValues;

import type { ParamId } from '../schema/scenario.ts';
import type { SourceId } from '../sources.ts';
import type { Shape } from './ranges.ts';

/**
 * A default range: how unsure an assumption is, as a 90% interval and a shape (see `Range` in ranges.ts).
 * `sourced`: the sources disagree or report a range, and the range spans them (cited). `ours`: no source gives a
 * range, so the range is our judgement, and says so. Only assumptions a reader would reasonably doubt have one;
 * deal terms (rates, caps, years) are what the parties signed and stay fixed unless the user gives them a range.
 */
export interface DefaultRange {
  readonly id: ParamId;
  readonly low: number;
  readonly high: number;
  readonly shape: Shape;
  readonly basis: 'sourced' | 'ours';
  readonly cites: readonly SourceId[];
  /** One sentence: where the ends come from. */
  readonly why: string;
}

const B = 1e9;

export const DEFAULT_RANGES: readonly DefaultRange[] = [
  {
    id: 'rev2030',
    low: 200 * B,
    high: 280 * B,
    shape: 'uniform',
    basis: 'sourced',
    cites: ['the-information-2025-09-projections', 'openai-2026-02-projections'],
    why: 'OpenAI’s own projection for 2030 moved from about $200B (Sep 2025) to more than $280B (Feb 2026); either could be right.',
  },
  {
    id: 'computeTarget',
    low: 450 * B,
    high: 600 * B,
    shape: 'uniform',
    basis: 'sourced',
    cites: ['the-information-2025-10-compute', 'openai-2026-02-projections'],
    why: 'Compute through 2030 was reported at about $450B (Oct 2025), then about $600B (Feb 2026).',
  },
  {
    id: 'inv2024',
    low: 0,
    high: 0.75 * B,
    shape: 'uniform',
    basis: 'sourced',
    cites: ['microsoft-10q-2025-09', 'econotimes-2024-10-investment'],
    why: 'Microsoft’s filing counts $13B of commitments; the press adds the Oct 2024 round’s ~$0.75B for $13.75B.',
  },
  {
    id: 'valuation2026',
    low: 852 * B,
    high: 1000 * B,
    shape: 'uniform',
    basis: 'sourced',
    cites: ['openai-2026-03-round', 's1-2026-05-relay'],
    why: 'The Mar 2026 round priced OpenAI at $852B post-money; IPO talk after the S-1 ran to $1T.',
  },
  {
    id: 'revGrowth2031',
    low: 0.15,
    high: 0.4,
    shape: 'triangular',
    basis: 'ours',
    cites: [],
    why: 'Ours: no source projects past 2030; growth from 15% to 40% in 2031 brackets a slowdown and a continued boom.',
  },
  {
    id: 'revGrowthTerminal',
    low: 0.02,
    high: 0.04,
    shape: 'normal',
    basis: 'ours',
    cites: [],
    why: 'Ours: long-run growth near nominal GDP growth, 2% to 4% a year (at most 4%, the assumption’s own bound).',
  },
  {
    id: 'gmEnd',
    low: 0.55,
    high: 0.72,
    shape: 'triangular',
    basis: 'ours',
    cites: ['the-information-2024-10-projections'],
    why: 'Ours, around OpenAI’s 67% target for 2028: it could fall short (the margin was 33% in 2025) or beat it slightly.',
  },
  {
    id: 'opexShare',
    low: 0.1,
    high: 0.22,
    shape: 'triangular',
    basis: 'ours',
    cites: [],
    why: 'Ours: operating costs other than compute from 10% to 22% of revenue, around the 15% default.',
  },
  {
    id: 'costOfEquity',
    low: 0.1,
    high: 0.16,
    shape: 'normal',
    basis: 'ours',
    cites: [],
    why: 'Ours: the return investors ask of OpenAI, from 10% (a mature tech company) to 16% (the bubble preset’s rate).',
  },
  {
    id: 'discountRate',
    low: 0.07,
    high: 0.11,
    shape: 'normal',
    basis: 'ours',
    cites: [],
    why: 'Ours: the rate for contracted cash flows, from 7% to 11% around the 9% default.',
  },
  {
    id: 'hostingOpMargin',
    low: 0.08,
    high: 0.25,
    shape: 'triangular',
    basis: 'ours',
    cites: ['microsoft-fy26-q2-earnings'],
    why: 'Ours: Azure’s margin on GPU hosting is not disclosed; 8% to 25% after capex, well below Microsoft Cloud’s gross margin.',
  },
  {
    id: 'azureOpenAIRev2025',
    low: 1.5 * B,
    high: 6 * B,
    shape: 'lognormal',
    basis: 'ours',
    cites: [],
    why: 'Ours: Azure OpenAI Service revenue is not disclosed; $1.5B to $6B in 2025 around the $3B placeholder.',
  },
  {
    id: 'trainingShareLongRun',
    low: 0.1,
    high: 0.3,
    shape: 'triangular',
    basis: 'ours',
    cites: [],
    why: 'Ours: training compute in the long run from 10% to 30% of revenue, around the 20% default.',
  },
  {
    id: 'idleRecovery',
    low: 0.25,
    high: 0.75,
    shape: 'uniform',
    basis: 'ours',
    cites: [],
    why: 'Ours: what OpenAI recovers of idle contracted capacity, a quarter to three quarters of its cost.',
  },
];

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
  // Centred on the latest figures the sliders hold, so the simulation's median sits near the headline: an older,
  // lower projection is the low end, not the high end a newer projection replaced.
  {
    id: 'rev2030',
    low: 200 * B,
    high: 360 * B,
    shape: 'triangular',
    basis: 'ours',
    cites: ['the-information-2025-09-projections', 'openai-2026-02-projections'],
    why: 'Ours, peaking at OpenAI’s latest projection for 2030 (more than $280B, Feb 2026), from its Sep 2025 projection (about $200B) to as far above.',
  },
  {
    id: 'computeTarget',
    low: 450 * B,
    high: 750 * B,
    shape: 'triangular',
    basis: 'ours',
    cites: ['the-information-2025-10-compute', 'openai-2026-02-projections'],
    why: 'Ours, peaking at the latest reported compute through 2030 (about $600B, Feb 2026), from the Oct 2025 report (about $450B) to as far above.',
  },
  // No range on the Mar 2026 round's price (a closed transaction, not a projection; the $1T was IPO talk) nor on the
  // 2024 tranche (a uniform range there would draw outside both sources).
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

import type { ScenarioValues } from '../schema/scenario.ts';
import { FIRST_YEAR, linearBetween, THROUGH_YEAR } from './paths.ts';

/** Compute providers, in the order charts stack them (Azure first, set apart). */
export const PROVIDERS = [
  { id: 'azure', label: 'Microsoft Azure' },
  { id: 'oracle', label: 'Oracle' },
  { id: 'stargate', label: 'Stargate (other sites)' },
  { id: 'coreweave', label: 'CoreWeave' },
  { id: 'aws', label: 'AWS' },
  { id: 'google', label: 'Google Cloud' },
  { id: 'ownCapacity', label: 'Own capacity (Nvidia, AMD, Broadcom)' },
  { id: 'decentralized', label: 'Decentralized GPU networks' },
] as const;
export type ProviderId = (typeof PROVIDERS)[number]['id'];

export interface ComputeSeries {
  grossMargin: number[];
  /** Inference and serving: revenue × (1 − gross margin). */
  inference: number[];
  /** Training and research compute. */
  training: number[];
  /** What moving work to decentralized networks saves. */
  decentralizedSaving: number[];
  /** Total compute spend: inference + training − decentralized saving; equals the sum over providers. */
  total: number[];
  byProvider: Record<ProviderId, number[]>;
  /** Contracted spend the year's compute need does not absorb (the contracts are scaled down pro rata). */
  contractShortfall: number[];
}

/** Equal yearly payments of `value` over `years` years starting in `start`. */
function contractPayment(year: number, value: number, start: number, years: number): number {
  return year >= start && year < start + years ? value / years : 0;
}

/**
 * Compute spend and its split by provider.
 *
 * The need for compute is inference (from the gross margin) plus training (a share of revenue, or scaled so the
 * cumulative total through the anchor year hits the target). The contracts (Azure's incremental commitment,
 * Oracle, CoreWeave, AWS) are served first, evenly over their terms; where they exceed the year's need they are
 * scaled down pro rata and the excess is reported as a shortfall. What remains goes to Azure while it has first
 * call, then to Azure, Stargate, Google and own capacity by their weights, less the share moved to decentralized
 * networks at a discount.
 */
export function compute(
  v: ScenarioValues,
  years: readonly number[],
  revenue: readonly number[],
): ComputeSeries {
  const n = years.length;
  const grossMargin: number[] = [];
  const inference: number[] = [];
  const training: number[] = [];
  for (let i = 0; i < n; i++) {
    const year = years[i]!;
    grossMargin[i] = linearBetween(year, FIRST_YEAR, v.gmStart, v.gmEndYear, v.gmEnd);
    inference[i] = revenue[i]! * (1 - grossMargin[i]!);
    training[i] =
      revenue[i]! * linearBetween(year, FIRST_YEAR, v.trainingShareStart, THROUGH_YEAR, v.trainingShareEnd);
  }
  if (v.computeMode === 'cumulative') scaleTrainingToTarget(v, years, inference, training);

  const byProvider: Record<ProviderId, number[]> = {
    azure: [],
    oracle: [],
    stargate: [],
    coreweave: [],
    aws: [],
    google: [],
    ownCapacity: [],
    decentralized: [],
  };
  const total: number[] = [];
  const decentralizedSaving: number[] = [];
  const contractShortfall: number[] = [];

  let weightSum = v.azureWeight + v.stargateWeight + v.googleWeight + v.ownWeight;
  // All four weights at zero would leave uncontracted compute with nowhere to go: split it evenly instead.
  const even = weightSum === 0;
  if (even) weightSum = 4;
  const wAzure = (even ? 1 : v.azureWeight) / weightSum;
  const wStargate = (even ? 1 : v.stargateWeight) / weightSum;
  const wGoogle = (even ? 1 : v.googleWeight) / weightSum;
  const wOwn = (even ? 1 : v.ownWeight) / weightSum;

  for (let i = 0; i < n; i++) {
    const year = years[i]!;
    const need = inference[i]! + training[i]!;
    const azureC = contractPayment(year, v.azureCommit, v.azureCommitStart, v.azureCommitYears);
    const oracleC = contractPayment(year, v.oracleValue, v.oracleStart, v.oracleYears);
    const coreweaveC = contractPayment(year, v.coreweaveValue, v.coreweaveStart, v.coreweaveYears);
    const awsC = contractPayment(year, v.awsValue, v.awsStart, v.awsYears);
    const contracted = azureC + oracleC + coreweaveC + awsC;
    const scale = contracted > need ? need / contracted : 1;
    const residual = contracted > need ? 0 : need - contracted;
    // While Azure has first call (exclusivity, then the right of first refusal), it takes all uncontracted work.
    const azureFirst = year <= v.rofrEndYear;
    const moved = azureFirst ? 0 : residual * v.decShare;
    const flexible = residual - moved;

    byProvider.azure[i] = azureC * scale + (azureFirst ? flexible : flexible * wAzure);
    byProvider.oracle[i] = oracleC * scale;
    if (azureFirst) {
      byProvider.stargate[i] = 0;
      byProvider.google[i] = 0;
      byProvider.ownCapacity[i] = 0;
    } else {
      byProvider.stargate[i] = flexible * wStargate;
      byProvider.google[i] = flexible * wGoogle;
      byProvider.ownCapacity[i] = flexible * wOwn;
    }
    byProvider.coreweave[i] = coreweaveC * scale;
    byProvider.aws[i] = awsC * scale;
    byProvider.decentralized[i] = moved * (1 - v.decDiscount);
    decentralizedSaving[i] = moved * v.decDiscount;
    contractShortfall[i] = contracted > need ? contracted - need : 0;
    total[i] = need - decentralizedSaving[i]!;
  }
  return { grossMargin, inference, training, decentralizedSaving, total, byProvider, contractShortfall };
}

/**
 * Cumulative mode: keeps inference as the margins imply and 2025 as its own inputs say (it is history), and scales
 * training from 2026 on (its shape over time unchanged) so that total compute need from 2025 through the anchor
 * year equals the target. If the rest already exceeds the target, training from 2026 is zero and the total
 * overshoots: the margins, not the target, then decide.
 */
function scaleTrainingToTarget(
  v: ScenarioValues,
  years: readonly number[],
  inference: number[],
  training: number[],
): void {
  let fixed = 0;
  let scalable = 0;
  for (let i = 0; i < years.length && years[i]! <= v.computeTargetYear; i++) {
    fixed += inference[i]!;
    if (years[i]! === FIRST_YEAR) fixed += training[i]!;
    else scalable += training[i]!;
  }
  const gap = v.computeTarget - fixed;
  let k = gap > 0 && scalable > 0 ? gap / scalable : 0;
  // With a zero (or vanishingly small) training shape there is nothing to scale: spread the gap in proportion to
  // inference instead.
  const byInference = gap > 0 && !(Number.isFinite(k) && k > 0);
  if (byInference) k = gap / (fixed - inference[0]! - training[0]! || 1);
  for (let i = 0; i < training.length; i++) {
    if (years[i]! === FIRST_YEAR) continue;
    training[i] = byInference ? inference[i]! * k : training[i]! * k;
  }
}

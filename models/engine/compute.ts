import type { ScenarioValues } from '../schema/scenario.ts';
import {
  FIRST_YEAR as FIRST_YEAR_,
  linearBetween as linearBetween_,
  THROUGH_YEAR as THROUGH_YEAR_,
} from './paths.ts';
import { FLEX_PROVIDERS, hasShareOverride, type SeriesOverrides } from './overrides.ts';

// Local copies: module bindings are read through getters in some module loaders (vitest, tsx), which showed up as
// a tenth of a projection's time in a profile.
const FIRST_YEAR = FIRST_YEAR_;
const linearBetween = linearBetween_;
const THROUGH_YEAR = THROUGH_YEAR_;

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
  /** What OpenAI pays providers: need − decentralized saving + idle contracted capacity; the sum over providers. */
  total: number[];
  byProvider: Record<ProviderId, number[]>;
  /** The part of Azure's revenue that is its contract (the rest is uncontracted work Azure wins). */
  azureContracted: number[];
  /** Contracted capacity beyond the year's need: paid in full (take-or-pay), not used. */
  idle: number[];
  /** What each contract pays over every modelled year: its full value when its term ends by 2045. */
  contractTotals: ContractTotals;
}

/** Total paid under each take-or-pay contract (AWS includes its expansion), nominal. */
export interface ContractTotals {
  azure: number;
  oracle: number;
  coreweave: number;
  aws: number;
}

/**
 * What a contract of `value` over `years` years from `start` costs in `year`: evenly, or rising in equal steps as
 * capacity comes online (over the whole term, or over its first half and level after). Either way the payments
 * sum to the value.
 */
export function contractPayment(
  year: number,
  value: number,
  start: number,
  years: number,
  shape: ScenarioValues['contractShape'],
): number {
  if (year < start || year >= start + years) return 0;
  if (shape === 'even') return value / years;
  // Weights 1, 2, …, m, m, …, m: rising over the whole term (m = years), or over its first half and level after.
  const m = shape === 'ramp' ? years : Math.ceil(years / 2);
  const weightSum = (m * (m + 1)) / 2 + (years - m) * m;
  return (value * Math.min(year - start + 1, m)) / weightSum;
}

/**
 * Compute need, spend and its split by provider.
 *
 * Need is inference (from the gross margin) plus training. Training is a share of revenue that rises from 2025 to a peak
 * and falls to its 2030 share, or, when compute is set by a cumulative total, that shape scaled from 2026 through the
 * total's last year so the total is met; after that year it moves linearly to its long-run share. Contracts
 * (Azure's commitment, Oracle, CoreWeave, AWS and its expansion) are take-or-pay: paid in full on their schedule,
 * whatever the need; capacity beyond the need is reported as idle. Need the contracts do not cover goes to Azure
 * while it has first call, then to Azure, Stargate, Google and own capacity by their weights, less the share
 * moved to decentralized networks at a discount.
 */
export function compute(
  v: ScenarioValues,
  years: readonly number[],
  revenue: readonly number[],
  overrides?: SeriesOverrides,
): ComputeSeries {
  const n = years.length;
  const grossMargin: number[] = [];
  const inference: number[] = [];
  const gm = overrides?.openaiGrossMargin;
  for (let i = 0; i < n; i++) {
    grossMargin.push(gm ? gm[i]! : linearBetween(years[i]!, FIRST_YEAR, v.gmStart, v.gmEndYear, v.gmEnd));
    inference.push(revenue[i]! * (1 - grossMargin[i]!));
  }
  const training = trainingCompute(v, years, revenue, inference);

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
  const idle: number[] = [];
  const azureContracted: number[] = [];

  let weightSum = v.azureWeight + v.stargateWeight + v.googleWeight + v.ownWeight;
  // All four weights at zero would leave uncontracted compute with nowhere to go: split it evenly instead.
  const even = weightSum === 0;
  if (even) weightSum = 4;
  const wAzure = (even ? 1 : v.azureWeight) / weightSum;
  const wStargate = (even ? 1 : v.stargateWeight) / weightSum;
  const wGoogle = (even ? 1 : v.googleWeight) / weightSum;
  const wOwn = (even ? 1 : v.ownWeight) / weightSum;
  const shape = v.contractShape;
  const contractTotals: ContractTotals = { azure: 0, oracle: 0, coreweave: 0, aws: 0 };
  const shares = hasShareOverride(overrides) ? overrides : undefined;
  const split = [0, 0, 0, 0, 0];

  for (let i = 0; i < n; i++) {
    const year = years[i]!;
    const need = inference[i]! + training[i]!;
    const azureC = contractPayment(year, v.azureCommit, v.azureCommitStart, v.azureCommitYears, shape);
    const oracleC = contractPayment(year, v.oracleValue, v.oracleStart, v.oracleYears, shape);
    const coreweaveC = contractPayment(year, v.coreweaveValue, v.coreweaveStart, v.coreweaveYears, shape);
    const awsC =
      contractPayment(year, v.awsValue, v.awsStart, v.awsYears, shape) +
      contractPayment(year, v.awsExpansionValue, v.awsExpansionStart, v.awsExpansionYears, shape);
    const contracted = azureC + oracleC + coreweaveC + awsC;
    contractTotals.azure += azureC;
    azureContracted.push(azureC);
    contractTotals.oracle += oracleC;
    contractTotals.coreweave += coreweaveC;
    contractTotals.aws += awsC;
    const residual = contracted >= need ? 0 : need - contracted;
    // While Azure has first call (exclusivity, then the right of first refusal), it takes all uncontracted work.
    const azureFirst = year <= v.rofrEndYear;
    let moved = azureFirst ? 0 : residual * v.decShare;
    const flexible = residual - moved;

    if (shares) {
      // Built-in shares of the residual, in FLEX_PROVIDERS order, then the user's paths in place of some.
      split[0] = azureFirst ? 1 : (1 - v.decShare) * wAzure;
      split[1] = azureFirst ? 0 : (1 - v.decShare) * wStargate;
      split[2] = azureFirst ? 0 : (1 - v.decShare) * wGoogle;
      split[3] = azureFirst ? 0 : (1 - v.decShare) * wOwn;
      split[4] = azureFirst ? 0 : v.decShare;
      overrideShares(split, shares, i);
      moved = residual * split[4]!;
      byProvider.azure.push(azureC + residual * split[0]!);
      byProvider.stargate.push(residual * split[1]!);
      byProvider.google.push(residual * split[2]!);
      byProvider.ownCapacity.push(residual * split[3]!);
    } else {
      byProvider.azure.push(azureC + (azureFirst ? flexible : flexible * wAzure));
      byProvider.stargate.push(azureFirst ? 0 : flexible * wStargate);
      byProvider.google.push(azureFirst ? 0 : flexible * wGoogle);
      byProvider.ownCapacity.push(azureFirst ? 0 : flexible * wOwn);
    }
    byProvider.oracle.push(oracleC);
    byProvider.coreweave.push(coreweaveC);
    byProvider.aws.push(awsC);
    byProvider.decentralized.push(moved * (1 - v.decDiscount));
    decentralizedSaving.push(moved * v.decDiscount);
    idle.push(contracted > need ? contracted - need : 0);
    total.push(need - decentralizedSaving[i]! + idle[i]!);
  }
  return {
    grossMargin,
    inference,
    training,
    decentralizedSaving,
    total,
    byProvider,
    azureContracted,
    idle,
    contractTotals,
  };
}

/**
 * Replaces built-in shares of uncontracted compute (`split`, in FLEX_PROVIDERS order, summing to 1) with the
 * user's paths for year `i`. Shares given that add up to more than 1 are scaled down to 1; the providers without a
 * path share what is left in their built-in proportions (evenly when those are all zero); with every provider
 * given, the shares are scaled to add up to 1 (evenly when all are zero), so the need is always met exactly.
 */
export function overrideShares(split: number[], shares: SeriesOverrides, i: number): void {
  let given = 0;
  let builtInRest = 0;
  let free = 0;
  for (let k = 0; k < FLEX_PROVIDERS.length; k++) {
    const path = shares[`providerShare.${FLEX_PROVIDERS[k]!}`];
    if (path) given += Math.max(0, path[i]!);
    else {
      builtInRest += split[k]!;
      free++;
    }
  }
  const scale = given > 1 || (free === 0 && given > 0) ? 1 / given : 1;
  const rest = free === 0 ? 0 : Math.max(0, 1 - given * scale);
  for (let k = 0; k < FLEX_PROVIDERS.length; k++) {
    const path = shares[`providerShare.${FLEX_PROVIDERS[k]!}`];
    if (path)
      split[k] = free === 0 && given === 0 ? 1 / FLEX_PROVIDERS.length : Math.max(0, path[i]!) * scale;
    else split[k] = builtInRest > 0 ? (rest * split[k]!) / builtInRest : rest / free;
  }
}

/**
 * Training compute per year. Its shape is a share of revenue, linear from 2025 to its peak year, then to 2030,
 * and flat after. In
 * cumulative mode the shape is scaled, from 2026 through the total's last year, so total need from 2025 through
 * that year equals the target; 2025 is history and keeps its own share. After the anchor year (the total's last
 * year, or 2030) the share moves linearly to the long-run share, reached in `trainingLongRunYear`.
 */
function trainingCompute(
  v: ScenarioValues,
  years: readonly number[],
  revenue: readonly number[],
  inference: readonly number[],
): number[] {
  const cumulative = v.computeMode === 'cumulative';
  const anchor = cumulative ? v.computeTargetYear : THROUGH_YEAR;
  const shape: number[] = [];
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    shape.push(
      year <= v.trainingPeakYear
        ? linearBetween(year, FIRST_YEAR, v.trainingShareStart, v.trainingPeakYear, v.trainingSharePeak)
        : linearBetween(year, v.trainingPeakYear, v.trainingSharePeak, THROUGH_YEAR, v.trainingShareEnd),
    );
  }
  let k = 1;
  let byInference = false;
  if (cumulative) {
    let fixed = 0;
    let scalable = 0;
    for (let i = 0; i < years.length && years[i]! <= anchor; i++) {
      fixed += inference[i]!;
      if (years[i]! === FIRST_YEAR) fixed += revenue[i]! * shape[i]!;
      else scalable += revenue[i]! * shape[i]!;
    }
    const gap = v.computeTarget - fixed;
    k = gap > 0 && scalable > 0 ? gap / scalable : 0;
    // With a zero (or vanishingly small) training shape there is nothing to scale: spread the gap in proportion
    // to inference instead.
    byInference = gap > 0 && !(Number.isFinite(k) && k > 0);
    if (byInference) k = gap / (fixed - inference[0]! - revenue[0]! * shape[0]! || 1);
  }
  const out: number[] = [];
  let anchorShare = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    let t: number;
    if (year === FIRST_YEAR) t = revenue[i]! * shape[i]!;
    else if (year <= anchor) t = byInference ? inference[i]! * k : revenue[i]! * shape[i]! * k;
    else {
      t =
        revenue[i]! *
        linearBetween(
          year,
          anchor,
          anchorShare,
          Math.max(v.trainingLongRunYear, anchor + 1),
          v.trainingShareLongRun,
        );
    }
    // After the years the total counts, training leaves from its scaled share (no jump), but never from above the
    // shape's own peak, so an aggressive total (say $600B by 2027) does not carry a multiple of revenue forward.
    if (year === anchor) {
      const scaled = revenue[i]! > 0 ? t / revenue[i]! : 0;
      anchorShare = Math.min(scaled, Math.max(v.trainingShareStart, v.trainingSharePeak, v.trainingShareEnd));
    }
    out.push(t);
  }
  return out;
}

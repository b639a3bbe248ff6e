/**
 * What a simulation keeps of each sample: the charted series and the statements it counts. Apart from
 * simulate.ts so the batch engine (models/engine/batch) can write them without importing the simulator.
 */

/** The series a simulation summarizes: every one the charts draw. `computeByProvider.<id>` names a provider's. */
export const SIMULATED_SERIES = [
  'openaiRevenue',
  'revenueShareRate',
  'revenueSharePaid',
  'revenueShareUncapped',
  'computeSpend',
  'idleCompute',
  'openaiOperatingCashFlow',
  'openaiFreeCashFlow',
  'fundingRaised',
  'openaiValuation',
  'msftStakeValue',
  'foundationStakeValue',
  'othersStakeValue',
  'computeByProvider.azure',
  'computeByProvider.oracle',
  'computeByProvider.stargate',
  'computeByProvider.coreweave',
  'computeByProvider.aws',
  'computeByProvider.google',
  'computeByProvider.ownCapacity',
  'computeByProvider.decentralized',
] as const;
export type SimulatedSeries = (typeof SIMULATED_SERIES)[number];

export const PROBABILITY_IDS = [
  'msftValueExceedsInvested',
  'openaiBreaksEvenBy2030',
  'capBindsBefore2030',
  'othersOutpayAzureBy2030',
] as const;
export type ProbabilityId = (typeof PROBABILITY_IDS)[number];

import { THROUGH_YEAR } from '../engine/paths.ts';
import { formatPercent, formatUsd } from '../format.ts';
import { PROBABILITY_IDS, type ProbabilityId, type Simulation } from './simulate.ts';

export interface ProbabilitySentence {
  readonly id: ProbabilityId;
  readonly probability: number;
  /** "In 73% of 10,000 scenarios …", the figures with their bases. */
  readonly text: string;
}

/**
 * Each probability as a sentence a reader can quote. The investment varies when a tranche has a range (the
 * $13B vs $13.75B conflict), and then the sentence gives its median.
 */
export function probabilitySentences(sim: Simulation): ProbabilitySentence[] {
  const inv = sim.kpis.msftInvested;
  const invested =
    inv.p50 === null
      ? 'nothing'
      : inv.p10 === inv.p90
        ? `${formatUsd(inv.p50)}, nominal 2019–24 commitments, not grown to 2025`
        : `nominal 2019–24 commitments, not grown to 2025: ${formatUsd(inv.p50)} at the median`;
  const tail: Record<ProbabilityId, string> = {
    msftValueExceedsInvested: `Microsoft’s value (present value in 2025 dollars, after tax) exceeds what it committed (${invested})`,
    openaiBreaksEvenBy2030: `OpenAI’s operating cash flow turns positive by ${THROUGH_YEAR}`,
    capBindsBefore2030: `the revenue-share cap is reached before ${THROUGH_YEAR}`,
    othersOutpayAzureBy2030: `OpenAI pays the other compute providers together more than Azure in some year by ${THROUGH_YEAR}`,
  };
  const of = `${sim.samples.toLocaleString('en-US')} scenario${sim.samples === 1 ? '' : 's'}`;
  return PROBABILITY_IDS.map((id) => {
    const probability = sim.probabilities[id];
    return { id, probability, text: `In ${share(probability)} of ${of}, ${tail[id]}.` };
  });
}

/** A share as a whole percentage that never rounds a rare event to 0% or a near-certain one to 100%. */
function share(p: number): string {
  if (p > 0 && p < 0.005) return 'less than 1%';
  if (p < 1 && p >= 0.995) return 'more than 99%';
  return formatPercent(p, 0);
}

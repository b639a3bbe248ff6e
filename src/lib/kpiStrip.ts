import type { KpiId } from '../../models/index.ts';
import type { KpiCard } from './kpiCards.ts';

/**
 * The headline figures a phone keeps in view while its assumptions are open (issue #8: the cards sat ~4,800 px
 * below the slider being moved), each with a name short enough for a third of a 320 px screen.
 */
export const STRIP_FIGURES: readonly {
  readonly id: KpiId;
  readonly label: string;
  /** Where two lines of a third of the screen do not hold the label (below 360 px). */
  readonly short: string;
}[] = [
  { id: 'msftTotalValueNpv', label: 'Value to Microsoft', short: 'Value to Microsoft' },
  {
    id: 'revenueSharePaidThrough2030',
    label: 'Revenue share to Microsoft, 2025–30',
    short: 'Revenue share to MSFT, 2025–30',
  },
  { id: 'openaiBreakEvenYear', label: 'OpenAI cash-flow positive', short: 'OpenAI cash-flow positive' },
];

export interface StripFigure {
  readonly id: KpiId;
  readonly label: string;
  readonly short: string;
  /** As on its card: formatted, "not applicable" or "none" where the card says so. */
  readonly value: string;
  /** The card's change against the preset ("+$1.0B"), or '' while the scenario is the preset's. */
  readonly change: string;
}

/** The strip's figures, taken from the headline cards so both always say the same. */
export function kpiStrip(cards: readonly KpiCard[], differs: boolean): StripFigure[] {
  return STRIP_FIGURES.map(({ id, label, short }) => {
    const card = cards.find((c) => c.id === id);
    if (!card) throw new Error(`no headline card "${id}"`);
    return { id, label, short, value: card.value, change: differs ? card.change : '' };
  });
}

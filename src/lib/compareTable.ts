import type { Pin, Projection, ScenarioValues } from '../../models/index.ts';
import { kpiCards, NOT_APPLICABLE } from './kpiCards.ts';
import { formatKpiChange } from './kpiFormat.ts';

export interface CompareColumn {
  readonly label: string;
  readonly projection: Projection;
  readonly values: ScenarioValues;
}

export interface CompareRow {
  readonly id: string;
  readonly label: string;
  readonly basis: string;
  /** The figure in the current scenario, then in each pin. */
  readonly figures: readonly string[];
  /**
   * Each pin's figure less the current scenario's, in the figure's unit ("same" when equal); "not comparable" when
   * the two figures are on different bases (a market mark at another round's date) or either does not apply.
   */
  readonly differences: readonly string[];
  /** Each pin's basis where it differs from the current scenario's (else null), shown in the pin's cell. */
  readonly pinBases: readonly (string | null)[];
}

/**
 * The headline figures side by side: the current scenario, then each pinned one, with each pin's difference from
 * the current scenario. Figures are formatted as the cards format them (so "not applicable" reads the same) and each
 * row states its basis, which is the same in every column.
 */
export function compareTable(current: CompareColumn, pins: readonly CompareColumn[]): CompareRow[] {
  const own = kpiCards(current.projection, current.projection, current.values);
  const theirs = pins.map((pin) => kpiCards(pin.projection, pin.projection, pin.values));
  return own.map((card, row) => {
    const others = theirs.map((cards) => cards[row]!);
    return {
      id: card.id,
      label: card.label,
      basis: card.basis,
      figures: [card.value, ...others.map((other) => other.value)],
      // Figures on different bases are never subtracted: a mark at Oct 2025's round against one at Mar 2026's
      // measures the rounds, not the scenarios.
      differences: pins.map((pin, i) =>
        others[i]!.basis !== card.basis ||
        card.value === NOT_APPLICABLE ||
        others[i]!.value === NOT_APPLICABLE
          ? NOT_COMPARABLE
          : formatKpiChange(card.id, pin.projection.kpis[card.id], current.projection.kpis[card.id]),
      ),
      pinBases: others.map((other) => (other.basis !== card.basis ? other.basis : null)),
    };
  });
}

export const NOT_COMPARABLE = 'not comparable';

/** A pin as a compare column. */
export function pinColumn(
  pin: Pin,
  label: string,
  project: (v: ScenarioValues) => Projection,
): CompareColumn {
  return { label, projection: project(pin.values), values: pin.values };
}

import type { Pin, Projection, ScenarioValues } from '../../models/index.ts';
import { kpiCards } from './kpiCards.ts';
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
  /** Each pin's figure less the current scenario's, in the figure's unit ("same" when equal). */
  readonly differences: readonly string[];
}

/**
 * The headline figures side by side: the current scenario, then each pinned one, with each pin's difference from
 * the current scenario. Figures are formatted as the cards format them (so "not applicable" reads the same) and each
 * row states its basis, which is the same in every column.
 */
export function compareTable(current: CompareColumn, pins: readonly CompareColumn[]): CompareRow[] {
  const own = kpiCards(current.projection, current.projection, current.values);
  const theirs = pins.map((pin) => kpiCards(pin.projection, pin.projection, pin.values));
  return own.map((card, row) => ({
    id: card.id,
    label: card.label,
    basis: card.basis,
    figures: [card.value, ...theirs.map((cards) => cards[row]!.value)],
    differences: pins.map((pin) =>
      formatKpiChange(card.id, pin.projection.kpis[card.id], current.projection.kpis[card.id]),
    ),
  }));
}

/** A pin as a compare column. */
export function pinColumn(
  pin: Pin,
  label: string,
  project: (v: ScenarioValues) => Projection,
): CompareColumn {
  return { label, projection: project(pin.values), values: pin.values };
}

import { KPI_META, type KpiId } from '../../models/index.ts';

/**
 * The figures a reader can pick for a tornado or a goal seek: every headline figure but the two that are inputs
 * echoed back (what Microsoft invested, the year of the last round), which no assumption but their own moves.
 */
export const FIGURE_CHOICES: readonly { readonly id: KpiId; readonly label: string }[] = (
  Object.keys(KPI_META) as KpiId[]
)
  .filter((id) => id !== 'msftInvested' && id !== 'msftStakeMarkYear')
  .map((id) => ({ id, label: KPI_META[id].label }));

/** The headline: what the page's first card shows. */
export const HEADLINE: KpiId = 'msftTotalValueNpv';

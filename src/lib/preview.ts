import { project, type Preset, type Projection, type ScenarioValues } from '../../models/index.ts';
import { kpiCards, type KpiCard } from './kpiCards.ts';

/** Where a preset's preview page is, relative to the app: a static page whose tags carry its figures. */
export function previewPath(preset: string): string {
  return `p/${preset}/`;
}

/** The figures a link preview states, each as its headline card says it, with its basis. */
export const PREVIEW_FIGURES = [
  { id: 'msftTotalValueNpv', label: 'Value to Microsoft', basis: 'present value, after tax' },
  { id: 'revenueSharePaidThrough2030', label: 'Revenue share to Microsoft, 2025–30', basis: 'nominal' },
  { id: 'openaiBreakEvenYear', label: 'OpenAI cash-flow positive', basis: 'operating cash flow' },
] as const;

export interface PreviewFigure {
  readonly label: string;
  readonly value: string;
  readonly basis: string;
}

export interface PreviewText {
  /** The page's <title> and og:title. */
  readonly title: string;
  /** The meta description and og:description: the headline figures with their bases. */
  readonly description: string;
  readonly figures: readonly PreviewFigure[];
}

export const SITE_NAME = 'Deal Explorer';

/**
 * What a link to a scenario says before it is opened (a chat's preview, a bookmark, a history entry): the preset's
 * name, and the headline figures as the page's cards show them, with their bases. `changed` marks a scenario that
 * is no longer the preset as published.
 */
export function previewText(
  preset: Pick<Preset, 'name'>,
  p: Projection,
  values: ScenarioValues,
  changed = false,
  base: Projection = p,
): PreviewText {
  return previewTextOf(preset, kpiCards(p, base, values), changed);
}

/** {@link previewText} from the headline cards already built (the page has them: no second pass per change). */
export function previewTextOf(
  preset: Pick<Preset, 'name'>,
  cards: readonly KpiCard[],
  changed = false,
): PreviewText {
  const figures = PREVIEW_FIGURES.map(({ id, label, basis }) => {
    const card = cards.find((c): c is KpiCard => c.id === id)!;
    return { label, value: card.value, basis };
  });
  const [value, share, breakEven] = figures as unknown as [PreviewFigure, PreviewFigure, PreviewFigure];
  const name = changed ? `${preset.name} (changed)` : preset.name;
  // "What if …?" ends its own sentence.
  const [sep, stop] = /[?!]$/.test(name) ? [' ', ' '] : [': ', '. '];
  return {
    title: `${name}${sep}Microsoft gets ${value.value} · ${SITE_NAME}`,
    description:
      `${name}${stop}${value.label}: ${value.value} (${value.basis}). ${share.label}: ${share.value} ` +
      `(${share.basis}). ${breakEven.label}: ${breakEven.value}. ${SITE_NAME}, a sourced model of the ` +
      `Microsoft–OpenAI partnership: move any assumption.`,
    figures,
  };
}

/** A preset's preview text as published (what its preview page carries). */
export function presetPreviewText(preset: Preset, values: ScenarioValues): PreviewText {
  return previewText(preset, project(values), values);
}

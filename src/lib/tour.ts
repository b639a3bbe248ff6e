/**
 * The guided first visit: four steps pointing at the preset picker, a slider, a headline figure and Share. Shown
 * once, on a plain visit (no settings in the link), and remembered in localStorage once finished or dismissed.
 *
 * A link with settings or a preset is someone showing the reader a scenario: the tour would stand between them and
 * it, so it is not shown there (the "Take the tour" button still starts it). Where storage is unavailable (private
 * modes, blocked storage) the page could not remember a dismissal and would show the tour on every visit, so it
 * does not start by itself; saved data that cannot be read counts as "not seen" and is overwritten.
 */
export const TOUR_KEY = 'deal-explorer.tour';
const SEEN = JSON.stringify({ version: 1, seen: true });

export interface TourStep {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Where the step points, the first match that is visible; the later selectors are fallbacks (a folded panel). */
  readonly targets: readonly string[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'picker',
    title: 'Choose a version of the deal',
    text: 'Pick the terms as they stood in 2019, in Oct 2025 or since the Apr 2026 amendment, or a what-if. The timeline further down says what changed between them.',
    targets: ['#preset-select'],
  },
  {
    id: 'slider',
    title: 'Move an assumption',
    text: 'Every figure and chart follows your finger (on a phone, “Show assumptions” opens them). An orange mark shows what you changed; ↺ puts it back. “Source” under each slider says where its value comes from.',
    targets: ['#param-shareCap', '.panel-toggle'],
  },
  {
    id: 'figure',
    title: 'Read a headline figure',
    text: 'Under each figure is its basis (present value or nominal, model or market price). “How this is computed” shows the formula with today’s numbers, so you can redo it by hand.',
    targets: ['[data-kpi="msftTotalValueNpv"]'],
  },
  {
    id: 'share',
    title: 'Share what you see',
    text: 'The link holds your whole scenario: whoever opens it sees exactly these numbers.',
    targets: ['[aria-controls="share-panel"]'],
  },
];

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** Whether the tour starts by itself for a page opened at `search` + `hash`. */
export function shouldStartTour(search: string, hash: string, storage: () => Storage | null): boolean {
  // Any setting, preset or anchor in the link: the reader came to see something in particular.
  if (search.replace(/^\?/, '') !== '' || hash.replace(/^#/, '') !== '') return false;
  let saved: string | null;
  try {
    const s = storage();
    if (!s) return false;
    saved = s.getItem(TOUR_KEY);
  } catch {
    return false;
  }
  if (saved === null) return true;
  try {
    const parsed = JSON.parse(saved) as unknown;
    return !(typeof parsed === 'object' && parsed !== null && (parsed as { seen?: unknown }).seen === true);
  } catch {
    return true; // unreadable: as if never seen
  }
}

/** Remembers that the tour was seen; says nothing when storage refuses (the tour simply may show again). */
export function rememberTourSeen(storage: () => Storage | null): void {
  try {
    storage()?.setItem(TOUR_KEY, SEEN);
  } catch {
    // Storage full or blocked: nothing to do.
  }
}

/** localStorage, or null where reading it throws (blocked storage, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the tour's card goes so it never covers what it points at: below the target when it fits, else above,
 * else (a target taller than the screen) at whichever edge of the viewport leaves more of it in view.
 */
export function placeCard(
  target: { top: number; bottom: number; left: number; width: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 10,
): { top: number; left: number; side: 'below' | 'above' | 'edge' } {
  const margin = 8;
  const left = Math.max(
    margin,
    Math.min(target.left + target.width / 2 - card.width / 2, viewport.width - card.width - margin),
  );
  if (target.bottom + gap + card.height <= viewport.height - margin)
    return { top: target.bottom + gap, left, side: 'below' };
  if (target.top - gap - card.height >= margin)
    return { top: target.top - gap - card.height, left, side: 'above' };
  const roomBelow = viewport.height - target.bottom;
  const roomAbove = target.top;
  return {
    top: roomBelow >= roomAbove ? viewport.height - card.height - margin : margin,
    left,
    side: 'edge',
  };
}

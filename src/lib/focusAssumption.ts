import type { ParamId } from '../../models/index.ts';

/**
 * Taking a reader from a figure to the assumption behind it: `focusAssumption(id)` asks the assumptions panel to
 * open (it is folded on a phone, and a search may hide the row), then brings the assumption's own control into
 * view and focuses it. Shared by "How this is computed", the glossary and anything else that names an assumption.
 */
export const FOCUS_ASSUMPTION_EVENT = 'deal-explorer:focus-assumption';

export function focusAssumption(id: ParamId): void {
  dispatchEvent(new CustomEvent<ParamId>(FOCUS_ASSUMPTION_EVENT, { detail: id }));
}

/**
 * Focuses the control of assumption `id` in its own group (not the copy under "Key assumptions"): the slider, the
 * chosen option or the switch. Opens the group if folded. Returns false when no such control is on the page.
 */
export function focusControl(id: ParamId, root: ParentNode = document): boolean {
  const row = root.querySelector<HTMLElement>(`[data-param="${CSS.escape(id)}"]`);
  if (!row) return false;
  const group = row.closest('details');
  if (group && !group.open) group.open = true;
  const control =
    row.querySelector<HTMLInputElement>('input[type="range"]') ??
    row.querySelector<HTMLInputElement>('input:checked') ??
    row.querySelector<HTMLInputElement>('input');
  if (!control) return false;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  row.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  control.focus({ preventScroll: true });
  // A short highlight, so the eye finds the row the page scrolled to.
  row.classList.remove('focused-by-link');
  void row.offsetWidth;
  row.classList.add('focused-by-link');
  return true;
}

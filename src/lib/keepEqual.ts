/**
 * Lists the page rebuilds on every slider step (the headline cards, the strip's figures), kept as the same objects
 * where nothing in them changed. A keyed `{#each}` passes a new object to its item even when every field is equal,
 * and then each of the item's texts, attributes and glossary links runs again: rebuilt cards made some 150 of the
 * page's 210 effect and derived runs on a step, though a step changes only a few cards (issue #9).
 */

/** Whether two items hold the same own fields with the same values (compared with `Object.is`). */
function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && Object.is(a[k as keyof T], b[k as keyof T]));
}

/**
 * `next`, with each item equal to the one at the same place in `last` swapped back for that one; `last` itself
 * when every item is equal (so whatever reads the list does not run again either).
 */
export function keepEqual<T extends object>(last: readonly T[] | undefined, next: T[]): T[] {
  if (!last) return next;
  let same = last.length === next.length;
  const kept = next.map((item, i) => {
    const before = last[i];
    if (before !== undefined && sameFields(before, item)) return before;
    same = false;
    return item;
  });
  return same ? (last as T[]) : kept;
}

/** A function that applies keepEqual against the list it returned last time (for one `$derived`). */
export function keepingEqual<T extends object>(): (next: T[]) => T[] {
  let last: T[] | undefined;
  return (next) => (last = keepEqual(last, next));
}

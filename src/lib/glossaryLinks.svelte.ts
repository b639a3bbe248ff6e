/**
 * The glossary's term links in the page's text, loaded after the first chart (issue #9): until then a text shows
 * plain, and it gains its links when the glossary arrives. The terms they point to are in the Learn section, which
 * loads then too.
 */
import type * as Glossary from '../../models/learn/glossary.ts';
import { afterFirstChart } from './deferredLoading.ts';

let loaded = $state.raw<typeof Glossary>();
let scheduled = false;

/** A text's parts, each glossary term it names marked (none marked until the glossary has loaded). */
export function termParts(text: string): Glossary.TextPart[] {
  if (loaded) return loaded.linkTerms(text);
  if (!scheduled) {
    scheduled = true;
    afterFirstChart(() => void import('../../models/learn/glossary.ts').then((m) => (loaded = m)));
  }
  return [{ text }];
}

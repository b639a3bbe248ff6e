import type { ParamId } from '../schema/scenario.ts';
import type { SourceId } from '../sources.ts';

/**
 * The deal's vocabulary, in plain words for a student. The page lists every term under "Glossary" (anchor
 * `#term-<id>`) and links each term where it appears in card bases, chart subtitles and assumption descriptions,
 * found by `linkTerms` from the `phrases` below: links are generated from this data, never written into text.
 */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** Lower-case phrases that stand for the term in the page's text; the longest match wins. */
  readonly phrases: readonly string[];
  /** Assumptions a reader can move to see the term at work (each link focuses its slider). */
  readonly assumptions: readonly ParamId[];
  /** Where the deal's version of the term is reported; empty for a general finance term. */
  readonly sources: readonly SourceId[];
}

export const GLOSSARY = [
  {
    id: 'revenue-share',
    term: 'Revenue share',
    definition:
      'A fixed percentage of one company’s sales paid to another. OpenAI pays Microsoft 20% of its revenue (not of its profit, so it is owed even in a loss-making year); until Apr 2026 Microsoft also paid OpenAI about 20% of what it earned selling OpenAI’s models on Azure.',
    phrases: ['revenue share', 'revenue-share'],
    assumptions: ['shareStart', 'shareLastYear', 'azureShareRate'],
    sources: ['openai-2026-04-amendment', 'the-verge-2025-06-revenue-share'],
  },
  {
    id: 'total-cap',
    term: 'Total cap',
    definition:
      'A ceiling on the sum of all revenue-share payments. Since the Apr 2026 amendment OpenAI pays 20% of its revenue until the payments add up to the cap (reported as $38B; this page counts payments from 2025), then nothing more: once the cap binds, a faster-growing OpenAI pays the same total, only sooner.',
    phrases: ['total cap', 'the cap'],
    assumptions: ['shareCapOn', 'shareCap'],
    sources: ['openai-2026-04-amendment', 'the-information-2026-05-cap'],
  },
  {
    id: 'agi-clause',
    term: 'AGI clause and the expert panel',
    definition:
      'Under the Oct 2025 terms the revenue share stopped once OpenAI’s artificial general intelligence (AGI) was declared and verified by an independent panel of experts, so neither side could declare it alone. The Apr 2026 amendment made the revenue share independent of AGI.',
    phrases: ['agi clause', 'expert panel', 'agi'],
    assumptions: ['agiClause', 'agiYear'],
    sources: ['openai-2025-10-recap', 'openai-2026-04-amendment'],
  },
  {
    id: 'rofr',
    term: 'Right of first refusal',
    definition:
      'The right to match any deal offered by another party before it is accepted. From Jan 2025 Azure was no longer OpenAI’s only cloud, but Microsoft could claim any new compute OpenAI wanted before another provider got it; the Oct 2025 terms ended that right.',
    phrases: ['right of first refusal', 'first refusal', 'first call'],
    assumptions: ['rofrEndYear'],
    sources: ['microsoft-2025-01-rofr', 'openai-2025-10-recap'],
  },
  {
    id: 'take-or-pay',
    term: 'Take-or-pay',
    definition:
      'A contract under which the buyer pays for the capacity it reserved whether or not it uses it. OpenAI’s compute contracts (Azure’s $250B, Oracle’s $300B, CoreWeave, AWS) are modelled this way: capacity beyond what OpenAI needs is still paid for and counted as idle.',
    phrases: ['take-or-pay', 'take or pay'],
    assumptions: ['azureCommit', 'oracleValue', 'idleRecovery'],
    sources: ['openai-2025-10-recap', 'wsj-2025-09-oracle'],
  },
  {
    id: 'diluted-stake',
    term: 'As-converted diluted stake',
    definition:
      'The share of a company someone owns once preferred shares are counted as converted into ordinary shares, and options and the like as exercised. Measures differ in what they count (the S-1 relay’s “fully diluted” is another). Microsoft’s ~27% of OpenAI after the Oct 2025 recapitalization is measured this way.',
    phrases: ['as-converted diluted', 'diluted stake', 'fully diluted'],
    assumptions: ['msftStake', 'foundationStake'],
    sources: ['openai-2025-10-recap', 'microsoft-8k-2025-10'],
  },
  {
    id: 'dilution',
    term: 'Dilution',
    definition:
      'The shrinking of each holder’s percentage when a company sells new shares. When OpenAI raised $122B at $852B post-money in Mar 2026, new investors got 122 ÷ 852 ≈ 14.3% of the company, so every earlier holder kept 85.7% of what they had: in this model Microsoft’s 27% becomes about 23%. The May 2026 S-1 relay reports 26.79% fully diluted after the round, a conflict the reconciliation shows.',
    phrases: ['dilution', 'diluting', 'diluted'],
    assumptions: ['round2026Raised', 'valuation2026'],
    sources: ['openai-2026-03-round'],
  },
  {
    id: 'present-value',
    term: 'Present value and discount rate',
    definition:
      'What money paid in a later year is worth today. A dollar due in n years is worth 1 ÷ (1 + r)ⁿ dollars now, where r, the discount rate, is the yearly return the money could earn elsewhere at the same risk. At 9%, $1 due in 2030 is worth $0.65 in 2025. The page discounts to 2025.',
    phrases: ['present value', 'discount rate', 'discounted'],
    assumptions: ['discountRate', 'costOfEquity'],
    sources: [],
  },
  {
    id: 'cost-of-equity',
    term: 'Cost of equity',
    definition:
      'The yearly return shareholders demand for holding a company’s shares, used as the discount rate for its equity. Riskier companies have a higher one. The page uses 13% for OpenAI, chosen so the default outlook values it near its Mar 2026 round.',
    phrases: ['cost of equity'],
    assumptions: ['costOfEquity'],
    sources: [],
  },
  {
    id: 'terminal-value',
    term: 'Terminal value',
    definition:
      'The value, at the last year a model computes, of every later year’s cash flow, assuming it grows at a steady rate g forever: next year’s flow ÷ (r − g). It lets a valuation count the years after 2045 without listing them.',
    phrases: ['terminal value', 'after the horizon'],
    assumptions: ['revGrowthTerminal'],
    sources: [],
  },
  {
    id: 'ip-rights',
    term: 'IP rights through 2032',
    definition:
      'Microsoft’s licence to use and sell OpenAI’s models and products (intellectual property, IP). Reported to run through 2030 in Jan 2025, extended through 2032 in Oct 2025, and made non-exclusive in Apr 2026 (OpenAI may license them to others too). After the rights end Microsoft earns nothing from selling OpenAI’s models.',
    phrases: ['ip rights', 'rights to openai', 'rights last'],
    assumptions: ['ipRightsEndYear', 'azureOpenAIMargin'],
    sources: ['microsoft-2025-01-rofr', 'openai-2025-10-recap', 'openai-2026-04-amendment'],
  },
  {
    id: 'market-mark',
    term: 'Market mark',
    definition:
      'A value taken from a price someone actually paid, such as the post-money valuation of a funding round, rather than from a projection. It is a value at that date, so it is never added to present values.',
    phrases: ['market mark'],
    assumptions: ['valuation2026'],
    sources: ['openai-2026-03-round'],
  },
  {
    id: 'nominal',
    term: 'Nominal',
    definition:
      'Dollars as they are paid in each year, simply added up, without discounting. $10B paid in 2025 and $10B paid in 2030 make $20B nominal, but less than $20B in present value.',
    phrases: ['nominal'],
    assumptions: [],
    sources: [],
  },
] as const satisfies readonly GlossaryTerm[];

export type TermId = (typeof GLOSSARY)[number]['id'];

export const TERM_BY_ID: ReadonlyMap<TermId, GlossaryTerm> = new Map(GLOSSARY.map((t) => [t.id, t]));

/** A stretch of text, linked to a glossary term or plain. */
export type TextPart = { readonly text: string; readonly term?: TermId };

const PHRASES = GLOSSARY.flatMap((t) => t.phrases.map((phrase) => ({ phrase, id: t.id as TermId }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);
const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits `text` into plain parts and parts that name a glossary term, each term linked once (its first
 * appearance) and only at word boundaries, the longest phrase first. Joining the parts gives back `text`.
 */
export function linkTerms(text: string): TextPart[] {
  const lower = text.toLowerCase();
  const hits: { start: number; end: number; id: TermId }[] = [];
  const linked = new Set<TermId>();
  for (const { phrase, id } of PHRASES) {
    if (linked.has(id)) continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(phrase, from);
      if (start < 0) break;
      const end = start + phrase.length;
      const bounded = !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');
      const free = hits.every((h) => end <= h.start || start >= h.end);
      if (bounded && free) {
        hits.push({ start, end, id });
        linked.add(id);
        break;
      }
      from = start + 1;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start > at) parts.push({ text: text.slice(at, h.start) });
    parts.push({ text: text.slice(h.start, h.end), term: h.id });
    at = h.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

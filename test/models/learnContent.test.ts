import { describe, expect, it } from 'vitest';

import { findPreset, PARAM_BY_ID, type ParamId } from '../../models/index.ts';
import { GLOSSARY, linkTerms, TERM_BY_ID } from '../../models/learn/glossary.ts';
import { DEAL_CONTEXT, DEAL_HISTORY, IP_RIGHTS, TIMELINE } from '../../models/learn/timeline.ts';
import { SOURCE_BY_ID } from '../../models/sources.ts';

describe('glossary', () => {
  it('has the terms a student needs, each defined, with real assumptions and sources', () => {
    const ids = GLOSSARY.map((t) => t.id);
    for (const needed of [
      'revenue-share',
      'total-cap',
      'agi-clause',
      'rofr',
      'take-or-pay',
      'diluted-stake',
      'dilution',
      'present-value',
      'cost-of-equity',
      'terminal-value',
      'ip-rights',
    ])
      expect(ids).toContain(needed);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of GLOSSARY) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.definition.length, t.id).toBeGreaterThan(80);
      for (const a of t.assumptions) expect(PARAM_BY_ID.has(a as ParamId), `${t.id}: ${a}`).toBe(true);
      for (const s of t.sources) expect(SOURCE_BY_ID.has(s), `${t.id}: ${s}`).toBe(true);
      for (const phrase of t.phrases) expect(phrase).toBe(phrase.toLowerCase());
    }
  });

  it('links each term once, at its first appearance, the longest phrase first', () => {
    const text = 'The revenue share stops at the total cap; the revenue share is paid in nominal dollars.';
    const parts = linkTerms(text);
    expect(parts.map((q) => q.text).join('')).toBe(text);
    expect(parts.filter((q) => q.term)).toEqual([
      { text: 'revenue share', term: 'revenue-share' },
      { text: 'total cap', term: 'total-cap' },
      { text: 'nominal', term: 'nominal' },
    ]);
  });

  it('matches whole words only, in any case', () => {
    expect(linkTerms('An agile team').every((q) => !q.term)).toBe(true);
    expect(linkTerms('Present value in 2025 dollars')[0]).toEqual({
      text: 'Present value',
      term: 'present-value',
    });
    // "diluted stake" is one term, not "dilution" followed by text.
    expect(linkTerms('Microsoft’s diluted stake').find((q) => q.term)).toEqual({
      text: 'diluted stake',
      term: 'diluted-stake',
    });
  });

  it('leaves text with no term as one plain part (and empty text as none)', () => {
    expect(linkTerms('OpenAI revenue, 2030')).toEqual([{ text: 'OpenAI revenue, 2030' }]);
    expect(linkTerms('')).toEqual([]);
  });

  it('finds every term by id', () => {
    for (const t of GLOSSARY) expect(TERM_BY_ID.get(t.id)).toBe(t);
  });
});

describe('timeline', () => {
  it('runs in date order, 2019 to after Apr 2026, with unique ids', () => {
    const dates = DEAL_HISTORY.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('2019-07-22');
    expect(dates).toContain('2026-04-27');
    expect(dates.at(-1)! > '2026-04-27').toBe(true);
    const ids = TIMELINE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('opens a preset that exists, a deal version, for every entry that has one', () => {
    for (const e of DEAL_HISTORY) {
      if (e.presetId === null) {
        expect(e.presetNote, `${e.id} says why it has no preset`).toMatch(/^No preset/);
        continue;
      }
      expect(findPreset(e.presetId)?.kind, e.id).toBe('version');
    }
    expect(DEAL_HISTORY.filter((e) => e.kind === 'version').map((e) => e.presetId)).toEqual([
      'original-2019',
      null,
      null,
      'recap-2025',
      'amended-2026',
    ]);
  });

  it('says what changed for every entry after the first, and cites sources that exist', () => {
    DEAL_HISTORY.forEach((e, i) => {
      if (i > 0) expect(e.changed?.length, e.id).toBeGreaterThan(0);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(SOURCE_BY_ID.has(s), `${e.id}: ${s}`).toBe(true);
    });
  });

  it('keeps context apart: never a model input', () => {
    expect(DEAL_CONTEXT.length).toBeGreaterThanOrEqual(2);
    for (const e of DEAL_CONTEXT) {
      expect(e.presetId).toBeNull();
      expect(e.changed).toBeUndefined();
      for (const s of e.sources) expect(SOURCE_BY_ID.has(s)).toBe(true);
    }
    expect(DEAL_CONTEXT.map((e) => e.title).join(' ')).toMatch(/Copilot.*ChatGPT/);
    expect(DEAL_CONTEXT.map((e) => e.terms.join(' ')).join(' ')).toMatch(/Anthropic[\s\S]*chip/);
  });

  it('states the terms as the sources give them', () => {
    const entry = (id: string) => TIMELINE.find((e) => e.id === id)!.terms.join(' ');
    expect(entry('original-2019')).toMatch(/\$1B.*exclusive.*100×.*Jan 2023.*75%.*49%/s);
    expect(entry('investment-2023')).toMatch(/\$10B.*20% of its revenue.*20% of its Azure OpenAI/s);
    expect(entry('rofr-2025')).toMatch(/right of first refusal.*through 2030/s);
    expect(entry('recap-2025')).toMatch(/~27%.*\$135B.*26%.*47%.*\$250B.*expert panel.*2032/s);
    expect(entry('amended-2026')).toMatch(/total cap.*independent of AGI.*no longer pays.*non-exclusive/s);
    expect(entry('cap-2026-05')).toMatch(/\$38B.*\$97B.*\$135B/s);
  });

  it('follows Microsoft’s IP rights: through 2030, then 2032, then non-exclusive', () => {
    expect(IP_RIGHTS.map((r) => r.rights)).toEqual([
      'through 2030',
      'through 2032',
      'through 2032, non-exclusive',
    ]);
  });
});

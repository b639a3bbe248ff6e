import { describe, expect, it } from 'vitest';
import { REPORTED_ACTUALS } from '../../models/actuals.ts';
import { runCli } from '../../models/cli/run.ts';
import { PRESETS } from '../../models/presets.ts';
import { reconcile } from '../../models/reconcile.ts';
import { PARAMS } from '../../models/schema/scenario.ts';
import { SOURCES, SOURCE_BY_ID, citationText, formatSourceDate } from '../../models/sources.ts';

// Citations name the outlet and the date: never a file outside the repository, a seed text or an issue.
const UNFOLLOWABLE = /FACTS|seed 0|shared\/|Issue #/i;

/** Every citation in models/: where it is (for messages) and the ids it cites. */
const citations: { where: string; cites: readonly string[] }[] = [
  ...PARAMS.map((p) => ({ where: `param ${p.id}`, cites: p.source.cites })),
  ...PRESETS.map((p) => ({ where: `preset ${p.id}`, cites: p.sources })),
  ...Object.entries(REPORTED_ACTUALS.sources).map(([k, cites]) => ({
    where: `actuals ${k}`,
    cites: cites as readonly string[],
  })),
  ...reconcile().map((r) => ({ where: `reconciliation ${r.id}`, cites: r.cites })),
];

/** Every text a reader sees beside a citation. */
const texts: { where: string; text: string }[] = [
  ...PARAMS.map((p) => ({ where: `param ${p.id} quote`, text: p.source.quote })),
  ...PRESETS.map((p) => ({ where: `preset ${p.id} description`, text: p.description })),
  ...SOURCES.flatMap((s) => [
    { where: `source ${s.id}`, text: `${s.publisher} ${s.title}` },
    ...('via' in s ? [{ where: `source ${s.id} via`, text: s.via.publisher }] : []),
  ]),
];

function isValidDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  if (Number(mo) < 1 || Number(mo) > 12) return false;
  if (d === undefined) return true;
  const parsed = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function isHttpsUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(url);
  } catch {
    return false;
  }
}

describe('sources', () => {
  it('has unique, kebab-case ids', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(SOURCES.map((s) => [s.id, s] as const))(
    '%s has a publisher, a valid date, a title and https addresses',
    (_, s) => {
      expect(s.publisher.trim()).not.toBe('');
      expect(s.title.trim()).not.toBe('');
      expect(isValidDate(s.date), s.date).toBe(true);
      if ('url' in s) expect(isHttpsUrl(s.url), s.url).toBe(true);
      if ('via' in s) {
        expect(s.via.publisher.trim()).not.toBe('');
        if ('url' in s.via) expect(isHttpsUrl(s.via.url), s.via.url).toBe(true);
      }
    },
  );

  it('every cited id is in the list', () => {
    for (const c of citations) {
      for (const id of c.cites) expect(SOURCE_BY_ID.has(id as never), `${c.where} cites "${id}"`).toBe(true);
    }
  });

  it('every source in the list is cited at least once', () => {
    const cited = new Set(citations.flatMap((c) => c.cites));
    const uncited = SOURCES.map((s) => s.id).filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  it('every assumption that is not ours cites at least one source', () => {
    for (const p of PARAMS) {
      if (p.source.confidence !== 'Assumption') expect(p.source.cites.length, p.id).toBeGreaterThan(0);
    }
  });

  it('every preset cites at least one source', () => {
    for (const p of PRESETS) expect(p.sources.length, p.id).toBeGreaterThan(0);
  });

  it('no citation, quote or description points at files outside the repository, seed texts or issues', () => {
    for (const t of texts) expect(t.text, t.where).not.toMatch(UNFOLLOWABLE);
    for (const c of citations) for (const id of c.cites) expect(id, c.where).not.toMatch(UNFOLLOWABLE);
  });
});

describe('citation text', () => {
  it('formats dates as people read them', () => {
    expect(formatSourceDate('2025-10-28')).toBe('Oct 28, 2025');
    expect(formatSourceDate('2026-05')).toBe('May 2026');
    expect(formatSourceDate('2025')).toBe('2025');
  });

  it('reads "Publisher, date: Title"', () => {
    const s = SOURCE_BY_ID.get('openai-2025-10-recap')!;
    expect(citationText(s)).toBe(
      'OpenAI, Oct 28, 2025: The next chapter of the Microsoft–OpenAI partnership',
    );
  });
});

describe('--list-params', () => {
  it('prints each assumption’s sources resolved to publisher, date, title and address', () => {
    const result = runCli(['--list-params']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as {
      id: string;
      source: { cites: { id: string; publisher: string; date: string; title: string; url?: string }[] };
    }[];
    const shareEnd = list.find((p) => p.id === 'shareEnd')!;
    const recap = SOURCE_BY_ID.get('webpronews-2025-10-memo')!;
    expect(shareEnd.source.cites).toContainEqual({
      id: recap.id,
      publisher: recap.publisher,
      date: recap.date,
      title: recap.title,
      url: recap.url,
    });
    for (const p of list) {
      for (const c of p.source.cites)
        expect(c.publisher && c.date && c.title, `${p.id} ${c.id}`).toBeTruthy();
    }
  });
});

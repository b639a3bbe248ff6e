// Sources a reader can follow: the "Source" note under a slider names each cited publication by outlet, date
// and title (linked where it has an address), and the page lists every source with an anchor to link to.
import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID } from '../../models/index.ts';
import { SOURCES, SOURCE_BY_ID, formatSourceDate } from '../../models/sources.ts';
import { openApp, text, useApp } from './page-helpers.ts';

describe('sources', () => {
  const app = useApp();

  it('a Source note lists each cited publication as "Publisher, date: Title", linked, with its confidence and quote', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const meta = PARAM_BY_ID.get('shareEnd')!;
    const note = page.locator('[data-param="shareEnd"] details.source');
    await note.locator('summary').click();
    const items = note.locator('.citation');
    // The list of publications loads after the first chart, or when a note is opened: wait for it.
    await items.first().waitFor();
    expect(await items.count()).toBe(meta.source.cites.length);
    for (const [i, id] of meta.source.cites.entries()) {
      const s = SOURCE_BY_ID.get(id)!;
      const item = items.nth(i);
      expect(await text(item)).toContain(`${s.publisher}, ${formatSourceDate(s.date)}: ${s.title}`);
      if (s.url) {
        const link = item.locator('a').first();
        expect(await link.getAttribute('href')).toBe(s.url);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener');
      }
    }
    expect(await text(note.locator('blockquote'))).toBe(`“${meta.source.quote}”`);
    expect(await text(note.locator('.confidence'))).toBe(`confidence: ${meta.source.confidence}`);
    expect(await note.locator('a[href="#sources"]').count()).toBe(1);
  });

  it('an assumption of ours says so and may cite nothing', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const note = page.locator('[data-param="agiYear"] details.source');
    await note.locator('summary').click();
    expect(await text(note.locator('.confidence'))).toBe('our assumption');
  });

  it('the page lists every source once, each with an anchor and its address', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const entries = page.locator('#sources [data-testid="source-entry"]');
    expect(await entries.count()).toBe(SOURCES.length);
    for (const s of SOURCES) {
      const entry = page.locator(`#source-${s.id}`);
      expect(await entry.count(), s.id).toBe(1);
      const t = await text(entry);
      expect(t).toContain(`${s.publisher}, ${formatSourceDate(s.date)}:`);
      expect(t).toContain(s.title);
      expect(t).toContain(`confidence: ${s.confidence}`);
      if ('url' in s) expect(await entry.locator(`a[href="${s.url}"]`).count(), s.id).toBe(1);
    }
  });
});

// Both sides' ledgers and the transfers between them, and the reconciliation with reported figures: the total is
// the sum of the parts shown, a payment moves both sides by the same present value, the reconciliation opens
// and lists every row, and nothing in these views trips axe or scrolls a 320 px page sideways.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  findPreset,
  formatUsd,
  MSFT_LEDGER_META,
  OPENAI_LEDGER_META,
  presetValues,
  project,
  reconcile,
  type Projection,
} from '../../models/index.ts';
import { formatViolations } from './browser.ts';
import { nextFrames, openApp, poll, text, urlParams, useApp } from './page-helpers.ts';

const DESKTOP = { width: 1440, height: 900 };
const B = 1e9;

/** "$172.0B", "−$31.6B", "$1.25T", "$750M" → dollars. */
function parseUsd(s: string): number {
  // A part that does not apply reads as such, never as $0.0B; it adds nothing.
  if (s.trim() === 'not applicable' || s.trim() === 'none under these terms') return 0;
  const m = /^([−-])?\$([\d,]+(?:\.\d+)?)([MBT])$/.exec(s.trim());
  if (!m) throw new Error(`not a dollar figure: "${s}"`);
  const scale = { M: 1e6, B: 1e9, T: 1e12 }[m[3] as 'M' | 'B' | 'T'];
  return (m[1] ? -1 : 1) * Number(m[2]!.replaceAll(',', '')) * scale;
}

/** Each part's figure as shown, by part id. */
async function ledgerTexts(page: Page, side: 'microsoft' | 'openai'): Promise<Record<string, string>> {
  return page.$$eval(`[data-testid="ledger-${side}"] tbody tr`, (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute('data-part') ?? '',
        r.querySelector('[data-testid="ledger-value"]')?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

async function transferPv(page: Page, id: string): Promise<string> {
  return text(page.locator(`[data-transfer="${id}"] [data-testid="transfer-pv"]`));
}

/** axe on the views of this file only (the whole page is a11y.test.ts's). */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(
      { include: [['#ledger'], ['#reconciliation']] },
      { resultTypes: ['violations'] },
    ),
  );
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(formatViolations(serious), `serious or critical axe violations on ${where}`).toBe('');
}

async function openReconciliation(page: Page): Promise<void> {
  const details = page.locator('details#reconciliation');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await poll(() => details.getAttribute('open')).not.toBeNull();
}

describe('ledgers, transfers and reconciliation', () => {
  const app = useApp({ viewport: DESKTOP });

  it('a link to the ledger opens at the ledger, once its part of the page has loaded', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '#ledger');
    // At the top of the window, give or take a pixel of rounding.
    await poll(() => page.$eval('#ledger', (el) => Math.abs(el.getBoundingClientRect().top) < 2)).toBe(true);
  });

  it('shows every part of both ledgers with its basis, and Microsoft’s total is the sum of its parts', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const p: Projection = project(presetValues('amended-2026'));

    const msft = await ledgerTexts(page, 'microsoft');
    expect(Object.keys(msft)).toEqual(Object.keys(MSFT_LEDGER_META));
    for (const [part, shown] of Object.entries(msft))
      expect(shown, part).toBe(
        p.ledger.microsoft[part as keyof typeof p.ledger.microsoft] === 0
          ? 'not applicable'
          : formatUsd(p.ledger.microsoft[part as keyof typeof p.ledger.microsoft]),
      );
    const openai = await ledgerTexts(page, 'openai');
    expect(Object.keys(openai)).toEqual(Object.keys(OPENAI_LEDGER_META));
    for (const [part, shown] of Object.entries(openai))
      expect(shown, part).toBe(
        p.ledger.openai[part as keyof typeof p.ledger.openai] === 0
          ? 'none under these terms'
          : formatUsd(p.ledger.openai[part as keyof typeof p.ledger.openai]),
      );

    // Each part states its basis.
    for (const [part, meta] of Object.entries(MSFT_LEDGER_META))
      expect(await text(page.locator(`[data-testid="ledger-microsoft"] [data-part="${part}"] th`))).toContain(
        meta.basis,
      );
    for (const [part, meta] of Object.entries(OPENAI_LEDGER_META))
      expect(await text(page.locator(`[data-testid="ledger-openai"] [data-part="${part}"] th`))).toContain(
        meta.basis,
      );

    // The total is the model's sum, and the sum of the parts as shown, up to each part's rounding ($0.05B).
    const total = await text(page.locator('[data-testid="ledger-total"]'));
    expect(total).toBe(formatUsd(p.kpis.msftTotalValueNpv));
    expect(Object.values(msft)).not.toContain('$0.0B');
    expect(msft.profitShare2019).toBe('not applicable');
    // The Azure OpenAI share ended in Apr 2026: the transfer says so rather than $0.0B.
    expect(await text(page.locator('[data-transfer="azureOpenAIShare"] [data-testid="transfer-pv"]'))).toBe(
      'none',
    );
    const parts = Object.values(msft).map(parseUsd);
    const sum = parts.reduce((a, b) => a + b, 0);
    expect(Math.abs(parseUsd(total) - sum)).toBeLessThanOrEqual(0.05 * B * (parts.length + 1));

    // OpenAI's parts are never added: no total row.
    expect(await page.locator('[data-testid="ledger-openai"] tfoot').count()).toBe(0);
  });

  it('“Who pays whom” lists each transfer once, payer → receiver, nominal and present value', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const p = project(presetValues('amended-2026'));
    const rows = page.locator('[data-testid="transfers"] tbody tr');
    expect(await rows.count()).toBe(p.transfers.length);
    const side = { microsoft: 'Microsoft', openai: 'OpenAI' };
    for (const t of p.transfers) {
      const row = page.locator(`[data-transfer="${t.id}"]`);
      expect(await text(row.locator('th'))).toContain(`${side[t.from]} → ${side[t.to]}`);
      // A payment these terms do not have says "none", never $0.0B.
      const none = t.presentValue === 0;
      expect(await text(row.locator('[data-testid="transfer-nominal"]'))).toContain(
        none ? 'none' : formatUsd(t.nominalShown),
      );
      expect(await transferPv(page, t.id)).toContain(none ? 'none' : formatUsd(t.presentValue));
    }
    const caption = await text(page.locator('[data-testid="transfers"] thead'));
    expect(caption).toContain('nominal');
    expect(caption).toContain('Present value in 2025');
    expect(caption).toContain('pre-tax');
  });

  it('moving “Total cap” moves both sides’ revenue share by the transfer’s pre-tax present value', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const before = {
      msft: parseUsd((await ledgerTexts(page, 'microsoft')).revenueShare!),
      openai: parseUsd((await ledgerTexts(page, 'openai')).revenueSharePaid!),
      pv: parseUsd(await transferPv(page, 'revenueShare')),
    };
    const field = page.getByRole('spinbutton', { name: /^Total cap in/ });
    await field.fill('60');
    const expected = project({ ...presetValues('amended-2026'), shareCap: 60 * B });
    await poll(() => transferPv(page, 'revenueShare')).toBe(
      formatUsd(expected.transfers.find((t) => t.id === 'revenueShare')!.presentValue),
    );
    const after = {
      msft: parseUsd((await ledgerTexts(page, 'microsoft')).revenueShare!),
      openai: parseUsd((await ledgerTexts(page, 'openai')).revenueSharePaid!),
      pv: parseUsd(await transferPv(page, 'revenueShare')),
    };
    const moved = after.pv - before.pv;
    expect(moved).toBeGreaterThan(1 * B);
    // Rounding: each figure is shown to $0.1B.
    const slack = 0.11 * B;
    // OpenAI pays exactly what moves, before tax.
    expect(Math.abs(after.openai - before.openai + moved)).toBeLessThanOrEqual(slack);
    // Microsoft receives the same dollars, after its tax.
    const { taxRate } = presetValues('amended-2026');
    expect(Math.abs(after.msft - before.msft - moved * (1 - taxRate))).toBeLessThanOrEqual(slack);
    expect((await ledgerTexts(page, 'microsoft')).revenueShare).toBe(
      formatUsd(expected.ledger.microsoft.revenueShare),
    );
    expect(await text(page.locator('[data-testid="ledger-total"]'))).toBe(
      formatUsd(expected.kpis.msftTotalValueNpv),
    );
  });

  it('the reconciliation is folded at first, then lists every row with its preset, gap, marker and sources', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    const rows = reconcile();
    const details = page.locator('details#reconciliation');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await text(details.locator('summary'))).toContain('How the model compares with reported figures');
    expect(await page.locator('#reconciliation tbody tr').first().isVisible()).toBe(false);

    await openReconciliation(page);
    const shown = page.locator('#reconciliation tbody tr');
    expect(await shown.count()).toBe(rows.length);
    await poll(() => shown.first().isVisible()).toBe(true);
    for (const row of rows) {
      const tr = page.locator(`#reconciliation tr[data-row="${row.id}"]`);
      const figure = await text(tr.locator('th'));
      expect(figure, row.id).toContain(row.figure);
      // What a match shows: an input echoed, a calibration or a derived figure.
      expect(figure, row.id).toMatch(/Input \(echoed\)|Calibrated|Derived/);
      expect(await text(tr.locator('td[data-label="Preset"]')), row.id).toContain(
        findPreset(row.preset)!.name,
      );
      expect(await text(tr.locator('td[data-label="Reported"]')), row.id).toContain(row.reportedText);
      // A marker in words, not colour alone.
      expect(await text(tr.locator('td[data-label="Gap"]')), row.id).toMatch(
        row.matched ? /Matched\s+(exact|within ±)/ : /Not matched\s+by design/,
      );
      // Every cited source links to its entry in the list of sources.
      for (const id of row.cites) {
        const link = tr.locator(`a[href="#source-${id}"]`);
        expect(await link.count(), `${row.id} cites ${id}`).toBe(1);
        expect(await page.locator(`[id="source-${id}"]`).count(), `#source-${id}`).toBe(1);
      }
    }
    expect(rows.some((r) => !r.matched)).toBe(true);
  });

  it('a preset button in the reconciliation opens that preset', async () => {
    const { page } = app;
    await openApp(page, app.server.url);
    await openReconciliation(page);
    const row = reconcile().find((r) => r.preset === 'recap-2025')!;
    await page.locator(`#reconciliation tr[data-row="${row.id}"] td[data-label="Preset"] button`).click();
    await poll(() => urlParams(page).then((q) => q.preset)).toBe('recap-2025');
    expect(await page.inputValue('#preset-select')).toBe('recap-2025');
  });

  it('axe: the ledgers and the open reconciliation, at desktop width and on a 320 px phone, light and dark', async () => {
    const { page } = app;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const size of [DESKTOP, { width: 320, height: 700 }]) {
          await page.setViewportSize(size);
          await openApp(page, app.server.url);
          await openReconciliation(page);
          await page.locator('#reconciliation').scrollIntoViewIfNeeded();
          await nextFrames(page);
          await expectNoSeriousViolations(
            page,
            `the ledgers and reconciliation at ${size.width} px, ${scheme}`,
          );
          // Readable without sideways scrolling.
          const { scrollWidth, clientWidth } = await page.evaluate(() => {
            const { scrollWidth, clientWidth } = document.documentElement;
            return { scrollWidth, clientWidth };
          });
          expect(scrollWidth, `${size.width} px`).toBeLessThanOrEqual(clientWidth);
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(DESKTOP);
    }
  });
});

// Exports (issue #12): the page's CSV and JSON are byte for byte what the command line prints for the same
// scenario; a chart's PNG is drawn at 2x from its configuration; a scenario file opens with every good value and
// each problem listed by field; the brief prints on one page with the scenario's figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../models/cli/run.ts';
import { decodeScenario, formatUsd, project, projectionJsonText } from '../../models/index.ts';
import { formatViolations, runAxe } from './browser.ts';
import { kpiText, openApp, poll, text, urlParams, useApp } from './page-helpers.ts';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function openExport(page: Page): Promise<void> {
  if ((await page.locator('#export-panel').count()) === 0)
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.locator('#export-panel').waitFor();
}

/** Width and height of a PNG, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export, import and print', () => {
  const app = useApp({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

  it('CSV and JSON downloads are exactly what the command line prints for a scenario changed on the page', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=seeds-2025&v=2&shareEnd=10');
    await page.focus('#param-rev2030');
    await page.keyboard.press('ArrowRight');
    await poll(() => urlParams(page)).toEqual({
      preset: 'seeds-2025',
      v: '2',
      shareEnd: '10',
      rev2030: '246',
    });
    const query = await page.evaluate(() => location.search);

    await openExport(page);
    const csv = await downloaded(page, () => page.getByTestId('export-csv').click());
    expect(csv.name).toBe('deal-explorer-seeds-2025-changed.csv');
    expect(csv.bytes.toString('utf8')).toBe(runCli(['--url', query, '--csv']).stdout);
    expect(csv.bytes.toString('utf8').split('\n')[0]).toMatch(
      /^year,openaiRevenue \(USD\),revenueShareRate \(fraction\),/,
    );

    const json = await downloaded(page, () => page.getByTestId('export-json').click());
    expect(json.name).toBe('deal-explorer-seeds-2025-changed.json');
    expect(json.bytes.toString('utf8')).toBe(runCli(['--url', query]).stdout);
    expect(JSON.parse(json.bytes.toString('utf8')).link).toBe(query);
    expect(await text(page.locator('#export-panel [role="status"]'))).toBe(
      'Saved deal-explorer-seeds-2025-changed.json, as the command line prints it.',
    );
  });

  it('a chart downloads as a PNG at twice its size, drawn from its configuration', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=amended-2026&v=2');
    const png = await downloaded(page, () =>
      page.locator('figure[data-chart="compute"]').getByRole('button', { name: /^PNG/ }).click(),
    );
    expect(png.name).toBe('deal-explorer-amended-2026-compute.png');
    const { width, height } = pngSize(png.bytes);
    expect(width).toBe(1920); // 960 CSS px at 2x
    expect(height).toBeGreaterThan(1000);
    // The button is named for the chart it exports.
    expect(
      await page.locator('figure[data-chart="valuation"] [data-testid="chart-png"]').getAttribute('disabled'),
    ).toBeNull();
    expect(await text(page.locator('figure[data-chart="valuation"] [data-testid="chart-png"]'))).toBe(
      'PNG image of “OpenAI’s equity value and who holds it”',
    );
  });

  it('a JSON export opens back to its scenario; a partly bad file keeps every good value and lists the rest', async () => {
    const { page } = app;
    await openApp(page, app.server.url, '?preset=amended-2026&v=2');
    const dir = mkdtempSync(join(tmpdir(), 'deal-import-'));
    const good = join(dir, 'seeds.json');
    writeFileSync(good, projectionJsonText(decodeScenario('?preset=seeds-2025&v=2&shareEnd=12').scenario));
    await openExport(page);
    await page.setInputFiles('#import-file', good);
    await poll(() => urlParams(page)).toEqual({ preset: 'seeds-2025', v: '2', shareEnd: '12' });
    expect(await text(page.locator('#export-panel [role="status"]'))).toBe('Opened “seeds.json”.');
    expect(await page.locator('#export-panel [role="alert"]').count()).toBe(0);
    const expected = project(decodeScenario('?preset=seeds-2025&v=2&shareEnd=12').scenario.values);
    expect(await kpiText(page, 'msftTotalValueNpv')).toBe(formatUsd(expected.kpis.msftTotalValueNpv));

    const partly = join(dir, 'partly.json');
    writeFileSync(
      partly,
      JSON.stringify({
        preset: 7,
        link: '?preset=original-2019&v=2&shareEnd=9&nonsense=1',
        __proto__: { x: 1 },
      }),
    );
    await page.setInputFiles('#import-file', partly);
    await poll(() => urlParams(page)).toEqual({ preset: 'original-2019', v: '2', shareEnd: '9' });
    const items = await page.locator('#export-panel [role="alert"] li').allTextContents();
    expect(items).toEqual([
      'preset: "preset" should be text, not a number; it was ignored.',
      'link.nonsense: Unknown setting "nonsense" was ignored.',
    ]);

    // Nothing usable: the scenario on the page stays as it was.
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, `{"link": ${'['.repeat(10_000)}`);
    await page.setInputFiles('#import-file', bad);
    await poll(() => text(page.locator('#export-panel [role="status"]'))).toBe(
      'Nothing was opened from “bad.json”.',
    );
    expect(await urlParams(page)).toEqual({ preset: 'original-2019', v: '2', shareEnd: '9' });
    expect(await text(page.locator('#export-panel [role="alert"] li'))).toMatch(
      /^file: The file is not valid JSON/,
    );
    expect(formatViolations(await runAxe(page)), 'axe with the export panel open').toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(formatViolations(await runAxe(page)), 'axe with the export panel open, dark').toBe('');
    await page.emulateMedia({ colorScheme: 'light' });
  }, 180_000);

  it('prints a one-page brief with the changed assumptions, the figures, the ledgers and the charts', async () => {
    const { page } = app;
    const link =
      '?preset=amended-2026&v=2&shareCap=50&rev2030=200&taxRate=25&discountRate=10&shareEnd=12&hostingOpMargin=30&inv2019=2&idleRecovery=60&opexShare=20';
    await openApp(page, app.server.url, link);
    await page.evaluate(() => {
      // The print dialog itself is the browser's; the test prints to PDF instead.
      window.print = () => undefined;
    });
    await openExport(page);
    await page.getByTestId('print-brief-button').click();
    await page.locator('[data-testid="print-brief"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-testid="print-brief"]').isVisible()).toBe(false); // print only
    const charts = await page.$$eval('[data-chart-print] canvas', (cs) =>
      cs.map((c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height })),
    );
    expect(charts).toEqual(Array(5).fill({ w: 960, h: 500 }));

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    for (const file of [pdf, letter]) {
      expect(file.toString('latin1').match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1], 'pages').toBe('1');
    }
    const dir = mkdtempSync(join(tmpdir(), 'deal-print-'));
    writeFileSync(join(dir, 'brief.pdf'), pdf);
    let pdfText: string;
    try {
      pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' });
    } catch {
      throw new Error('pdftotext was not found: apt-get install -y poppler-utils');
    }
    const p = project(decodeScenario(link).scenario.values);
    for (const expected of [
      'Deal Explorer: scenario brief',
      'Apr 2026 amendment (latest), 9 assumptions changed',
      '…and 1 more: the link above holds them all.',
      'Total cap',
      'Total value to Microsoft',
      formatUsd(p.kpis.msftTotalValueNpv),
      'OpenAI compute spend by provider',
      'OpenAI’s equity value and who holds it',
    ]) {
      expect(pdfText.replace(/\s+/g, ' ')).toContain(expected);
    }
    // After printing, the brief is gone from the page.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await poll(() => page.locator('[data-testid="print-brief"]').count()).toBe(0);
    // The browser's own Print (Ctrl+P) builds the same brief before the print layout is taken.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('[data-chart-print] canvas').count()).toBe(5);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  });
});

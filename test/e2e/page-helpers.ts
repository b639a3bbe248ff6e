/**
 * Helpers shared by the Deal Explorer end-to-end tests: opening the page and waiting for its charts, reading
 * figures, sliders and the link, and recording what should never happen (page errors, dialogs).
 *
 * Expected figures are computed with the same model the page uses (models/ and src/lib/kpiCards.ts are plain
 * TypeScript), so a test can say exactly what the page must show for a link.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

import { decodeScenario, PARAMS, presetValues, project, toDisplay } from '../../models/index.ts';
import type { NumberMeta, ParamMeta, ScenarioValues } from '../../models/index.ts';
import { kpiCards } from '../../src/lib/kpiCards.ts';
import { DEFAULT_CONTEXT_OPTIONS, launchBrowser, startPreviewServer } from './browser.ts';
import type { PreviewServerHandle } from './browser.ts';

export const CHART_IDS = ['revenue-share', 'compute', 'msft-value', 'openai-economics', 'valuation'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const NUMBER_PARAMS = PARAMS.filter((p): p is NumberMeta => p.kind === 'number');

export function param(id: string): ParamMeta {
  const p = PARAMS.find((q) => q.id === id);
  if (!p) throw new Error(`no parameter "${id}" in the schema`);
  return p;
}

export function numberParam(id: string): NumberMeta {
  const p = param(id);
  if (p.kind !== 'number') throw new Error(`${id} is not a number parameter`);
  return p;
}

/**
 * Opens the app at `query` (e.g. `?preset=seeds-2025`) and waits until every chart has drawn and every part of the
 * page below the first screen has loaded.
 */
export async function openApp(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(new URL(query, baseUrl).toString());
  await waitForCharts(page);
  await waitForDeferred(page);
}

/**
 * Waits until the parts of the page left out of the first load (components/Deferred.svelte: the panels below the
 * first screen, the Learn section) are in place, as they are soon after the first chart, and painted.
 */
export async function waitForDeferred(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.deferred') === null);
  await nextFrames(page);
}

/**
 * Waits until every chart shows the page's current scenario: each figure's `data-drawn-version` (set when the chart
 * renderer reports a drawing) equals the page's `data-chart-version` (the scenario it last sent). Charts off screen
 * are drawn once the scenario rests, so this holds for all five soon after a change. Then waits for a painted frame.
 */
export async function waitForCharts(page: Page): Promise<void> {
  // The five charts of the projection (a tornado or a histogram, drawn on the main thread, is not one of them).
  await page.waitForFunction((ids) => {
    const version = document.documentElement.dataset.chartVersion;
    const figures = ids.map((id) => document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`));
    return version !== undefined && figures.every((f) => f !== null && f.dataset.drawnVersion === version);
  }, CHART_IDS);
  await nextFrames(page);
}

/** Resolves after two animation frames: whatever the page rendered before the call has been painted. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** `expect.poll` with room for a slow machine (the default gives up after one second). */
export function poll<T>(fn: () => T | Promise<T>, message?: string) {
  return expect.poll(fn, { timeout: 10_000, interval: 20, message });
}

export async function text(locator: Locator): Promise<string> {
  return (await locator.textContent())?.trim() ?? '';
}

export function kpi(page: Page, id: string) {
  return page.locator(`[data-kpi="${id}"] [data-testid="kpi-value"]`);
}

export async function kpiText(page: Page, id: string): Promise<string> {
  return (await kpi(page, id).textContent())?.trim() ?? '';
}

/** Every headline figure, by KPI id. */
export async function allKpiTexts(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-kpi]', (cards) =>
    Object.fromEntries(
      cards.map((c) => [
        c.getAttribute('data-kpi') ?? '',
        c.querySelector('[data-testid="kpi-value"]')?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

export async function subtitle(page: Page, chart: ChartId): Promise<string> {
  return (
    (
      await page.locator(`figure[data-chart="${chart}"] [data-testid="chart-subtitle"]`).textContent()
    )?.trim() ?? ''
  );
}

/**
 * The chart's pixels as the screen shows them (a PNG of the element, base64), to compare before and after a change.
 * The canvas itself cannot be read back: it was handed to the chart worker. Waits first until the chart shows the
 * page's current scenario.
 */
export async function canvasPixels(page: Page, chart: ChartId): Promise<string> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await page.waitForFunction(
    (id) =>
      document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`)?.dataset.drawnVersion ===
      document.documentElement.dataset.chartVersion,
    chart,
  );
  await nextFrames(page);
  return (await figure.locator('canvas').screenshot({ animations: 'disabled' })).toString('base64');
}

export async function sliderValue(page: Page, id: string): Promise<string> {
  return page.inputValue(`#param-${id}`);
}

/** Every slider's value, by parameter id. */
export async function allSliderValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-param] input[type="range"]', (inputs) =>
    Object.fromEntries(inputs.map((i) => [i.id.replace(/^param-/, ''), (i as HTMLInputElement).value])),
  );
}

/**
 * Every number field's value, by parameter id. The number field shows the exact value of the scenario; the
 * slider next to it can only show positions on its step grid.
 */
export async function allNumberFieldValues(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-param] input[role="spinbutton"]', (inputs) =>
    Object.fromEntries(
      inputs.map((i) => [
        i.closest('[data-param]')?.getAttribute('data-param') ?? '',
        Number((i as HTMLInputElement).value),
      ]),
    ),
  );
}

/** The page's current query parameters (the URL is kept in sync with history.replaceState/pushState). */
export async function urlParams(page: Page): Promise<Record<string, string>> {
  const search = await page.evaluate(() => location.search);
  return Object.fromEntries(new URLSearchParams(search));
}

/** What the page must show for a link: every value, and the headline figures as formatted on the KPI cards. */
export function expectedForLink(query: string): {
  preset: string;
  values: ScenarioValues;
  sliders: Record<string, number>;
  kpis: Record<string, string>;
} {
  const { scenario } = decodeScenario(query);
  const cards = kpiCards(project(scenario.values), project(presetValues(scenario.preset)), scenario.values);
  return {
    preset: scenario.preset,
    values: scenario.values,
    sliders: Object.fromEntries(
      NUMBER_PARAMS.map((p) => [
        p.id,
        toDisplay(p.unit, scenario.values[p.id as keyof ScenarioValues] as number),
      ]),
    ),
    kpis: Object.fromEntries(cards.map((c) => [c.id, c.value])),
  };
}

/** Records page errors, dialogs (dismissed at once) and console errors for a page's whole life. */
export function watchPage(page: Page): { pageErrors: string[]; dialogs: string[]; consoleErrors: string[] } {
  const seen = { pageErrors: [] as string[], dialogs: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  return seen;
}

export interface AppFixture {
  server: PreviewServerHandle;
  browser: Browser;
  context: BrowserContext;
  /** One page for the whole file: each test opens the URL it needs (the page is slow to create and load). */
  page: Page;
  seen: ReturnType<typeof watchPage>;
}

/** Runs in the page before its scripts: the tour counts as seen (the key and value of src/lib/tour.ts). */
export function markTourSeen(): void {
  // about:blank (a test leaving the page) has no storage: reading it there throws.
  if (location.protocol === 'about:') return;
  localStorage.setItem('deal-explorer.tour', JSON.stringify({ version: 1, seen: true }));
}

/**
 * Registers the hooks of a test file: one preview server, one browser, one context and one page for all its
 * tests; after each test, the page must have thrown no error and opened no dialog. The guided first visit is
 * marked as seen unless `tour` is set.
 */
export function useApp(options: BrowserContextOptions = {}, { tour = false } = {}): AppFixture {
  const app = {} as AppFixture;
  beforeAll(async () => {
    [app.server, app.browser] = await Promise.all([startPreviewServer(), launchBrowser()]);
    app.context = await app.browser.newContext({ ...DEFAULT_CONTEXT_OPTIONS, ...options });
    // The guided first visit would stand over the page in every test that opens it plainly: it is marked as seen
    // unless a test is about the tour.
    if (!tour) await app.context.addInitScript(markTourSeen);
    app.page = await app.context.newPage();
    app.seen = watchPage(app.page);
  });
  afterEach(() => {
    const { pageErrors, dialogs } = app.seen;
    app.seen.pageErrors = [];
    app.seen.dialogs = [];
    app.seen.consoleErrors = [];
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
  });
  afterAll(async () => {
    await app.context?.close();
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

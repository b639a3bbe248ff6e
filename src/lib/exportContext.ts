import { createContext } from 'svelte';

/**
 * What a chart's export needs from the page beyond the chart itself: the source line (model, scenario, link) and
 * the colours of the card it sits on. Set once by the App, read by each chart's export button, so ChartCard
 * passes nothing on.
 */
export interface ExportContext {
  sourceLine(): string;
  /** Page colours at the moment of export (light or dark, as the reader sees the chart). */
  colours(): { background: string; text: string; muted: string };
  /** The scenario's file name part, e.g. "amended-2026" or "amended-2026-changed". */
  fileStem(): string;
}

export const [getExportContext, setExportContext] = createContext<ExportContext>();

/** The page's colours, from its CSS custom properties. */
export function pageColours(): { background: string; text: string; muted: string } {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--surface', '#ffffff'),
    text: read('--text', '#1f2933'),
    muted: read('--muted', '#52606d'),
  };
}

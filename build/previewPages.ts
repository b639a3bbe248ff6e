/**
 * Link previews on a static host (issue #12). A chat or social site reads a link's <title>, description and Open
 * Graph / Twitter tags from the HTML it fetches, without running JavaScript, and a static host serves the same HTML
 * for every query string. So the build writes what can be known ahead: one page per preset, `p/<preset>/index.html`,
 * whose tags carry that preset's headline figures (computed here by `project()`, formatted as the page formats
 * them), and a 1200×630 PNG card of them, drawn as SVG and rasterized by resvg with a bundled font (DejaVu Sans):
 * nothing is downloaded at build time. The app's own index.html carries the latest terms' figures, which is what
 * it shows without a query. A preset page turns itself into the app's address with that preset (history, not a
 * reload) before the app starts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { currentLinkVersion, LATEST_PRESET_ID, PRESETS, presetValues, type Preset } from '../models/index.ts';
import { presetPreviewText, previewPath, SITE_NAME, type PreviewText } from '../src/lib/preview.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
export const PREVIEW_IMAGE = 'preview.png';

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `max` characters, at spaces (DejaVu has no layout engine here). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The preview card: the preset's name, then its three headline figures, each with its basis. */
export function previewSvg(preset: Pick<Preset, 'name' | 'kind'>, text: PreviewText): string {
  const W = PREVIEW_WIDTH;
  const H = PREVIEW_HEIGHT;
  // One line up to 30 characters; longer names in two lines of about equal length (no orphan word).
  const name =
    preset.name.length <= 30 ? [preset.name] : wrap(preset.name, Math.ceil(preset.name.length / 2) + 4);
  const kind = preset.kind === 'version' ? 'Deal version' : 'What-if';
  // Fixed rows, whatever the name's length: brand, name (one or two lines), three figure cards, the footnote.
  const nameLines = name
    .map((l, i) => `<text x="80" y="${name.length === 1 ? 230 : 200 + i * 62}" class="name">${xml(l)}</text>`)
    .join('');
  const top = 300;
  const cardH = 210;
  const colW = (W - 160 - 2 * 30) / 3;
  const figures = text.figures
    .map((f, i) => {
      const x = 80 + i * (colW + 30);
      const label = wrap(f.label, 24)
        .slice(0, 2)
        .map((l, j) => `<text x="${x + 24}" y="${top + 42 + j * 30}" class="label">${xml(l)}</text>`)
        .join('');
      return (
        `<rect x="${x}" y="${top}" width="${colW}" height="${cardH}" rx="16" class="card"/>` +
        label +
        `<text x="${x + 24}" y="${top + 150}" class="value">${xml(f.value)}</text>` +
        `<text x="${x + 24}" y="${top + 188}" class="basis">${xml(f.basis)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<style>text{font-family:'DejaVu Sans'}.brand{font-size:30px;font-weight:bold;fill:#0f6cbd}` +
    `.tag{font-size:26px;fill:#52606d}.name{font-size:50px;font-weight:bold;fill:#1f2933}` +
    `.card{fill:#ffffff;stroke:#d9dee3;stroke-width:2}.label{font-size:24px;fill:#52606d}` +
    `.value{font-size:54px;font-weight:bold;fill:#1f2933}.basis{font-size:22px;fill:#52606d;font-style:italic}` +
    `.foot{font-size:22px;fill:#52606d}</style>` +
    `<rect width="${W}" height="${H}" fill="#f6f7f9"/><rect width="16" height="${H}" fill="#0f6cbd"/>` +
    `<text x="80" y="84" class="brand">${SITE_NAME}</text>` +
    `<text x="80" y="122" class="tag">${xml(`The Microsoft–OpenAI partnership in numbers · ${kind}`)}</text>` +
    nameLines +
    figures +
    `<text x="80" y="${H - 60}" class="foot">${xml(
      'Model projection under this scenario’s sourced assumptions. Open the link to move any of them.',
    )}</text></svg>`
  );
}

/** The card as a PNG, with the bundled font only (no system fonts: the same pixels on every machine). */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
  });
  return resvg.render().asPng();
}

/** The width and height a PNG's header states. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface HeadOptions {
  readonly title: string;
  readonly description: string;
  /** The card's address: absolute when the site's address is known at build time (SITE_URL). */
  readonly image: string;
  readonly imageAlt: string;
  readonly url?: string;
}

/** The title, description, Open Graph and Twitter tags of a page. */
export function headTags(o: HeadOptions): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${xml(value)}" />`;
  return [
    `<title>${xml(o.title)}</title>`,
    meta('name', 'description', o.description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', o.title),
    meta('property', 'og:description', o.description),
    ...(o.url ? [meta('property', 'og:url', o.url)] : []),
    meta('property', 'og:image', o.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW_WIDTH)),
    meta('property', 'og:image:height', String(PREVIEW_HEIGHT)),
    meta('property', 'og:image:alt', o.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', o.title),
    meta('name', 'twitter:description', o.description),
    meta('name', 'twitter:image', o.image),
    meta('name', 'twitter:image:alt', o.imageAlt),
  ].join('\n    ');
}

/** Replaces a page's <title> and description with `tags`, and puts `first` at the top of its <head>. */
export function withHead(html: string, tags: string, first = ''): string {
  const stripped = html
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/, '');
  return stripped
    .replace(/<head>\s*/, `<head>\n    ${first}${first ? '\n    ' : ''}`)
    .replace(/<\/head>/, `  ${tags}\n  </head>`);
}

/**
 * Opened in a browser, a preset page becomes the app with that preset before the app reads its address: its
 * relative URLs resolve against the app (<base>), and the address is rewritten in place (no reload, no history
 * entry). Settings already in its query are kept.
 */
export function presetRedirect(preset: string): string {
  const q = `preset=${preset}&v=${currentLinkVersion()}`;
  return (
    `<base href="../../" />\n    <script>(function(){var q=location.search.slice(1);` +
    `if(!/(^|&)preset=/.test(q))q='${q}'+(q?'&'+q:'');` +
    `history.replaceState(null,'','./?'+q+location.hash)})()</script>`
  );
}

function imageAlt(name: string, text: PreviewText): string {
  return `${name}: ${text.figures.map((f) => `${f.label} ${f.value} (${f.basis})`).join('; ')}`;
}

export interface PreviewPage {
  readonly preset: Preset;
  readonly text: PreviewText;
  /** Paths in the build, relative to its root. */
  readonly html: string;
  readonly image: string;
}

/** Each preset's preview page and card, as the build writes them. */
export function previewPagesFor(presets: readonly Preset[] = PRESETS): PreviewPage[] {
  return presets.map((preset) => ({
    preset,
    text: presetPreviewText(preset, presetValues(preset.id)),
    html: `${previewPath(preset.id)}index.html`,
    image: `${previewPath(preset.id)}${PREVIEW_IMAGE}`,
  }));
}

/**
 * The Vite plugin: after the app's index.html is built, writes each preset's page and card, and gives index.html
 * the latest terms' tags. `siteUrl` (the deployed address, e.g. from SITE_URL) makes image and page addresses
 * absolute, as most preview readers require; without it they are relative to the app.
 */
export function previewPages(options: { siteUrl?: string } = {}): Plugin {
  const site = options.siteUrl ? options.siteUrl.replace(/\/?$/, '/') : undefined;
  const at = (path: string) => (site ? new URL(path, site).toString() : path);
  return {
    name: 'deal-explorer:preview-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || typeof index.source !== 'string') {
        this.error('preview pages: the build has no index.html to start from');
      }
      const html = index.source as string;
      const pages = previewPagesFor();
      for (const page of pages) {
        const alt = imageAlt(page.preset.name, page.text);
        this.emitFile({
          type: 'asset',
          fileName: page.image,
          source: renderPng(previewSvg(page.preset, page.text)),
        });
        const tags = headTags({
          title: page.text.title,
          description: page.text.description,
          image: at(page.image),
          imageAlt: alt,
          url: site ? at(previewPath(page.preset.id)) : undefined,
        });
        this.emitFile({
          type: 'asset',
          fileName: page.html,
          source: withHead(html, tags, presetRedirect(page.preset.id)),
        });
      }
      const latest = pages.find((p) => p.preset.id === LATEST_PRESET_ID)!;
      index.source = withHead(
        html,
        headTags({
          title: `${SITE_NAME}: the Microsoft–OpenAI partnership in numbers`,
          description: latest.text.description,
          image: at(latest.image),
          imageAlt: imageAlt(latest.preset.name, latest.text),
          url: site,
        }),
      );
    },
  };
}

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../models/index.ts';
import {
  headTags,
  pngSize,
  presetRedirect,
  previewPagesFor,
  previewSvg,
  renderPng,
  withHead,
  wrap,
} from '../../build/previewPages.ts';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="old description"
    />
    <title>Old title</title>
    <script type="module" crossorigin src="./assets/index-x.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

describe('preview pages', () => {
  const pages = previewPagesFor();

  it('one page and one card per preset, under p/<id>/', () => {
    expect(pages.map((p) => [p.html, p.image])).toEqual(
      PRESETS.map((p) => [`p/${p.id}/index.html`, `p/${p.id}/preview.png`]),
    );
  });

  it('draws a 1200×630 PNG whose card holds the preset’s name and figures', () => {
    const page = pages.find((p) => p.preset.id === 'seeds-2025')!;
    const svg = previewSvg(page.preset, page.text);
    expect(svg).toContain('class="name">As the 2025 seed</text>');
    expect(svg).toContain('class="name">texts report it</text>');
    for (const f of page.text.figures) expect(svg).toContain(`>${f.value}</text>`);
    const png = renderPng(svg);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('wraps a long name at spaces', () => {
    expect(wrap('What if compute goes decentralized?', 30)).toEqual([
      'What if compute goes',
      'decentralized?',
    ]);
  });

  it('writes title, description, Open Graph and Twitter tags, escaped', () => {
    const tags = headTags({
      title: 'A & "B"',
      description: 'd',
      image: 'https://x.org/p/a/preview.png',
      imageAlt: 'alt',
      url: 'https://x.org/p/a/',
    });
    expect(tags).toContain('<title>A &amp; &quot;B&quot;</title>');
    for (const t of [
      '<meta name="description" content="d" />',
      '<meta property="og:title" content="A &amp; &quot;B&quot;" />',
      '<meta property="og:image" content="https://x.org/p/a/preview.png" />',
      '<meta property="og:image:width" content="1200" />',
      '<meta property="og:image:height" content="630" />',
      '<meta property="og:url" content="https://x.org/p/a/" />',
      '<meta name="twitter:card" content="summary_large_image" />',
      '<meta name="twitter:image" content="https://x.org/p/a/preview.png" />',
    ])
      expect(tags).toContain(t);
  });

  it('replaces the page’s title and description once, and puts the redirect first in <head>', () => {
    const html = withHead(INDEX, '<title>New</title>', presetRedirect('bubble'));
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('old description');
    expect(html).not.toContain('Old title');
    expect(html.indexOf('<base href="../../" />')).toBeLessThan(html.indexOf('<meta charset'));
    expect(html).toContain("q='preset=bubble&v=2'");
    expect(html).toContain('src="./assets/index-x.js"');
  });
});

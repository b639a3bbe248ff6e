import { describe, expect, it } from 'vitest';
import { findPreset, formatUsd, presetValues, project } from '../../models/index.ts';
import { presetPreviewText, previewPath, previewText } from '../../src/lib/preview.ts';

describe('previewText', () => {
  it('states the preset’s headline figures with their bases, as the cards format them', () => {
    const values = presetValues('amended-2026');
    const p = project(values);
    const text = presetPreviewText(findPreset('amended-2026')!, values);
    const value = formatUsd(p.kpis.msftTotalValueNpv);
    expect(text.figures).toEqual([
      { label: 'Value to Microsoft', value, basis: 'present value, after tax' },
      // The Apr 2026 terms cap the share at $38B, reached by 2030.
      { label: 'Revenue share to Microsoft, 2025–30', value: '$38.0B', basis: 'nominal' },
      {
        label: 'OpenAI cash-flow positive',
        value: String(p.kpis.openaiBreakEvenYear),
        basis: 'operating cash flow',
      },
    ]);
    expect(text.title).toBe(`Apr 2026 amendment (latest): Microsoft gets ${value} · Deal Explorer`);
    expect(text.description).toBe(
      `Apr 2026 amendment (latest). Value to Microsoft: ${value} (present value, after tax). ` +
        `Revenue share to Microsoft, 2025–30: $38.0B (nominal). OpenAI cash-flow positive: ` +
        `${p.kpis.openaiBreakEvenYear}. Deal Explorer, a sourced model of the Microsoft–OpenAI partnership: ` +
        'move any assumption.',
    );
  });

  it('lets a question end its own sentence, and marks a changed scenario', () => {
    const values = { ...presetValues('bubble'), rev2030: 150e9 };
    const text = previewText(
      findPreset('bubble')!,
      project(values),
      values,
      true,
      project(presetValues('bubble')),
    );
    expect(text.title).toBe(
      `What if the AI bubble deflates? (changed): Microsoft gets ${formatUsd(project(values).kpis.msftTotalValueNpv)} · Deal Explorer`,
    );
    const plain = presetPreviewText(findPreset('bubble')!, presetValues('bubble'));
    expect(plain.title).toMatch(/^What if the AI bubble deflates\? Microsoft gets \$/);
    expect(plain.description).toMatch(/^What if the AI bubble deflates\? Value to Microsoft: /);
  });

  it('puts each preset’s page under p/<id>/', () => {
    expect(previewPath('seeds-2025')).toBe('p/seeds-2025/');
  });
});

// The page's downloads and the command line share one JSON builder, and a scenario file read back keeps every
// good value and names every problem, whatever the file holds.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../models/cli/run.ts';
import { importScenario, MAX_IMPORT_CHARS } from '../../models/export/importScenario.ts';
import {
  decodeScenario,
  presetValues,
  projectionJsonText,
  projectionToCsv,
  project,
} from '../../models/index.ts';

const CHANGED = '?preset=seeds-2025&v=2&shareEnd=10&rev2030=200';

describe('projectionJson', () => {
  it('is exactly what the command line prints for the same scenario', () => {
    const { scenario } = decodeScenario(CHANGED);
    const cli = runCli(['--url', CHANGED]);
    expect(cli.code).toBe(0);
    expect(projectionJsonText(scenario)).toBe(cli.stdout);
    expect(projectionToCsv(project(scenario.values))).toBe(runCli(['--url', CHANGED, '--csv']).stdout);
  });

  it('starts with the preset, the link and the units, then the projection, then any extra field', () => {
    const { scenario } = decodeScenario(CHANGED);
    const out = JSON.parse(projectionJsonText(scenario, undefined, { simulation: { runs: 3 } })) as Record<
      string,
      unknown
    >;
    expect(Object.keys(out)).toEqual([
      'preset',
      'link',
      'units',
      ...Object.keys(project(scenario.values)),
      'simulation',
    ]);
    expect(out.link).toBe(CHANGED);
    expect(out.simulation).toEqual({ runs: 3 });
  });
});

describe('importScenario', () => {
  const exported = projectionJsonText(decodeScenario(CHANGED).scenario);

  it('reads the JSON export back to the same scenario, with no problem', () => {
    const result = importScenario(exported);
    expect(result.problems).toEqual([]);
    expect(result.scenario).toEqual(decodeScenario(CHANGED).scenario);
  });

  it('reads a bare link, a full address or a query string', () => {
    expect(importScenario(`https://example.org/deal/${CHANGED}\n`).scenario).toEqual(
      decodeScenario(CHANGED).scenario,
    );
    expect(importScenario('preset=seeds-2025&v=2').scenario?.preset).toBe('seeds-2025');
  });

  it('keeps every good value of a link and names each bad one by field', () => {
    const result = importScenario(
      JSON.stringify({ link: '?preset=seeds-2025&v=2&shareEnd=10&bogus=1&rev2030=abc&shareEnd2=3' }),
    );
    expect(result.scenario?.preset).toBe('seeds-2025');
    expect(result.scenario?.values.shareEnd).toBe(0.1);
    expect(result.scenario?.values.rev2030).toBe(presetValues('seeds-2025').rev2030);
    expect(result.problems.map((p) => p.field)).toEqual(['link.bogus', 'link.rev2030', 'link.shareEnd2']);
    expect(result.problems[0]!.message).toBe('Unknown setting "bogus" was ignored.');
  });

  it('reports a wrong type field by field and keeps the rest', () => {
    const result = importScenario(JSON.stringify({ link: '?preset=seeds-2025&v=2', preset: 42 }));
    expect(result.scenario?.preset).toBe('seeds-2025');
    expect(result.problems).toEqual([
      { field: 'preset', message: '"preset" should be text, not a number; it was ignored.' },
    ]);
    const noLink = importScenario(JSON.stringify({ link: { evil: true }, preset: 'original-2019' }));
    expect(noLink.scenario?.preset).toBe('original-2019');
    expect(noLink.problems).toEqual([
      { field: 'link', message: '"link" should be text, not an object; it was ignored.' },
    ]);
  });

  it('says when the preset and the link disagree, and uses the link', () => {
    const result = importScenario(
      JSON.stringify({ link: '?preset=seeds-2025&v=2', preset: 'original-2019' }),
    );
    expect(result.scenario?.preset).toBe('seeds-2025');
    expect(result.problems).toEqual([
      {
        field: 'preset',
        message:
          '"preset" ("original-2019") differs from the link\'s preset ("seeds-2025"): the link\'s was used.',
      },
    ]);
  });

  it.each([
    ['', 'The file is empty. Nothing was read.'],
    ['{"link": ', /^The file is not valid JSON \(.+\)\. Nothing was read\.$/],
    ['[1, 2]', 'The file holds JSON but not a scenario (an object with a "link"). Nothing was read.'],
    ['null', 'The file is neither a scenario exported as JSON nor a link to a scenario. Nothing was read.'],
    [
      '{"series": {}}',
      'The file has neither a "link" nor a "preset": it is not a Deal Explorer scenario. Nothing was read.',
    ],
    [
      'hello world',
      'The file is neither a scenario exported as JSON nor a link to a scenario. Nothing was read.',
    ],
  ])('refuses %j with one message and no scenario', (text, message) => {
    const result = importScenario(text);
    expect(result.scenario).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.field).toBe('file');
    if (typeof message === 'string') expect(result.problems[0]!.message).toBe(message);
    else expect(result.problems[0]!.message).toMatch(message);
  });

  it('survives hostile JSON: huge, deeply nested, prototype keys', () => {
    const huge = importScenario(`{"link": "${'a'.repeat(MAX_IMPORT_CHARS)}"}`);
    expect(huge.scenario).toBeUndefined();
    expect(huge.problems[0]!.message).toMatch(
      /^The file has 2,000,0\d\d characters; a scenario file has at most 2,000,000\. Nothing was read\.$/,
    );

    const deep = importScenario(
      `{"link": "?preset=seeds-2025", "x": ${'['.repeat(400_000)}${']'.repeat(400_000)}}`,
    );
    expect(deep.scenario?.preset).toBe('seeds-2025');

    const polluted = importScenario(
      '{"__proto__": {"link": "?preset=original-2019", "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "preset": "seeds-2025"}',
    );
    expect(polluted.scenario?.preset).toBe('seeds-2025');
    expect(polluted.problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const longLink = importScenario(JSON.stringify({ link: `?preset=seeds-2025&x=${'1'.repeat(20_000)}` }));
    expect(longLink.scenario).toBeUndefined();
    expect(longLink.problems).toEqual([
      { field: 'link', message: '"link" is longer than 16000 characters; it was ignored.' },
      {
        field: 'file',
        message:
          'The file has neither a "link" nor a "preset": it is not a Deal Explorer scenario. Nothing was read.',
      },
    ]);
  });
});

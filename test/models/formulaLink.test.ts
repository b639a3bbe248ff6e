import { describe, expect, it } from 'vitest';
import { runCli } from '../../models/cli/run.ts';
import { compileFormulas } from '../../models/formula/index.ts';
import {
  decodeScenario,
  encodeScenario,
  LATEST_PRESET_ID,
  presetValues,
  project,
  type Scenario,
} from '../../models/index.ts';
import { B } from './support.ts';

describe('formulas in the link', () => {
  const values = { ...presetValues(LATEST_PRESET_ID), rev2030: 230.04 * B };
  const scenario: Scenario = {
    preset: LATEST_PRESET_ID,
    values,
    extras: {
      formulas: {
        series: { openaiRevenue: '13e9 * 1.8^(t - 2025)', 'providerShare.azure': 't <= 2030 ? 1 : 0.4' },
        fields: { rev2030: '852 * 0.27' },
      },
    },
  };

  it('writes series formulas and field expressions after the assumptions, and reads them back whole', () => {
    const params = encodeScenario(scenario);
    expect([...params.keys()]).toEqual([
      'preset',
      'v',
      'rev2030',
      'formula.openaiRevenue',
      'formula.providerShare.azure',
      'expr.rev2030',
    ]);
    // The value is written as a number too, so a page without the formula engine still reads it.
    expect(params.get('rev2030')).toBe('230.04');
    const decoded = decodeScenario(params.toString());
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario).toEqual(scenario);
  });

  it('reports a bad formula key or text on its own and keeps the rest of the scenario', () => {
    const link =
      '?shareCap=50&formula.bogus=1&formula.openaiRevenue=cos.constructor%28%22return%201%22%29&formula.revenueShareRate=0.1&expr.agiClause=1&expr.shareEnd=' +
      'x'.repeat(201);
    const decoded = decodeScenario(link);
    expect(decoded.scenario.values.shareCap).toBe(50 * B);
    expect(decoded.scenario.extras).toEqual({ formulas: { series: { revenueShareRate: '0.1' } } });
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'Unknown formula series "bogus" (formulas can replace openaiRevenue, revenueShareRate, openaiGrossMargin, providerShare.azure, providerShare.stargate, providerShare.google, providerShare.ownCapacity, providerShare.decentralized) was ignored.',
      `Formula for openaiRevenue "cos.constructor("return 1")": '"' at character 17 is not allowed in a formula: the built-in path is used.`,
      'Expression for unknown number field "agiClause" was ignored.',
      `Expression for shareEnd "${'x'.repeat(37)}…": Too long: 201 characters, at most 200: the value alone was read.`,
    ]);
  });

  it('a formula that passes the text check but not the compiler is reported by the engine, not the decoder', () => {
    const decoded = decodeScenario('?formula.openaiRevenue=cos.constructor');
    expect(decoded.problems).toEqual([]);
    const set = compileFormulas(decoded.scenario.extras!.formulas!.series!);
    expect(set.problems.map((p) => p.message)).toEqual([
      'Reading a property or an index (. or [ ]) at character 4 is not allowed in a formula.',
    ]);
  });
});

describe('--formula on the command line', () => {
  it('replaces a series, and writes the formula in the link and the JSON', () => {
    const r = runCli([
      '--formula',
      'openaiRevenue=13e9 * 1.8^(t - 2025)',
      '--formula',
      'revenueShareRate=t <= 2030 ? 0.2 : 0',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      link: string;
      formulas: unknown;
      series: { openaiRevenue: number[]; revenueShareRate: number[] };
    };
    expect(out.series.openaiRevenue.slice(0, 3)).toEqual([13e9, 13e9 * 1.8, 13e9 * 1.8 * 1.8]);
    expect(out.series.revenueShareRate.slice(5, 7)).toEqual([0.2, 0]);
    expect(out.formulas).toEqual({
      openaiRevenue: '13e9 * 1.8^(t - 2025)',
      revenueShareRate: 't <= 2030 ? 0.2 : 0',
    });
    // The link round-trips: the same projection from it.
    const again = JSON.parse(runCli(['--url', out.link]).stdout) as typeof out;
    expect(again.series).toEqual(out.series);
  });

  it('exits 2 naming each formula it refuses and the problem', () => {
    const r = runCli([
      '--formula',
      'openaiRevenue=13e9 * 1.8^(t - 2025',
      '--formula',
      'foo=1',
      '--formula',
      'revenueShareRate=0.5 + t',
      '--formula=nothing',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `error: --formula "nothing" should look like series=expression, e.g. --formula 'openaiRevenue=13e9 * 1.8^(t - 2025)'.`,
        'error: --formula openaiRevenue="13e9 * 1.8^(t - 2025": Parenthesis ) expected at character 21 (found the end of the formula).',
        'error: --formula foo="1": Unknown series "foo": formulas can replace openaiRevenue, revenueShareRate, openaiGrossMargin, providerShare.azure, providerShare.stargate, providerShare.google, providerShare.ownCapacity, providerShare.decentralized.',
        'error: --formula revenueShareRate="0.5 + t": Gives 202,550.0% in 2025; Revenue-share rate must be 0.0% to 50.0% each year.',
        'Run with --help for usage.',
        '',
      ].join('\n'),
    );
  });

  it('checks a link’s field expression against the value it gives', () => {
    expect(runCli(['--url', '?rev2030=230.04&expr.rev2030=852*0.27']).code).toBe(0);
    const r = runCli(['--url', '?rev2030=200&expr.rev2030=852*0.27']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: expr.rev2030="852*0.27" in the link gives 230040000000, not the link's rev2030 (200000000000).\nRun with --help for usage.\n`,
    );
  });

  it('gives the same projection as project() with the compiled overrides', () => {
    const out = JSON.parse(runCli(['--formula', 'openaiGrossMargin=0.5']).stdout) as { kpis: unknown };
    const v = presetValues(LATEST_PRESET_ID);
    expect(out.kpis).toEqual(
      project(v, compileFormulas({ openaiGrossMargin: '0.5' }).overridesFor(v).overrides).kpis,
    );
  });
});

describe('formulas in the analyses that re-project a scenario', () => {
  // A flat $100B a year replaces the revenue path, so the 2030 revenue slider (which has a default range) moves
  // nothing: the tornado gives it no bar, and every simulated year of revenue is $100B.
  const flat = ['--formula', 'openaiRevenue=100e9'];

  it('--tornado swings the formula’s scenario, in which the replaced assumptions move nothing', () => {
    const r = runCli([...flat, '--tornado', 'msftTotalValueNpv']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { tornado: { id: string }[]; kpis: { msftTotalValueNpv: number } };
    const ids = out.tornado.map((b) => b.id);
    expect(ids).not.toContain('rev2030');
    expect(ids).toContain('costOfEquity');
    const plain = JSON.parse(runCli(['--tornado', 'msftTotalValueNpv']).stdout) as typeof out;
    expect(plain.tornado.map((b) => b.id)).toContain('rev2030');
  });

  it('--samples simulates the formula’s scenario: every sample’s revenue is the formula’s', () => {
    const r = runCli([...flat, '--samples', '200', '--seed', '3']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      simulation: { series: { openaiRevenue: { p10: number[]; p90: number[] } } };
    };
    const revenue = out.simulation.series.openaiRevenue;
    expect(new Set([...revenue.p10, ...revenue.p90])).toEqual(new Set([100 * B]));
  });

  it('--seek moves an assumption of the formula’s scenario', () => {
    // With revenue flat at $100B, the 2030 revenue slider cannot take the value to Microsoft anywhere.
    const r = runCli([...flat, '--seek', 'msftTotalValueNpv=300e9', '--by', 'rev2030']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: No value of OpenAI revenue, 2030 \(rev2030\)/);
  });
});

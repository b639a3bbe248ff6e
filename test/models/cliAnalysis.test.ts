import { describe, expect, it } from 'vitest';
import { runCli } from '../../models/cli/run.ts';
import { decodeScenario, presetValues, project, seek, tornado } from '../../models/index.ts';
import { B } from './support.ts';

interface Bar {
  id: string;
  low: number | null;
  high: number | null;
}

describe('--tornado', () => {
  it('adds the figure at each assumption’s low and high end, sorted by |high − low|, as the model gives it', () => {
    const result = runCli(['--preset', 'amended-2026', '--tornado', 'msftTotalValueNpv']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { tornado: Bar[]; kpis: Record<string, number> };
    const expected = tornado(presetValues('amended-2026'), 'msftTotalValueNpv');
    expect(out.tornado.map((b) => [b.id, b.low, b.high])).toEqual(expected.map((b) => [b.id, b.low, b.high]));
    const swings = out.tornado.map((b) => Math.abs(b.high! - b.low!));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // The figure itself is still there, untouched.
    expect(out.kpis.msftTotalValueNpv).toBe(project(presetValues('amended-2026')).kpis.msftTotalValueNpv);
  });

  it('gives the same numbers for a link as the page (the link’s values held)', () => {
    const link = '?preset=seeds-2025&v=2&shareEnd=10';
    const out = JSON.parse(runCli(['--url', link, '--tornado', 'openaiBreakEvenYear']).stdout) as {
      tornado: Bar[];
    };
    const values = decodeScenario(link).scenario.values;
    expect(out.tornado[0]).toMatchObject({ id: tornado(values, 'openaiBreakEvenYear')[0]!.id });
    // A year that never comes within the horizon is null.
    expect(out.tornado.some((b) => b.low === null || b.high === null)).toBe(true);
  });

  it('refuses an unknown figure and --csv, exit 2', () => {
    const result = runCli(['--tornado', 'value', '--csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --tornado and --seek add to the JSON: leave out --csv.');
    expect(result.stderr).toContain(
      'error: --tornado: unknown figure "value". Figures: revenueSharePaidThrough2030,',
    );
  });
});

describe('--seek', () => {
  it('adds the value of the assumption that brings the figure to the target, in model units', () => {
    const result = runCli(['--seek', 'msftTotalValueNpv=300e9', '--by', 'rev2030']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { seek: { param: string; value: number; achieved: number } };
    const expected = seek(presetValues('amended-2026'), {
      kpi: 'msftTotalValueNpv',
      target: 300 * B,
      param: 'rev2030',
    });
    expect(expected.reached).toBe(true);
    expect(out.seek).toEqual({
      param: 'rev2030',
      value: 347 * B,
      achieved: expected.reached && expected.achieved,
    });
    expect(out.seek.achieved).toBe(
      project({ ...presetValues('amended-2026'), rev2030: 347 * B }).kpis.msftTotalValueNpv,
    );
  });

  it('takes fractions and years as the JSON writes them', () => {
    const out = JSON.parse(runCli(['--seek=openaiBreakEvenYear=2031', '--by', 'opexShare']).stdout) as {
      seek: { value: number; achieved: number };
    };
    expect(out.seek.achieved).toBe(2031);
    expect(out.seek.value).toBeGreaterThan(0.05);
  });

  it('exits 1 naming the closest reachable value when none in range reaches the target', () => {
    const result = runCli(['--seek', 'msftTotalValueNpv=3e12', '--by', 'rev2030']);
    const closest = project({ ...presetValues('amended-2026'), rev2030: 600 * B }).kpis.msftTotalValueNpv;
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: No value of OpenAI revenue, 2030 (rev2030) from $5.0B to $600.0B brings msftTotalValueNpv to 3000000000000; the closest reachable is msftTotalValueNpv=${closest} at rev2030=600000000000 ($600.0B).\n`,
    });
  });

  it('exits 2 naming each bad part: figure, target, assumption, a missing --by or --seek', () => {
    const bad = runCli(['--seek', 'nope=x', '--by', 'shareShape']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: --seek: unknown figure "nope".');
    expect(bad.stderr).toContain(
      'error: --seek: target "x" is not a number (in the JSON\'s units: USD, fractions, years).',
    );
    expect(bad.stderr).toContain(
      'error: --by: Shape of the decline (shareShape) is a choice, not a number to move.',
    );
    expect(runCli(['--seek', 'msftTotalValueNpv=1']).stderr).toContain(
      'error: --seek needs --by <id>, the assumption to move.',
    );
    expect(runCli(['--by', 'rev2030']).stderr).toContain(
      'error: --by names the assumption a --seek moves: give --seek too.',
    );
    expect(runCli(['--seek', '300e9', '--by', 'rev2030']).stderr).toContain(
      'error: --seek "300e9" should look like kpi=target, e.g. --seek msftTotalValueNpv=300e9.',
    );
    expect(runCli(['--seek', 'msftTotalValueNpv=Infinity', '--by', 'rev2030']).code).toBe(2);
  });
});

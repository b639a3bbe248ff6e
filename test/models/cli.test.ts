import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../models/cli/run.ts';
import { PRESETS, reconcile } from '../../models/index.ts';
import { B, expectRel } from './support.ts';

const STACK_FRAME = /^\s+at /m;

describe('runCli', () => {
  describe('--preset seeds-2025', () => {
    const result = runCli(['--preset', 'seeds-2025']);
    const out = JSON.parse(result.stdout) as {
      preset: string;
      link: string;
      years: number[];
      series: Record<string, unknown>;
      kpis: Record<string, unknown>;
    };

    it('exits 0 with JSON on stdout and nothing on stderr', () => {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(out.preset).toBe('seeds-2025');
      expect(out.link).toBe('?preset=seeds-2025&v=2');
      expect(out.years[0]).toBe(2025);
      expect(out.years.at(-1)).toBe(2035); // the default horizon
    });

    it('includes the headline series', () => {
      for (const key of [
        'openaiRevenue',
        'revenueShareRate',
        'revenueSharePaid',
        'computeSpend',
        'computeByProvider',
        'azureRevenueFromOpenAI',
        'msftStakeValue',
        'openaiOperatingCashFlow',
      ]) {
        expect(out.series, key).toHaveProperty(key);
      }
      const byProvider = out.series.computeByProvider as Record<string, number[]>;
      expect(byProvider.azure).toHaveLength(out.years.length);
      // 2025: 13e9 × 20% = 2.6e9
      expectRel((out.series.revenueSharePaid as number[])[0], 2.6 * B, 1e-12);
    });

    it('includes the headline figures', () => {
      for (const key of [
        'revenueSharePaidThrough2030',
        'computeSpendThrough2030',
        'azureRevenueThrough2030',
        'msftTotalValueNpv',
        'msftMultipleOnInvestment',
        'openaiBreakEvenYear',
        'partnersExceedAzureYear',
      ]) {
        expect(out.kpis, key).toHaveProperty(key);
      }
      // the seeds' $450B is the compute need through 2030; spend adds idle contracted capacity (take-or-pay)
      const s = out.series as Record<string, number[]>;
      const through2030 = (key: string) => s[key]!.slice(0, 6).reduce((a, b) => a + b, 0);
      expectRel(through2030('inferenceCompute') + through2030('trainingCompute'), 450 * B, 1e-9);
      expectRel(
        out.kpis.computeSpendThrough2030 as number,
        450 * B + through2030('idleCompute') - through2030('decentralizedSaving'),
        1e-9,
      );
    });
  });

  it('applies --set in link units and echoes the link', () => {
    const result = runCli(['--preset', 'seeds-2025', '--set', 'shareEnd=10', '--set=shareCap=50']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { link: string; series: { revenueShareRate: number[] } };
    expect(out.link).toBe('?preset=seeds-2025&v=2&shareEnd=10&shareCap=50');
    expect(out.series.revenueShareRate[5]).toBeCloseTo(0.1, 12); // 2030: the end rate 10%
  });

  it('reads a link with --url', () => {
    const result = runCli(['--url', 'https://example.org/?preset=bubble&shareEnd=10#x']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      preset: 'bubble',
      link: '?preset=bubble&v=2&shareEnd=10',
    });
  });

  it('reads a version 1 link with --url and refuses what it cannot carry over', () => {
    const ok = runCli(['--url', '?preset=amended-2026&v=1&shareEnd=10']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ link: '?preset=amended-2026&v=2&shareEnd=10' });
    const lost = runCli(['--url', '?v=1&terminalMultiple=8']);
    expect(lost.code).toBe(2);
    expect(lost.stdout).toBe('');
    expect(lost.stderr).toContain('error: Terminal revenue multiple (terminalMultiple)');
  });

  it('prints the reconciliation as JSON rows: id, preset, reported, model, gap, matched', () => {
    const result = runCli(['--reconcile']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows).toEqual(JSON.parse(JSON.stringify(reconcile())));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const presetIds = PRESETS.map((p) => p.id);
    for (const r of rows) {
      expect(r, String(r.id)).toMatchObject({
        id: expect.any(String) as string,
        preset: expect.any(String) as string,
        reported: expect.any(Number) as number,
        matched: expect.any(Boolean) as boolean,
      });
      expect(presetIds).toContain(r.preset);
      if (r.model === null) {
        expect(r.gap).toBeNull();
        continue;
      }
      const [model, reported, gap] = [r.model as number, r.reported as number, r.gap as number];
      expectRel(gap, r.unit === 'year' ? model - reported : (model - reported) / Math.abs(reported), 1e-9);
      expect(r.matched).toBe(Math.abs(gap) <= (r.tolerance as number));
    }
    // The cap binds under the Apr 2026 terms: exactly $38B through 2030
    const cap = rows.find((r) => r.id === 'cap')!;
    expect(cap).toMatchObject({ preset: 'amended-2026', reported: 38 * B, matched: true });
    expectRel(cap.model as number, 38 * B, 1e-9);
  });

  it('prints a CSV with units in the header and one row per year', () => {
    const result = runCli(['--preset', 'seeds-2025', '--csv']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header[0]).toBe('year');
    expect(header).toContain('openaiRevenue (USD)');
    expect(header).toContain('revenueShareRate (fraction)');
    expect(header).toContain('computeByProvider.azure (USD)');
    for (const h of header.slice(1)) expect(h).toMatch(/^[\w.]+ \((USD|fraction|year|multiple)\)$/);
    expect(lines).toHaveLength(1 + 11); // 2025–2035
    const row2025 = lines[1]!.split(',');
    expect(row2025).toHaveLength(header.length);
    expect(row2025[0]).toBe('2025');
    expect(Number(row2025[header.indexOf('openaiRevenue (USD)')])).toBe(13 * B);
    expect(Number(row2025[header.indexOf('revenueShareRate (fraction)')])).toBe(0.2);
    expect(lines.at(-1)!.split(',')[0]).toBe('2035');
  });

  it('lists the presets with id, name and description', () => {
    const result = runCli(['--list-presets']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { id: string; name: string; description: string }[];
    expect(list.map((p) => p.id)).toEqual(PRESETS.map((p) => p.id));
    for (const p of list) {
      expect(p.name).not.toBe('');
      expect(p.description).not.toBe('');
    }
  });

  it('prints help', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--preset <id>');
  });

  describe('bad input exits 2 with an error naming each bad field and no output', () => {
    const cases: [string, string[], string[]][] = [
      ['unknown preset', ['--preset', 'nope'], ['Unknown preset "nope"']],
      ['unknown option', ['--frobnicate'], ['Unknown option "--frobnicate"']],
      ['stray argument', ['seeds-2025'], ['Unknown option "seeds-2025"']],
      ['missing value', ['--preset'], ['--preset needs a value']],
      ['--url with an unknown key', ['--url', '?capUsd=38'], ['capUsd']],
      ['--url with a non-number', ['--url', '?shareEnd=abc'], ['(shareEnd)', '"abc"']],
      ['--url out of range', ['--url', '?shareEnd=90'], ['(shareEnd)', 'outside']],
      [
        '--url with three bad fields',
        ['--url', '?capUsd=38&shareEnd=abc&horizonEnd=2099'],
        ['capUsd', '(shareEnd)', '(horizonEnd)'],
      ],
      ['--url with an unknown preset', ['--url', '?preset=nope'], ['Unknown preset "nope"']],
      [
        '--preset and --url',
        ['--preset', 'seeds-2025', '--url', '?shareEnd=10'],
        ['either --preset or --url'],
      ],
      ['--set without =', ['--set', 'shareEnd'], ['--set "shareEnd"', 'id=value']],
      ['--set of an unknown id', ['--set', 'nope=1'], ['"nope"']],
      // Issue #8: a bad option beside --help is an error; a setting given twice is one, as in a link.
      ['--bogus --help', ['--bogus', '--help'], ['Unknown option "--bogus"']],
      ['--help --bogus', ['--help', '--bogus'], ['Unknown option "--bogus"']],
      [
        '--set twice',
        ['--set', 'shareEnd=10', '--set', 'shareEnd=12'],
        ['--set shareEnd is given more than once ("10", then "12")'],
      ],
      [
        '--url with a duplicate key',
        ['--url', '?shareEnd=10&shareEnd=12'],
        ['"shareEnd" appears more than once'],
      ],
      [
        '--preset twice',
        ['--preset', 'bubble', '--preset', 'seeds-2025'],
        ['--preset is given more than once'],
      ],
      [
        '--url with a stray "?"',
        ['--url', 'preset=bubble&shareEnd=10?'],
        ['A stray "?" at the end of the link.'],
      ],
    ];
    it.each(cases)('%s', (_, argv, mentions) => {
      const result = runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      for (const m of mentions) expect(result.stderr).toContain(m);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    });

    it('says what is wrong, never what a page would keep or use instead', () => {
      const result = runCli([
        '--url',
        '?preset=nope&v=9&bogus=1&shareStart=abc&shareEnd=90&agiYear=1&agiYear=2',
      ]);
      expect(result.code).toBe(2);
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toHaveLength(7); // agiYear: given twice, and 1 is out of range
      for (const line of errors) expect(line).not.toMatch(/kept|used|ignored|instead|read as/);
      expect(result.stderr).toContain('error: Unknown preset "nope".');
      expect(result.stderr).toContain('error: Unknown setting "bogus".');
      expect(result.stderr).toMatch(/\(shareEnd\): 90% is outside [^;]+\.\n/);
    });

    it('puts each problem on its own line', () => {
      const result = runCli(['--url', '?capUsd=38&shareEnd=abc&horizonEnd=2099']);
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toHaveLength(3);
    });
  });
});

describe('models/cli/main.ts', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const cli = (args: string[], stdout: 'pipe' | number) =>
    spawn('node_modules/.bin/tsx', ['models/cli/main.ts', ...args], {
      cwd: root,
      stdio: ['ignore', stdout, 'pipe'],
    });
  const finished = (child: ReturnType<typeof cli>) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('exits quietly when the reader has gone (`--csv | head -c 0`: EPIPE)', async () => {
    const child = cli(['--csv'], 'pipe');
    child.stdout!.destroy(); // the reading end closes before anything is written
    const { code, stderr } = await finished(child);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);

  it('says in one line that the output could not be written (`> /dev/full`: ENOSPC)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await finished(cli(['--csv'], full));
      expect(stderr).toBe('error: could not write the output (ENOSPC).\n');
      expect(code).toBe(1);
    } finally {
      closeSync(full);
    }
  }, 30_000);

  it('exits with status 2 and writes the error to stderr', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const child = spawnSync('node_modules/.bin/tsx', ['models/cli/main.ts', '--preset', 'nope'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('Unknown preset "nope"');
    expect(child.stderr).not.toMatch(STACK_FRAME);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import {
  currentLinkVersion,
  decodeScenario,
  encodeScenario,
  LATEST_PRESET_ID,
  LINK_MIGRATIONS,
  MAX_LINK_LENGTH,
  presetValues,
  project,
  type LinkMigration,
  type LinkProblemKind,
  type ScenarioValues,
} from '../../models/index.ts';
import { B, scenario } from './support.ts';

describe('encodeScenario', () => {
  it('writes the preset, the version and nothing else for an unchanged preset', () => {
    const params = encodeScenario({ preset: 'seeds-2025', values: presetValues('seeds-2025') });
    expect(params.toString()).toBe('preset=seeds-2025&v=2');
  });

  it('writes only the changed values, in schema order and display units', () => {
    const values = scenario({
      horizonEnd: 2040, // year: as is
      shareCap: 50 * B, // $B: 50
      shareEnd: 0.1, // %: 10
      shareShape: 'linear', // choice: its value
      shareCapOn: false, // flag: true/false
      coreweaveValue: 22.5 * B, // $B: 22.5
      revGrowthHalfLife: 1.5, // years: as is
      contractShape: 'even', // choice: its value
      legacyCapMultiple: 50, // ×: as is
      costOfEquity: 0.145, // %: 14.5 (0.145 × 100 = 14.499999999999998 in floating point)
    });
    const params = encodeScenario({ preset: 'amended-2026', values });
    expect(params.toString()).toBe(
      'preset=amended-2026&v=2&shareEnd=10&shareShape=linear&shareCapOn=false&shareCap=50' +
        '&revGrowthHalfLife=1.5&contractShape=even&coreweaveValue=22.5&legacyCapMultiple=50' +
        '&costOfEquity=14.5&horizonEnd=2040',
    );
  });

  it('writes the values that differ from the chosen preset, not from the defaults', () => {
    // seeds-2025 has shareEnd 8% and no cap; the amended defaults are 20% and a cap
    const values = { ...presetValues('seeds-2025'), shareEnd: 0.2 };
    expect(encodeScenario({ preset: 'seeds-2025', values }).toString()).toBe(
      'preset=seeds-2025&v=2&shareEnd=20',
    );
  });
});

const kinds = (problems: readonly { kind: LinkProblemKind }[]) => problems.map((p) => p.kind);

describe('decodeScenario', () => {
  it('reads the latest preset with no problem from an empty link', () => {
    for (const link of ['', '?']) {
      const d = decodeScenario(link);
      expect(d.scenario.preset).toBe(LATEST_PRESET_ID);
      expect(d.scenario.values).toEqual(presetValues(LATEST_PRESET_ID));
      expect(d.scenario.values.shareCap).toBe(38 * B);
      expect(d.problems).toEqual([]);
      expect(d.version).toBe(2);
    }
  });

  it('reads a valid field on top of its preset', () => {
    const d = decodeScenario('?preset=seeds-2025&v=1&shareEnd=10&shareCap=50&shareShape=step&shareCapOn=on');
    expect(d.problems).toEqual([]);
    expect(d.version).toBe(1); // a version 1 link whose settings all carry over unchanged
    expect(d.scenario.preset).toBe('seeds-2025');
    expect(d.scenario.values).toEqual({
      ...presetValues('seeds-2025'),
      shareEnd: 0.1, // 10%
      shareCap: 50e9, // $50B
      shareShape: 'step',
      shareCapOn: true,
    });
  });

  describe('a bad field is reported and keeps the preset value', () => {
    // [query, field, what the message quotes]
    const cases: [string, string, string][] = [
      ['shareEnd=abc', 'shareEnd', '"abc" is not a number in %'],
      ['shareEnd=1e1', 'shareEnd', '"1e1" is not a number in %'],
      ['shareEnd=%2B5', 'shareEnd', '"+5" is not a number in %'],
      ['shareEnd=', 'shareEnd', '"" is not a number in %'],
      ['shareCap=38B', 'shareCap', '"38B" is not a number in $B'],
      ['shareCapOn=maybe', 'shareCapOn', 'is not true or false'],
      ['shareShape=Linear', 'shareShape', 'is not one of flat, linear, step'],
      ['horizonEnd=2031.5', 'horizonEnd', 'is not a whole number'],
      // Over 400 characters no number is that long, so it is refused before parsing.
      ['rev2025=' + '1'.repeat(401), 'rev2025', 'is not a number in $B'],
    ];
    it.each(cases)('%s', (query, field, quoted) => {
      const d = decodeScenario(`?preset=seeds-2025&${query}&shareStart=15`);
      expect(d.problems).toHaveLength(1);
      const [problem] = d.problems;
      expect(problem!.kind).toBe('unparsable');
      expect(problem!.key).toBe(field);
      expect(problem!.message).toContain(`(${field})`);
      expect(problem!.message).toContain(quoted);
      expect(d.scenario.values[field as keyof typeof d.scenario.values]).toEqual(
        presetValues('seeds-2025')[field as keyof typeof d.scenario.values],
      );
      expect(d.scenario.values.shareStart).toBe(0.15); // the good field next to it survives
    });
  });

  describe('an out-of-range field is clamped and reported with its label and id', () => {
    const cases: [string, string, number | boolean, string][] = [
      [
        'shareEnd=90',
        'shareEnd',
        0.3,
        'Revenue share at end of decline (shareEnd): 90% is outside 0.0%–30.0%; used 30.0%.',
      ],
      [
        'shareEnd=-5',
        'shareEnd',
        0,
        'Revenue share at end of decline (shareEnd): -5% is outside 0.0%–30.0%; used 0.0%.',
      ],
      [
        'shareCap=500',
        'shareCap',
        200 * B,
        'Total cap (shareCap): $500B is outside $1.0B–$200.0B; used $200.0B.',
      ],
      ['horizonEnd=2020', 'horizonEnd', 2030, 'Horizon (horizonEnd): 2020 is outside 2030–2040; used 2030.'],
      [
        'legacyCapMultiple=150',
        'legacyCapMultiple',
        100,
        '2019 return cap (legacyCapMultiple): 150× is outside 1.0×–100.0×; used 100.0×.',
      ],
      [
        'rev2030=1000',
        'rev2030',
        600 * B,
        'OpenAI revenue, 2030 (rev2030): $1000B is outside $5.0B–$600.0B; used $600.0B.',
      ],
    ];
    it.each(cases)('%s', (query, field, clamped, message) => {
      const d = decodeScenario(`?${query}&shareStart=15`);
      expect(d.problems).toEqual([{ kind: 'out-of-range', key: field, message }]);
      expect(d.scenario.values[field as keyof typeof d.scenario.values]).toBe(clamped);
      expect(d.scenario.values.shareStart).toBe(0.15);
    });
  });

  it('reports an unknown key and ignores it', () => {
    const d = decodeScenario('?capUsd=38&shareEnd=10');
    expect(d.problems).toEqual([
      { kind: 'unknown-key', key: 'capUsd', message: 'Unknown setting "capUsd" was ignored.' },
    ]);
    expect(d.scenario.values.shareEnd).toBe(0.1);
  });

  it('falls back to the latest preset for an unknown one and still reads the fields', () => {
    const d = decodeScenario('?preset=seeds-2099&shareEnd=10');
    expect(d.scenario.preset).toBe(LATEST_PRESET_ID);
    expect(kinds(d.problems)).toEqual(['unknown-preset']);
    expect(d.problems[0]!.message).toContain('seeds-2099');
    expect(d.problems[0]!.message).toContain(LATEST_PRESET_ID);
    expect(d.scenario.values).toEqual({ ...presetValues(LATEST_PRESET_ID), shareEnd: 0.1 });
  });

  it('uses the first of duplicate keys', () => {
    const d = decodeScenario('?shareEnd=10&shareEnd=12');
    expect(d.scenario.values.shareEnd).toBe(0.1);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatchObject({ kind: 'duplicate', key: 'shareEnd' });
  });

  it('reports a link longer than the limit but still reads it', () => {
    const link = `?shareEnd=10&pad=${'a'.repeat(MAX_LINK_LENGTH)}`;
    expect(link.length).toBeGreaterThan(4000);
    const d = decodeScenario(link);
    expect(kinds(d.problems)).toEqual(['too-long', 'unknown-key']);
    expect(d.problems[0]!.message).toContain('4,000');
    expect(d.scenario.values.shareEnd).toBe(0.1);
  });

  it('does not report a link of exactly the limit', () => {
    const head = '?shareEnd=10&pad=';
    const d = decodeScenario(head + 'a'.repeat(MAX_LINK_LENGTH - head.length));
    expect(kinds(d.problems)).toEqual(['unknown-key']);
  });

  it('reads only the first 200 parameters', () => {
    const junk = Array.from({ length: 200 }, (_, i) => `x${i}=1`).join('&');
    const d = decodeScenario(`?${junk}&shareEnd=10`);
    expect(d.scenario.values.shareEnd).toBe(0.2); // the 201st parameter is not read
    expect(d.problems.filter((p) => p.kind === 'unknown-key')).toHaveLength(200);
  });

  describe('an unknown version is reported and the values read as the current version', () => {
    it.each(['3', '0', 'one', '1.0', '2.0', '-1'])('v=%s', (v) => {
      const d = decodeScenario(`?v=${v}&shareEnd=10`);
      expect(d.problems).toHaveLength(1);
      expect(d.problems[0]).toMatchObject({ kind: 'unknown-version', key: 'v' });
      expect(d.problems[0]!.message).toContain('this site reads 1 to 2');
      expect(d.version).toBe(2);
      expect(d.scenario.values.shareEnd).toBe(0.1);
    });
  });

  it('keeps every good field next to bad ones', () => {
    const d = decodeScenario(
      '?preset=seeds-2025&shareEnd=10&foo=1&shareStart=abc&horizonEnd=2099&shareShape=step&shareCapOn=yes&shareEnd=11',
    );
    expect(kinds(d.problems).sort()).toEqual(['duplicate', 'out-of-range', 'unknown-key', 'unparsable']);
    const seeds = presetValues('seeds-2025');
    expect(d.scenario.values).toEqual({
      ...seeds,
      shareEnd: 0.1,
      shareStart: seeds.shareStart, // unparsable: kept
      horizonEnd: 2040, // clamped
      shareShape: 'step',
      shareCapOn: true,
    });
  });

  describe('reads full URLs, query strings and URLSearchParams alike', () => {
    const inputs: [string, string | URLSearchParams][] = [
      ['a full URL with a fragment', 'https://example.org/deal-explorer/?preset=bubble&shareEnd=10#charts'],
      ['a full URL', 'https://example.org/deal-explorer/index.html?preset=bubble&shareEnd=10'],
      ['a query string with ?', '?preset=bubble&shareEnd=10'],
      ['a bare query string', 'preset=bubble&shareEnd=10'],
      ['URLSearchParams', new URLSearchParams({ preset: 'bubble', shareEnd: '10' })],
    ];
    it.each(inputs)('%s', (_, input) => {
      const d = decodeScenario(input);
      expect(d.problems).toEqual([]);
      expect(d.scenario).toEqual({ preset: 'bubble', values: { ...presetValues('bubble'), shareEnd: 0.1 } });
    });
  });

  it('decodes what it encodes', () => {
    const s = {
      preset: 'recap-2025',
      values: {
        ...presetValues('recap-2025'),
        shareEnd: 0.07,
        shareCap: 22.4 * B,
        costOfEquity: 0.145,
        revGrowthHalfLife: 2.5,
        contractShape: 'ramp' as const,
        agiYear: 2031,
      },
    };
    const d = decodeScenario(`https://example.org/?${encodeScenario(s).toString()}`);
    expect(d.problems).toEqual([]);
    expect(d.scenario).toEqual(s);
  });
});

describe('decodeScenario with migrations', () => {
  // v1 → v2: the cap was called capM and counted in $M; v2 → v3: shareEnd was a fraction, now a percentage.
  const migrations: LinkMigration[] = [
    {
      from: 1,
      describe: 'capM ($M) → shareCap ($B)',
      migrate: (params) => {
        const old = params.get('capM');
        if (old === undefined) return;
        params.delete('capM');
        params.set('shareCap', String(Number(old) / 1000));
      },
    },
    {
      from: 2,
      describe: 'shareEnd fraction → percentage',
      migrate: (params) => {
        const old = params.get('shareEnd');
        if (old !== undefined) params.set('shareEnd', String(Number(old) * 100));
      },
    },
  ];

  it('migrates a version 1 link through every step', () => {
    const d = decodeScenario('?v=1&capM=50000&shareEnd=0.125', migrations);
    expect(d.problems).toEqual([]);
    expect(d.version).toBe(1);
    expect(d.scenario.values.shareCap).toBe(50 * B); // 50000 $M = 50 $B
    expect(d.scenario.values.shareEnd).toBe(0.125); // 0.125 → 12.5% → 0.125
  });

  it('applies only the later steps to a version 2 link', () => {
    const d = decodeScenario('?v=2&shareCap=50&shareEnd=0.125', migrations);
    expect(d.problems).toEqual([]);
    expect(d.version).toBe(2);
    expect(d.scenario.values.shareCap).toBe(50 * B);
    expect(d.scenario.values.shareEnd).toBe(0.125);
  });

  it('leaves a current link alone', () => {
    const d = decodeScenario('?v=3&shareEnd=12.5&capM=50000', migrations);
    expect(d.version).toBe(3);
    expect(d.scenario.values.shareEnd).toBe(0.125);
    expect(d.problems).toEqual([
      { kind: 'unknown-key', key: 'capM', message: 'Unknown setting "capM" was ignored.' },
    ]);
  });

  it('reports a version from the future', () => {
    const d = decodeScenario('?v=4&shareEnd=12.5', migrations);
    expect(kinds(d.problems)).toEqual(['unknown-version']);
    expect(d.problems[0]!.message).toContain('1 to 3');
    expect(d.scenario.values.shareEnd).toBe(0.125);
  });
});

// Version 1 → 2 (the finance-grade model): what a version 1 link held is carried over where it still means
// something, and every setting that cannot be is reported as 'migrated', never silently dropped.
describe('the version 1 → 2 link migration', () => {
  const migrated = (problems: readonly { kind: LinkProblemKind; key: string }[]) =>
    problems.filter((p) => p.kind === 'migrated').map((p) => p.key);

  it('makes version 2 the current one', () => {
    expect(currentLinkVersion()).toBe(2);
    expect(LINK_MIGRATIONS.map((m) => m.from)).toEqual([1]);
  });

  it('carries a 2030 revenue target over to rev2030 and says so', () => {
    const d = decodeScenario('?preset=amended-2026&v=1&revTarget=200');
    expect(d.version).toBe(1);
    expect(d.scenario.values).toEqual({ ...presetValues('amended-2026'), rev2030: 200 * B });
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatchObject({ kind: 'migrated', key: 'revTarget' });
    expect(d.problems[0]!.message).toContain('revTarget');
    expect(d.problems[0]!.message).toContain('rev2030');
    expect(d.problems[0]!.message).toContain('$200B');
    // written again, the link is a version 2 one holding the new setting
    expect(encodeScenario(d.scenario).toString()).toBe('preset=amended-2026&v=2&rev2030=200');
  });

  it('carries a target for 2030 given explicitly, and on another preset', () => {
    const d = decodeScenario('?preset=seeds-2025&v=1&revMode=target&revTarget=300&revTargetYear=2030');
    expect(d.scenario.values).toEqual({ ...presetValues('seeds-2025'), rev2030: 300 * B });
    expect(migrated(d.problems)).toEqual(['revTarget', 'revMode']);
  });

  it('clamps a carried-over target that is out of the new range, and reports both', () => {
    const d = decodeScenario('?v=1&revTarget=1000');
    expect(d.scenario.values.rev2030).toBe(600 * B);
    expect(kinds(d.problems)).toEqual(['migrated', 'out-of-range']);
    expect(d.problems.map((p) => p.key)).toEqual(['revTarget', 'rev2030']);
  });

  // [query, the keys reported as migrated, the values that change from amended-2026]
  const cases: [string, string[], Partial<ScenarioValues>][] = [
    ['revTarget=200&revTargetYear=2028', ['revTarget'], {}], // not a 2030 target: the path is kept
    ['revMode=decay&revTarget=200', ['revTarget', 'revMode'], {}], // the target played no part in decay mode
    ['revTargetYear=2029', ['revTargetYear'], {}],
    ['revGrowthStart=130', ['revGrowthStart'], {}],
    ['terminalMultiple=8', ['terminalMultiple'], {}],
    ['multipleHalfLife=2', ['multipleHalfLife'], {}],
    ['dilution=3', ['dilution'], {}],
    ['hostingMargin=50', ['hostingMargin'], {}],
    ['valuationAnchorYear=2025', [], { round2026Raised: 0 }], // no 2026 valuation then: no 2026 round now
    ['valuationAnchorYear=2026', [], {}],
    [
      'terminalMultiple=8&dilution=3&shareEnd=10&hostingMargin=50',
      ['dilution', 'terminalMultiple', 'hostingMargin'],
      { shareEnd: 0.1 }, // a setting that did not change is read as before
    ],
  ];
  it.each(cases)('v=1&%s', (query, keys, changes) => {
    const d = decodeScenario(`?v=1&${query}`);
    expect(migrated(d.problems)).toEqual(keys);
    expect(kinds(d.problems).every((k) => k === 'migrated')).toBe(true); // none is reported as unknown
    for (const p of d.problems) expect(p.message).toContain(p.key);
    expect(d.scenario.values).toEqual({ ...presetValues('amended-2026'), ...changes });
  });

  it('says where the value now lies when it names a replacement', () => {
    const [multiple] = decodeScenario('?v=1&terminalMultiple=8').problems;
    expect(multiple!.message).toContain('OpenAI cost of equity');
    const [hosting] = decodeScenario('?v=1&hostingMargin=50').problems;
    expect(hosting!.message).toContain('hostingOpMargin');
  });

  it('does not migrate a version 2 link or one without a version: the old keys are unknown there', () => {
    for (const link of ['?v=2&terminalMultiple=8&revTarget=200', '?terminalMultiple=8&revTarget=200']) {
      const d = decodeScenario(link);
      expect(d.version, link).toBe(2);
      expect(kinds(d.problems), link).toEqual(['unknown-key', 'unknown-key']);
      expect(d.scenario.values.rev2030, link).toBe(280 * B);
    }
  });
});

describe('decodeScenario, regressions', () => {
  it('accepts half-year durations (the half-lives step by 0.5)', () => {
    for (const halfLife of [0.5, 2.5, 9.5]) {
      const values = { ...presetValues('amended-2026'), revGrowthHalfLife: halfLife };
      const decoded = decodeScenario(encodeScenario({ preset: 'amended-2026', values }));
      expect(decoded.problems).toEqual([]);
      expect(decoded.scenario.values.revGrowthHalfLife).toBe(halfLife);
    }
    expect(decodeScenario('?revGrowthHalfLife=1.5').problems).toEqual([]);
  });

  it('round-trips a vanishingly small value written out in full (46 characters)', () => {
    const values = { ...presetValues('amended-2026'), shareEnd: 1.2345678901234567e-30 };
    const decoded = decodeScenario(encodeScenario({ preset: 'amended-2026', values }));
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario.values.shareEnd).toBe(1.2345678901234567e-30);
  });

  it('reads a full URL with no query as no settings, and ignores fragments', () => {
    const cases: [string, Record<string, number>][] = [
      ['https://example.org/deal-explorer/', {}],
      ['https://example.org/deal-explorer/#charts', {}],
      ['/deal-explorer/', {}],
      ['https://example.org/?preset=amended-2026&shareCap=50#charts', { shareCap: 50 * B }],
      ['shareEnd=10#x', { shareEnd: 0.1 }],
    ];
    for (const [link, expected] of cases) {
      const decoded = decodeScenario(link);
      expect(decoded.problems, link).toEqual([]);
      expect(decoded.scenario.values, link).toEqual({ ...presetValues('amended-2026'), ...expected });
    }
  });
});

// Issue #8: mangled links lost settings without a word. Each repair now has its own notice.
describe('decodeScenario, mangled links', () => {
  const bubble = (changes: Partial<ScenarioValues> = {}) => ({ ...presetValues('bubble'), ...changes });

  it('reads a bare query with a stray "?" at its end, and says so', () => {
    const d = decodeScenario('preset=bubble&shareEnd=10?');
    expect(d.scenario).toEqual({ preset: 'bubble', values: bubble({ shareEnd: 0.1 }) });
    expect(d.problems).toEqual([
      { kind: 'stray-question-mark', key: '', message: 'A stray "?" at the end of the link was ignored.' },
    ]);
  });

  it('reads a "?" between settings as "&"', () => {
    const d = decodeScenario('?preset=bubble?shareEnd=10');
    expect(d.scenario).toEqual({ preset: 'bubble', values: bubble({ shareEnd: 0.1 }) });
    expect(d.problems).toEqual([
      { kind: 'stray-question-mark', key: '', message: 'A stray "?" after "preset=bubble" was read as "&".' },
    ]);
    expect(kinds(decodeScenario('??preset=bubble').problems)).toEqual(['stray-question-mark']);
    expect(decodeScenario('??preset=bubble').scenario.preset).toBe('bubble');
  });

  it('reads settings after a "#" and reports other text after one, but not a page anchor', () => {
    const after = decodeScenario('?preset=bubble&shareEnd=10#&shareCap=50');
    expect(after.scenario.values).toEqual(bubble({ shareEnd: 0.1, shareCap: 50 * B }));
    expect(kinds(after.problems)).toEqual(['fragment']);
    expect(after.problems[0]!.message).toContain('&shareCap=50');

    const cut = decodeScenario('https://example.org/?preset=bubble&shareEnd=1#0');
    expect(cut.scenario.values).toEqual(bubble({ shareEnd: 0.01 }));
    expect(cut.problems).toEqual([
      {
        kind: 'fragment',
        key: '',
        message: 'A "#" in the link ends its settings before "0", which was not read.',
      },
    ]);

    expect(decodeScenario('?preset=bubble#figures').problems).toEqual([]);
  });

  it('reads the settings of a full link pasted into the query, preset included', () => {
    for (const link of [
      '?https://example.org/deal-explorer/?preset=bubble&shareEnd=10',
      'https://example.org/?https://example.org/deal-explorer/index.html?preset=bubble&shareEnd=10',
    ]) {
      const d = decodeScenario(link);
      expect(d.scenario, link).toEqual({ preset: 'bubble', values: bubble({ shareEnd: 0.1 }) });
      expect(kinds(d.problems), link).toEqual(['nested-link']);
      expect(d.problems[0]!.message).toContain('https://example.org/');
    }
  });

  it('says how many settings were dropped after the first 200, and only then', () => {
    const junk = Array.from({ length: 250 }, (_, i) => `x${i}=1`).join('&');
    const many = decodeScenario(`?${junk}`);
    expect(many.problems.filter((p) => p.kind === 'too-many')).toEqual([
      {
        kind: 'too-many',
        key: '',
        message: 'The link has 250 settings (at most 200): only the first 200 were read.',
      },
    ]);
    expect(many.problems.filter((p) => p.kind === 'unknown-key')).toHaveLength(200);

    const long = `?preset=bubble&shareEnd=10&shareCap=50&pad=${'a'.repeat(10_000)}`;
    const d = decodeScenario(long);
    expect(kinds(d.problems)).toEqual(['too-long', 'unknown-key']);
    expect(d.problems[0]!.message).not.toContain('200');
    expect(d.problems[0]!.message).toContain(long.length.toLocaleString('en-US'));
    expect(d.scenario.values).toEqual(bubble({ shareEnd: 0.1, shareCap: 50 * B }));
  });

  it('never echoes direction-override or invisible characters into a notice', () => {
    const d = decodeScenario('?\u202Egnp.exe=1&\u2066x\u200B=2&preset=\u202Ebubble');
    const text = d.problems.map((p) => p.message).join('\n');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
    expect(text).toContain('[U+202E]gnp.exe');
    expect(text).toContain('[U+2066]x[U+200B]');
  });
});

describe('decodeScenario, money below the floor', () => {
  it('reads a vanishing investment as nothing invested, with a notice, and the multiple as not applicable', () => {
    const { scenario, problems } = decodeScenario(
      '?preset=amended-2026&v=2&inv2019=0.0000000000000000000000001&inv2021=0&inv2023=0',
    );
    expect(scenario.values.inv2019).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'out-of-range', key: 'inv2019' });
    expect(problems[0]!.message).toContain(
      'is below $0.001B, the smallest amount the model tells apart from nothing',
    );
    expect(problems[0]!.message).toContain('used $0.00B');
    expect(project(scenario.values).kpis.msftMultipleOnInvestment).toBeNull();
  });

  it('keeps $1M and more as given', () => {
    expect(decodeScenario('?inv2019=0.001').scenario.values.inv2019).toBe(1e6);
    expect(decodeScenario('?inv2019=0.001').problems).toEqual([]);
  });
});

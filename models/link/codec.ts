import { findPreset, LATEST_PRESET_ID, presetValues } from '../presets.ts';
import { isWholeNumberParam, type ParamMeta } from '../schema/define.ts';
import { PARAM_BY_ID, PARAMS, type ScenarioValues } from '../schema/scenario.ts';
import { shiftDecimal, UNITS, type Unit, belowMoneyFloor } from '../schema/units.ts';
import { formatParamValue } from '../format.ts';
import { currentLinkVersion, migrateParams, type LinkMigration, LINK_MIGRATIONS } from './migrations.ts';
import type { LinkProblem } from './problems.ts';
import { LINK_SECTIONS, type LinkSection, type Say, type ScenarioExtras } from './sections.ts';

/** A scenario: a preset plus every value (those equal to the preset's are not written to links). */
export interface Scenario {
  readonly preset: string;
  readonly values: ScenarioValues;
  /** What the scenario holds beyond the assumptions' values (see `sections.ts`); absent means none. */
  readonly extras?: ScenarioExtras;
}

export interface DecodedScenario {
  readonly scenario: Scenario;
  readonly problems: readonly LinkProblem[];
  /** The schema version the link was written under (after a migration, older than the current one). */
  readonly version: number;
}

/** Links longer than this are reported; only the first MAX_PARAMS parameters are read. */
export const MAX_LINK_LENGTH = 4000;
const MAX_PARAMS = 200;
// Long enough for any double written without an exponent (5e-324 as a percentage is ~330 characters).
const MAX_VALUE_LENGTH = 400;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;
const RESERVED = new Set(['preset', 'v']);

/**
 * Writes a scenario as query parameters: the preset, the schema version, then only the values that differ from
 * the preset, in schema order, in display units ($B, %, years). `decodeScenario(encodeScenario(s))` returns `s`.
 */
export function encodeScenario(
  scenario: Scenario,
  sections: readonly LinkSection[] = LINK_SECTIONS,
): URLSearchParams {
  const params = new URLSearchParams();
  params.set('preset', scenario.preset);
  params.set('v', String(currentLinkVersion()));
  const base = findPreset(scenario.preset) ? presetValues(scenario.preset) : undefined;
  for (const p of PARAMS) {
    const value = scenario.values[p.id as keyof ScenarioValues];
    if (base && base[p.id as keyof ScenarioValues] === value) continue;
    params.set(p.id, encodeValue(p, value));
  }
  const extras = scenario.extras as Record<string, unknown> | undefined;
  for (const section of sections) {
    const value = extras?.[section.id];
    if (value !== undefined) section.encode(value as never, params, scenario.values);
  }
  return params;
}

function encodeValue(p: ParamMeta, value: number | string | boolean): string {
  if (p.kind === 'number') return shiftDecimal(value as number, UNITS[p.unit].linkExponent);
  if (p.kind === 'flag') return value ? 'true' : 'false';
  return String(value);
}

export interface DecodeOptions {
  /**
   * For a caller that stops at any problem (the command line): each message says what is wrong and not what
   * was done instead ("Unknown setting "x"." rather than "Unknown setting "x" was ignored.").
   */
  readonly reportOnly?: boolean;
  /** The link's sections beyond the assumptions (tests pass their own). */
  readonly sections?: readonly LinkSection[];
}

/** Writes a problem's message: what is wrong, then (unless only reporting) what was done about it. */
function sayer(options: DecodeOptions): Say {
  return (what, done) => (options.reportOnly ? `${what}.` : `${what}${done}.`);
}

/**
 * Reads a link (a full URL, a query string with or without `?`, or URLSearchParams) back into a scenario. Never
 * throws: every field is validated on its own, a bad one is reported and left at the preset's value, an
 * out-of-range one is clamped, and every good one is kept.
 */
export function decodeScenario(
  input: string | URLSearchParams,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
  options: DecodeOptions = {},
): DecodedScenario {
  const problems: LinkProblem[] = [];
  const say = sayer(options);
  const entries = readEntries(input, problems, options);

  const presetRaw = entries.get('preset');
  let preset = LATEST_PRESET_ID;
  if (presetRaw !== undefined) {
    if (findPreset(presetRaw)) preset = presetRaw;
    else
      problems.push({
        kind: 'unknown-preset',
        key: 'preset',
        message: say(
          `Unknown preset "${clip(presetRaw)}"`,
          `: showing the latest terms (${LATEST_PRESET_ID}) instead`,
        ),
      });
  }

  const current = currentLinkVersion(migrations);
  let version = current;
  const versionRaw = entries.get('v');
  if (versionRaw !== undefined) {
    const n = Number(versionRaw);
    if (/^\d+$/.test(versionRaw) && n >= 1 && n <= current) version = n;
    else
      problems.push({
        kind: 'unknown-version',
        key: 'v',
        message: say(
          `Unknown link version "${clip(versionRaw)}" (this site reads 1 to ${current})`,
          `: values read as version ${current}`,
        ),
      });
  }
  const params = new Map([...entries].filter(([k]) => !RESERVED.has(k)));
  if (version < current) {
    migrateParams(params, version, migrations, (key, message) =>
      problems.push({ kind: 'migrated', key, message }),
    );
  }

  const values = { ...presetValues(preset) } as Record<string, number | string | boolean>;
  const sections = options.sections ?? LINK_SECTIONS;
  const sectionEntries = new Map(sections.map((s) => [s, [] as [string, string][]]));
  for (const [key, raw] of params) {
    const p = PARAM_BY_ID.get(key);
    const section = p ? undefined : sections.find((s) => s.owns(key));
    if (section) {
      sectionEntries.get(section)!.push([key, raw]);
      continue;
    }
    if (!p) {
      problems.push({
        kind: 'unknown-key',
        key,
        message: say(`Unknown setting "${clip(key)}"`, ' was ignored'),
      });
      continue;
    }
    const result = decodeValue(p, raw, say);
    if ('problem' in result) problems.push(result.problem);
    if ('value' in result) values[key] = result.value;
  }
  const scenarioValues = values as ScenarioValues;
  const extras: Record<string, unknown> = {};
  for (const [section, owned] of sectionEntries) {
    if (owned.length === 0) continue;
    const read = section.decode(owned, { values: scenarioValues, preset, say, clip });
    problems.push(...read.problems);
    if (read.value !== undefined) extras[section.id] = read.value;
  }
  const scenario: Scenario =
    Object.keys(extras).length > 0
      ? { preset, values: scenarioValues, extras: extras as ScenarioExtras }
      : { preset, values: scenarioValues };
  return { scenario, problems, version };
}

/**
 * The query part of a link: everything after `?` and before `#` in a full URL (none if it has no `?`), or the
 * string itself, less any fragment, when it is a bare query string.
 */
export function queryOf(link: string): string {
  const hash = link.indexOf('#');
  const withoutHash = hash >= 0 ? link.slice(0, hash) : link;
  const q = withoutHash.indexOf('?');
  if (q >= 0) return withoutHash.slice(q + 1);
  return isAddress(withoutHash) ? '' : withoutHash;
}

/** The start of a full URL ("https://…") or of a path ("/deal-explorer/…"): an address, not settings. */
function isAddress(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('/');
}

/** A fragment that names a place on the page (`#figures`), which is no part of the settings. */
const ANCHOR = /^[a-z][\w-]*$/i;

/**
 * The settings of a link as written, in order, and what is wrong with its shape. A link is a full URL, a path
 * with a query, or a query string with or without its `?`. What a mangled link still holds is recovered, and
 * each repair is reported: a `#` ends the settings, so settings after one are read and other text after one is
 * reported (a bare page anchor such as `#figures` is not); a `?` inside the settings is read as `&` (or ignored
 * at either end); a whole link pasted into the settings loses its address and keeps its settings.
 */
export function linkEntries(
  link: string,
  options: DecodeOptions = {},
): { entries: [string, string][]; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const say = sayer(options);
  const hash = link.indexOf('#');
  const beforeHash = hash >= 0 ? link.slice(0, hash) : link;
  let query: string;
  if (isAddress(beforeHash)) {
    const q = beforeHash.indexOf('?');
    query = q >= 0 ? beforeHash.slice(q + 1) : '';
  } else query = beforeHash.startsWith('?') ? beforeHash.slice(1) : beforeHash;

  if (hash >= 0) {
    const fragment = link.slice(hash + 1);
    if (fragment.includes('=')) {
      problems.push({
        kind: 'fragment',
        key: '',
        message: say(`A "#" in the link comes before settings ("${clip(fragment)}")`, ': they were read too'),
      });
      query = `${query}&${fragment.replaceAll('#', '&')}`;
    } else if (fragment !== '' && !ANCHOR.test(fragment)) {
      problems.push({
        kind: 'fragment',
        key: '',
        message: say(
          `A "#" in the link ends its settings before "${clip(fragment)}"`,
          ', which was not read',
        ),
      });
    }
  }

  const parts = query.split('?');
  let kept = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const cut = kept.lastIndexOf('&') + 1;
    const before = kept.slice(cut);
    const after = parts[i]!;
    if (isAddress(before)) {
      problems.push({
        kind: 'nested-link',
        key: '',
        message: say(
          `The link holds another link ("${clip(before)}?…")`,
          ': its address was dropped and its settings read',
        ),
      });
      kept = kept.slice(0, cut);
    } else {
      const [where, done] =
        before === '' && cut === 0
          ? ['at the start of the settings', ' was ignored']
          : after === '' && i === parts.length - 1
            ? ['at the end of the link', ' was ignored']
            : [`after "${clip(before)}"`, ' was read as "&"'];
      problems.push({ kind: 'stray-question-mark', key: '', message: say(`A stray "?" ${where}`, done) });
    }
    kept = `${kept}&${after}`;
  }
  return { entries: [...new URLSearchParams(kept)], problems };
}

function readEntries(
  input: string | URLSearchParams,
  problems: LinkProblem[],
  options: DecodeOptions,
): Map<string, string> {
  const say = sayer(options);
  let all: [string, string][];
  if (typeof input === 'string') {
    if (input.length > MAX_LINK_LENGTH) {
      problems.push({
        kind: 'too-long',
        key: '',
        message: say(
          `The link is ${input.length.toLocaleString('en-US')} characters long (at most ${MAX_LINK_LENGTH.toLocaleString('en-US')} expected)`,
          ': check that it arrived whole',
        ),
      });
    }
    const read = linkEntries(input, options);
    problems.push(...read.problems);
    all = read.entries;
  } else all = [...input];
  if (all.length > MAX_PARAMS) {
    problems.push({
      kind: 'too-many',
      key: '',
      message: say(
        `The link has ${all.length.toLocaleString('en-US')} settings (at most ${MAX_PARAMS})`,
        `: only the first ${MAX_PARAMS} were read`,
      ),
    });
  }

  const entries = new Map<string, string>();
  for (const [key, value] of all.slice(0, MAX_PARAMS)) {
    if (entries.has(key)) {
      problems.push({
        kind: 'duplicate',
        key,
        message: say(`"${clip(key)}" appears more than once`, ': the first value was used'),
      });
      continue;
    }
    entries.set(key, value);
  }
  return entries;
}

type ValueResult =
  { value: number | string | boolean } | { problem: LinkProblem } | { value: number; problem: LinkProblem };

function decodeValue(p: ParamMeta, raw: string, say: Say): ValueResult {
  const label = `${p.label} (${p.id})`;
  const bad = (expected: string): ValueResult => ({
    problem: {
      kind: 'unparsable',
      key: p.id,
      message: say(`${label}: "${clip(raw)}" is not ${expected}`, "; kept the preset's value"),
    },
  });
  if (p.kind === 'flag') {
    const v = raw.toLowerCase();
    if (v === 'true' || v === '1' || v === 'on' || v === 'yes') return { value: true };
    if (v === 'false' || v === '0' || v === 'off' || v === 'no') return { value: false };
    return bad('true or false');
  }
  if (p.kind === 'choice') {
    if (p.options.some((o) => o.value === raw)) return { value: raw };
    return bad(`one of ${p.options.map((o) => o.value).join(', ')}`);
  }
  const unit = UNITS[p.unit];
  if (raw.length > MAX_VALUE_LENGTH || !DECIMAL.test(raw))
    return bad(`a number${unit.suffix ? ` in ${unit.suffix}` : ''}`);
  let value = Number(`${raw}e${unit.linkExponent}`);
  if (!Number.isFinite(value)) return bad('a finite number');
  if (isWholeNumberParam(p) && !Number.isInteger(value)) return bad('a whole number');
  if (belowMoneyFloor(p.unit, value) && p.min <= 0) {
    return {
      value: 0,
      problem: {
        kind: 'out-of-range',
        key: p.id,
        message: say(
          `${label}: ${withUnit(p.unit, clip(raw))} is below $0.001B, the smallest amount the model tells apart from nothing`,
          `; used ${formatParamValue(p, 0)}`,
        ),
      },
    };
  }
  if (value < p.min || value > p.max) {
    const clamped = value < p.min ? p.min : p.max;
    return {
      value: clamped,
      problem: {
        kind: 'out-of-range',
        key: p.id,
        message: say(
          `${label}: ${withUnit(p.unit, clip(raw))} is outside ${formatParamValue(p, p.min)}–${formatParamValue(p, p.max)}`,
          `; used ${formatParamValue(p, clamped)}`,
        ),
      },
    };
  }
  value = value === 0 ? 0 : value; // no negative zero
  return { value };
}

/** A number as typed in a link, with its display unit: 90 → "90%", 38 → "$38B". */
function withUnit(unit: Unit, raw: string): string {
  if (unit === 'fraction') return `${raw}%`;
  if (unit === 'usd') return `$${raw}B`;
  if (unit === 'multiple') return `${raw}×`;
  return raw;
}

/**
 * Quoted user input, made safe to show: invisible and direction-changing characters (U+202E, U+2066, …) are
 * written as their code point, so a hostile link cannot reorder or hide the notice's text, and long input is cut
 * short (on whole characters) so it cannot flood the notice.
 */
export function clip(s: string): string {
  const chars = Array.from(s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `[U+${codePoint(c)}]`));
  return chars.length > 40 ? `${chars.slice(0, 37).join('')}…` : chars.join('');
}

function codePoint(c: string): string {
  return c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

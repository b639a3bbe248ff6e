import * as z from 'zod/mini';
import { clip, decodeScenario, MAX_LINK_LENGTH, type Scenario } from '../link/codec.ts';
import { findPreset } from '../presets.ts';

/** A scenario file is the JSON export (a few hundred kB at most) or a link: anything far larger is not one. */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface ImportProblem {
  /** What the problem is about: `file`, a field of the file (`preset`, `link`), or a link's setting (`link.shareEnd`). */
  readonly field: string;
  readonly message: string;
}

export interface ImportResult {
  /** The scenario read, with every good value kept; absent when nothing in the text describes one. */
  readonly scenario?: Scenario;
  readonly problems: readonly ImportProblem[];
}

// Each field is checked on its own, so a wrong one is reported and the others still count. The projection in an
// export (series, kpis, …) is not read: it follows from the assumptions and is computed afresh.
const FIELDS = {
  link: z
    .string()
    .check(z.maxLength(MAX_LINK_LENGTH * 4, `is longer than ${MAX_LINK_LENGTH * 4} characters`)),
  preset: z.string().check(z.maxLength(200, 'is longer than 200 characters')),
} as const;

/**
 * Reads a scenario from a file's text: the JSON the page or the command line exports (its `link`, or failing
 * that its `preset`), or a bare link (a full address or a query string). Never throws: each problem is listed by
 * field, and every good value is kept (a bad setting in the link falls back to the preset, as when a link opens).
 */
export function importScenario(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return fileProblem(
      `The file has ${text.length.toLocaleString('en-US')} characters; a scenario file has at most ${MAX_IMPORT_CHARS.toLocaleString('en-US')}. Nothing was read.`,
    );
  }
  const trimmed = text.trim();
  if (trimmed === '') return fileProblem('The file is empty. Nothing was read.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed);
  if (!/[=?]/.test(trimmed) || /[\r\n]/.test(trimmed)) {
    return fileProblem(
      'The file is neither a scenario exported as JSON nor a link to a scenario. Nothing was read.',
    );
  }
  return fromLink(trimmed, 'link');
}

function fromJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fileProblem(`The file is not valid JSON (${(error as Error).message}). Nothing was read.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fileProblem('The file holds JSON but not a scenario (an object with a "link"). Nothing was read.');
  }
  const problems: ImportProblem[] = [];
  const read: { link?: string; preset?: string } = {};
  for (const [field, schema] of Object.entries(FIELDS) as [keyof typeof FIELDS, z.ZodMiniString][]) {
    // Own fields only: a key such as "__proto__" or "constructor" is data here, never the object's machinery.
    if (!Object.hasOwn(data, field)) continue;
    const value = (data as Record<string, unknown>)[field];
    const result = schema.safeParse(value);
    if (result.success) read[field] = result.data;
    else
      problems.push({
        field,
        message: `"${field}" ${typeof value === 'string' ? result.error.issues[0]!.message : `should be text, not ${describe(value)}`}; it was ignored.`,
      });
  }
  if (read.link !== undefined) {
    const linked = fromLink(read.link, 'link');
    if (read.preset !== undefined && linked.scenario && read.preset !== linked.scenario.preset) {
      problems.push({
        field: 'preset',
        message: `"preset" ("${clip(read.preset)}") differs from the link's preset ("${linked.scenario.preset}"): the link's was used.`,
      });
    }
    return { scenario: linked.scenario, problems: [...problems, ...linked.problems] };
  }
  if (read.preset !== undefined) {
    if (!findPreset(read.preset)) {
      problems.push({
        field: 'preset',
        message: `Unknown preset "${clip(read.preset)}", and the file has no "link". Nothing was read.`,
      });
      return { problems };
    }
    return { scenario: decodeScenario(new URLSearchParams({ preset: read.preset })).scenario, problems };
  }
  problems.push({
    field: 'file',
    message:
      'The file has neither a "link" nor a "preset": it is not a Deal Explorer scenario. Nothing was read.',
  });
  return { problems };
}

function fromLink(link: string, field: string): ImportResult {
  const decoded = decodeScenario(link);
  return {
    scenario: decoded.scenario,
    problems: decoded.problems.map((p) => ({
      field: p.key ? `${field}.${p.key}` : field,
      message: p.message,
    })),
  };
}

function fileProblem(message: string): ImportResult {
  return { problems: [{ field: 'file', message }] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

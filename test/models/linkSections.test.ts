import { describe, expect, it } from 'vitest';
import {
  decodeScenario,
  encodeScenario,
  LATEST_PRESET_ID,
  presetValues,
  type LinkSection,
  type LinkProblem,
  type SectionContext,
  type Scenario,
} from '../../models/index.ts';

// A section as a feature would write one: it owns the keys `note` and `note.*`, keeps them in link order and
// refuses an empty note. Cast because ScenarioExtras has no test field (features add theirs).
const notes = {
  id: 'notes',
  owns: (key: string) => key === 'note' || key.startsWith('note.'),
  decode(entries: readonly (readonly [string, string])[], { say, clip }: SectionContext) {
    const value: string[] = [];
    const problems: LinkProblem[] = [];
    for (const [key, raw] of entries) {
      if (raw === '')
        problems.push({ kind: 'unparsable', key, message: say(`${clip(key)}: empty`, ': ignored') });
      else value.push(`${key}:${raw}`);
    }
    return { value: value.length > 0 ? value : undefined, problems };
  },
  encode(value: string[], params: URLSearchParams) {
    for (const v of value) {
      const [key, raw] = v.split(':') as [string, string];
      params.append(key, raw);
    }
  },
} as unknown as LinkSection;
const sections = [notes];

describe('link sections', () => {
  const values = { ...presetValues(LATEST_PRESET_ID), shareCap: 50e9 };

  it('writes a section after the assumptions and reads it back whole', () => {
    const scenario = {
      preset: LATEST_PRESET_ID,
      values,
      extras: { notes: ['note:a', 'note.x:b'] },
    } as Scenario;
    const params = encodeScenario(scenario, sections);
    expect(params.toString()).toBe(`preset=${LATEST_PRESET_ID}&v=2&shareCap=50&note=a&note.x=b`);
    const decoded = decodeScenario(params.toString(), undefined, { sections });
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario).toEqual(scenario);
  });

  it('reports a bad section key on its own and keeps every assumption', () => {
    const decoded = decodeScenario('?shareCap=50&note=&note.y=c&bogus=1', undefined, { sections });
    expect(decoded.scenario.values.shareCap).toBe(50e9);
    expect(decoded.scenario.extras).toEqual({ notes: ['note.y:c'] });
    expect(decoded.problems.map((p) => p.message)).toEqual([
      'Unknown setting "bogus" was ignored.',
      'note: empty: ignored.',
    ]);
  });

  it('leaves extras out when no section key is present, and calls section keys unknown without the section', () => {
    expect(decodeScenario('?shareCap=50', undefined, { sections }).scenario).not.toHaveProperty('extras');
    expect(decodeScenario('?note=a').problems.map((p) => p.kind)).toEqual(['unknown-key']);
  });
});

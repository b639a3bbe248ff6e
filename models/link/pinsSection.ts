import { findPreset, presetValues } from '../presets.ts';
import type { ScenarioValues } from '../schema/scenario.ts';
import { decodeScenario, encodeScenario } from './codec.ts';
import { currentLinkVersion } from './migrations.ts';
import type { LinkProblem } from './problems.ts';
import type { LinkSection } from './sections.ts';

/** A scenario pinned to compare with the current one: a preset, with any changes frozen in. */
export interface Pin {
  readonly preset: string;
  readonly values: ScenarioValues;
}

/** At most this many pins: more lines than that on a chart stop being readable. */
export const MAX_PINS = 3;

const KEY = /^pin\d*$/;
// Separators that links never escape (letters, digits, "-", ".", "_" and "*" pass through URLSearchParams as they
// are) and that no preset id, assumption id or value contains.
const ITEM = '_';
const PAIR = '*';

/**
 * One pin as a link value: its preset, then each value that differs from the preset as `_id*value`, in the same
 * units as the link's own settings (`pin1=seeds-2025_shareEnd*10_shareCap*50`). A pin equal to its preset is just
 * the preset's id.
 */
export function encodePin(pin: Pin): string {
  const changes = [...encodeScenario({ preset: pin.preset, values: pin.values }, [])].filter(
    ([k]) => k !== 'preset' && k !== 'v',
  );
  return [pin.preset, ...changes.map(([k, v]) => `${k}${PAIR}${v}`)].join(ITEM);
}

/**
 * Reads one pin. A pin is shown as what it claims to be or not at all: any problem (an unknown preset or setting,
 * a value that does not parse or is out of range) leaves the whole pin out, with every problem named.
 */
export function decodePin(
  raw: string,
  clip: (s: string) => string = (s) => s,
): { pin: Pin } | { problems: string[] } {
  const [preset = '', ...items] = raw.split(ITEM);
  if (!findPreset(preset)) return { problems: [`unknown preset "${clip(preset)}"`] };
  const params = new URLSearchParams({ preset, v: String(currentLinkVersion()) });
  const problems: string[] = [];
  for (const item of items) {
    const at = item.indexOf(PAIR);
    if (at <= 0) {
      problems.push(`"${clip(item)}" is not a setting written as id${PAIR}value`);
      continue;
    }
    params.append(item.slice(0, at), item.slice(at + 1));
  }
  const decoded = decodeScenario(params, undefined, { sections: [], reportOnly: true });
  problems.push(...decoded.problems.map((p) => p.message.replace(/\.$/, '')));
  return problems.length > 0 ? { problems } : { pin: { preset, values: decoded.scenario.values } };
}

/** Pinned scenarios, `pin1` to `pin3` (see {@link encodePin}). */
export const pinsSection: LinkSection<'pins'> = {
  id: 'pins',
  owns: (key) => KEY.test(key),
  decode(entries, { say, clip }) {
    const problems: LinkProblem[] = [];
    const pins: Pin[] = [];
    const ordered = [...entries].sort(([a], [b]) => Number(a.slice(3) || 0) - Number(b.slice(3) || 0));
    for (const [key, raw] of ordered) {
      const n = Number(key.slice(3));
      if (!(n >= 1 && n <= MAX_PINS)) {
        problems.push({
          kind: 'unknown-key',
          key,
          message: say(`"${clip(key)}": pins are pin1 to pin${MAX_PINS}`, ', so it was ignored'),
        });
        continue;
      }
      const read = decodePin(raw, clip);
      if ('pin' in read) pins.push(read.pin);
      else
        problems.push({
          kind: 'unparsable',
          key,
          message: say(`Pin ${n} ("${clip(raw)}"): ${read.problems.join('; ')}`, ' (the pin was left out)'),
        });
    }
    return { value: pins.length > 0 ? pins : undefined, problems };
  },
  encode(pins, params) {
    pins.slice(0, MAX_PINS).forEach((pin, i) => params.set(`pin${i + 1}`, encodePin(pin)));
  },
};

/** A pin of a preset as it stands. */
export function presetPin(preset: string): Pin {
  return { preset, values: presetValues(preset) };
}

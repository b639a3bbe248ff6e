import { bench, describe } from 'vitest';
import { decodeScenario, encodeScenario, presetValues, project, type Scenario } from '../../models/index.ts';

// Targets: project ≤ 10 µs, encode + decode ≤ 50 µs (median).

const amended = presetValues('amended-2026');

/** A link with six changed values across units: %, $B, a year, a choice, a flag and a multiple. */
const changed: Scenario = {
  preset: 'seeds-2025',
  values: {
    ...presetValues('seeds-2025'),
    shareEnd: 0.1,
    shareCap: 50e9,
    shareCapOn: true,
    contractShape: 'even',
    horizonEnd: 2040,
    legacyCapMultiple: 50,
  },
};

describe('model', () => {
  bench('project(amended-2026)', () => {
    project(amended);
  });

  bench('decodeScenario(encodeScenario(6 changes))', () => {
    decodeScenario(encodeScenario(changed));
  });
});

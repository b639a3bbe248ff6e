// Medians of the simulation's time in Node, the batch path and the scalar reference interleaved in one run so a
// busy machine slows both alike:   npx tsx test/models/simulation-timing.ts [rounds]
// Reports wall time and the process's CPU time (less disturbed by other processes on a shared machine).
import { presetValues, simulate, Simulator } from '../../models/index.ts';
import { scalarSimulate, ScalarSimulator } from './scalarSimulation.ts';
import { median, timed } from '../tools/timed.ts';

const ROUNDS = Number(process.argv[2] ?? 21);
const amended = presetValues('amended-2026');

const cases: [string, () => void, () => void][] = [
  [
    'simulate, 10,000 samples',
    () => simulate(amended, { samples: 10_000, seed: 1 }),
    () => scalarSimulate(amended, { samples: 10_000, seed: 1 }),
  ],
  [
    'simulate, 1,000 samples',
    () => simulate(amended, { samples: 1_000, seed: 1 }),
    () => scalarSimulate(amended, { samples: 1_000, seed: 1 }),
  ],
];
const batch = new Simulator(amended, { samples: 10_000, seed: 1 });
batch.run(10_000);
const scalar = new ScalarSimulator(amended, { samples: 10_000, seed: 1 });
scalar.run(10_000);
cases.push(['summary of 10,000 samples', () => batch.summary(), () => scalar.summary()]);

for (const [name, fast, reference] of cases) {
  for (let i = 0; i < 3; i++) {
    fast();
    reference();
  }
  const times: [number, number][][] = [[], []];
  for (let i = 0; i < ROUNDS; i++) {
    times[0]!.push(timed(fast));
    times[1]!.push(timed(reference));
  }
  const [b, s] = times.map((t) => [median(t.map((x) => x[0])), median(t.map((x) => x[1]))]) as [
    [number, number],
    [number, number],
  ];
  console.log(
    `${name}: batch ${b[0].toFixed(1)} ms wall / ${b[1].toFixed(1)} ms CPU; scalar reference ${s[0].toFixed(1)} / ${s[1].toFixed(1)} ms (medians of ${ROUNDS})`,
  );
}

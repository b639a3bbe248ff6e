// Where the simulation's time goes, each part timed against the same part of a baseline in the same run (rounds
// interleaved, so a busy machine slows both alike). Medians of wall and CPU time:
//   BASE_MODELS=/path/to/old/models npx tsx test/tools/simulationParts.ts [rounds] [part,part…]
// Without BASE_MODELS it times this tree only. The baseline is any checkout's models/ directory (e.g. from
// `git archive 35101f4 models | tar -x -C /tmp/base`, with node_modules linked beside it).
import { pathToFileURL } from 'node:url';
import { median, timed } from './timed.ts';

const ROUNDS = Number(process.argv[2] ?? 21);

interface Parts {
  name: string;
  simulate10k: () => void;
  simulate1k: () => void;
  run10k: () => void;
  engine10k: () => void;
  summary10k: () => void;
}

async function partsOf(name: string, models: string): Promise<Parts> {
  const m = await import(pathToFileURL(`${models}/index.ts`).href);
  const { BatchEngine } = await import(pathToFileURL(`${models}/engine/batch/engine.ts`).href);
  const { batchOutput } = await import(pathToFileURL(`${models}/engine/batch/output.ts`).href);
  const { rangesInForce, drawValue } = await import(pathToFileURL(`${models}/uncertainty/ranges.ts`).href);
  const { seededRng } = await import(pathToFileURL(`${models}/uncertainty/random.ts`).href);
  const amended = m.presetValues('amended-2026');
  const ranges = rangesInForce(amended);
  const metas = ranges.map((r: { id: string }) => m.PARAM_BY_ID.get(r.id));
  const rng = seededRng(1);
  const draws = ranges.map(() => new Float64Array(10_000));
  for (let s = 0; s < 10_000; s++)
    for (let r = 0; r < ranges.length; r++) draws[r][s] = drawValue(metas[r], ranges[r], rng());
  const out = batchOutput(10_000, amended.horizonEnd - 2025 + 1);
  const ids = ranges.map((r: { id: string }) => r.id);
  const summarized = new m.Simulator(amended, { samples: 10_000, seed: 1 });
  summarized.run(10_000);
  return {
    name,
    simulate10k: () => m.simulate(amended, { samples: 10_000, seed: 1 }),
    simulate1k: () => m.simulate(amended, { samples: 1_000, seed: 1 }),
    run10k: () => {
      const s = new m.Simulator(amended, { samples: 10_000, seed: 1 });
      s.run(10_000);
      s.release();
    },
    engine10k: () => new BatchEngine(amended, ids).run(draws, 0, 10_000, out),
    summary10k: () => summarized.summary(),
  };
}

const subjects = [await partsOf('this tree', new URL('../../models', import.meta.url).pathname)];
if (process.env.BASE_MODELS) subjects.push(await partsOf('baseline', process.env.BASE_MODELS));
const keys = ['simulate10k', 'simulate1k', 'run10k', 'engine10k', 'summary10k'] as const;
const chosen = process.argv[3]?.split(',');
for (const key of keys) {
  if (chosen && !chosen.includes(key)) continue;
  const times = subjects.map(() => [] as [number, number][]);
  for (let i = 0; i < 3; i++) for (const s of subjects) s[key]();
  for (let i = 0; i < ROUNDS; i++) subjects.forEach((s, k) => times[k]!.push(timed(s[key])));
  const line = subjects.map((s, k) => {
    const t = times[k]!;
    return `${s.name} ${median(t.map((x) => x[0])).toFixed(2)} wall / ${median(t.map((x) => x[1])).toFixed(2)} CPU`;
  });
  console.log(`${key.padEnd(12)} ${line.join('; ')} (ms, medians of ${ROUNDS})`);
}

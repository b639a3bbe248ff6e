// Runs simulate(amended-2026, 10,000 samples) many times, for a CPU profile of the simulation alone:
//   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof test/tools/profileSimulate.ts [rounds]
import { presetValues, simulate } from '../../models/index.ts';

const rounds = Number(process.argv[2] ?? 40);
const amended = presetValues('amended-2026');
for (let i = 0; i < rounds; i++) simulate(amended, { samples: 10_000, seed: 1 });

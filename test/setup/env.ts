import fc from 'fast-check';

// Runs before every test file (unit and e2e projects). The variables are also set on the
// Vitest main process in vite.config.ts so forked workers start with them; setting TZ here
// again is harmless and covers workers started some other way (Node re-reads TZ on change).
process.env.TZ = 'UTC';
process.env.LANG = 'en_US.UTF-8';
process.env.LC_ALL = 'en_US.UTF-8';

// Property tests draw from a fixed seed so a CI run is repeatable; set FC_SEED to explore other draws.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });

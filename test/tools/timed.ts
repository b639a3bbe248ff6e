// Timing helpers for the command-line timing scripts (not the benches, which vitest times).

/** Runs `f` once; returns its wall time and this process's CPU time, in milliseconds. */
export function timed(f: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  f();
  const used = process.cpuUsage(cpu);
  return [performance.now() - wall, (used.user + used.system) / 1000];
}

/** The middle value (the upper middle of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

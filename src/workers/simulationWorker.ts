/// <reference lib="webworker" />
// Runs the simulation off the main thread, so a slider never waits for it: the first 1,000 samples' summary, then
// all of them, drawn in slices so a newer scenario can supersede this one between slices.
import { DEFAULT_SAMPLES, DEFAULT_SEED, Simulator } from '../../models/index.ts';
import { FIRST_SAMPLES, type SimulationAnswer, type SimulationRequest } from '../lib/simulationMessages.ts';

const SLICE = 500;
let latest = '';

const pause = () => new Promise<void>((resolve) => setTimeout(resolve));

async function run(request: SimulationRequest): Promise<void> {
  const { key, values, settings } = request;
  const simulator = new Simulator(values, {
    samples: settings.samples ?? DEFAULT_SAMPLES,
    seed: settings.seed ?? DEFAULT_SEED,
    ranges: settings.ranges,
  });
  const first = Math.min(FIRST_SAMPLES, simulator.capacity);
  simulator.run(first);
  if (key !== latest) return;
  post({ key, complete: first === simulator.capacity, sim: simulator.summary() });
  while (simulator.samplesDrawn < simulator.capacity) {
    await pause();
    if (key !== latest) return;
    simulator.run(simulator.samplesDrawn + SLICE);
  }
  if (first < simulator.capacity) post({ key, complete: true, sim: simulator.summary() });
}

function post(answer: SimulationAnswer): void {
  self.postMessage(answer);
}

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  latest = event.data.key;
  void run(event.data);
};

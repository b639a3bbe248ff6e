/// <reference lib="webworker" />
// Runs the simulation off the main thread, so a slider never waits for it: the first 1,000 samples' summary, then
// all of them, drawn in slices so a newer scenario can supersede this one between slices.
import { DEFAULT_SAMPLES, DEFAULT_SEED, Simulator } from '../../models/index.ts';
import { FIRST_SAMPLES, type SimulationAnswer, type SimulationRequest } from '../lib/simulationMessages.ts';
import { formulaOverrides } from './formulaOverrides.ts';

// Samples drawn between looks for a newer request: the batch engine projects 2,000 in a few milliseconds.
const SLICE = 2_000;
let latest = '';

// A message to itself lets a newer request in without a timer: nested zero-delay timers are clamped to 4 ms each.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

async function run(request: SimulationRequest): Promise<void> {
  const { key, values, settings, formulas } = request;
  // Formulas that read a sampled assumption give each sample its own path.
  const overridesFor = await formulaOverrides(formulas);
  if (key !== latest) return;
  const simulator = new Simulator(values, {
    samples: settings.samples ?? DEFAULT_SAMPLES,
    seed: settings.seed ?? DEFAULT_SEED,
    ranges: settings.ranges,
    overridesFor,
  });
  const first = Math.min(FIRST_SAMPLES, simulator.capacity);
  // Between slices a newer request can arrive: a slider moved again stops this one within a slice.
  const drawUntil = async (target: number): Promise<boolean> => {
    while (simulator.samplesDrawn < target) {
      simulator.run(Math.min(target, simulator.samplesDrawn + SLICE));
      await pause();
      if (key !== latest) return false;
    }
    return true;
  };
  try {
    if (!(await drawUntil(first))) return;
    post({ key, complete: first === simulator.capacity, sim: simulator.summary() });
    if (first === simulator.capacity || !(await drawUntil(simulator.capacity))) return;
    post({ key, complete: true, sim: simulator.summary() });
  } finally {
    // Done or superseded: the next scenario's simulator takes its columns.
    simulator.release();
  }
}

function post(answer: SimulationAnswer): void {
  self.postMessage(answer);
}

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  latest = event.data.key;
  void run(event.data);
};

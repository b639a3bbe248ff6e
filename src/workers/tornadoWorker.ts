/// <reference lib="webworker" />
// Measures a tornado (two projections per assumption, about 140; 3 ms idle, 10–30 ms on a loaded machine) off the
// main thread, so a slider never waits for it.
import { tornado } from '../../models/index.ts';
import type { TornadoAnswer, TornadoRequest } from '../lib/tornadoMessages.ts';
import { formulaOverrides } from './formulaOverrides.ts';

self.onmessage = async (event: MessageEvent<TornadoRequest>) => {
  const { id, values, kpi, formulas } = event.data;
  let answer: TornadoAnswer;
  try {
    answer = { id, bars: tornado(values, kpi, { overridesFor: await formulaOverrides(formulas) }) };
  } catch (error) {
    // The page keeps its last tornado and goes on asking: one failure must not stop it following the sliders.
    answer = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};

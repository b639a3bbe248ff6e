/// <reference lib="webworker" />
// Measures a tornado (two projections per assumption, about 140; 3 ms idle, 10–30 ms on a loaded machine) off the
// main thread, so a slider never waits for it.
import { tornado } from '../../models/index.ts';
import type { OverridesFor } from '../../models/engine/overrides.ts';
import type { TornadoAnswer, TornadoRequest } from '../lib/tornadoMessages.ts';

// The formulas last compiled, kept while they are unchanged: a slider step sends the same text again.
let compiled: { text: string; overridesFor: OverridesFor } | undefined;

async function overridesFor(formulas: TornadoRequest['formulas']): Promise<OverridesFor | undefined> {
  if (!formulas || Object.keys(formulas).length === 0) return undefined;
  const text = JSON.stringify(formulas);
  if (compiled?.text !== text) {
    // The formula engine (mathjs) loads in this worker only when the scenario has formulas.
    const { compileFormulas } = await import('../../models/formula/index.ts');
    const set = compileFormulas(formulas);
    compiled = { text, overridesFor: (v) => set.overridesFor(v).overrides };
  }
  return compiled.overridesFor;
}

self.onmessage = async (event: MessageEvent<TornadoRequest>) => {
  const { id, values, kpi, formulas } = event.data;
  let answer: TornadoAnswer;
  try {
    answer = { id, bars: tornado(values, kpi, { overridesFor: await overridesFor(formulas) }) };
  } catch (error) {
    // The page keeps its last tornado and goes on asking: one failure must not stop it following the sliders.
    answer = { id, failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};

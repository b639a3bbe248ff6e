import type { ScenarioValues, Simulation, UncertaintySettings } from '../../models/index.ts';
import { firstChartDrawn } from './deferredLoading.ts';
import { SCENARIO_REST_MS } from './scenario.svelte.ts';
import type { SimulationAnswer, SimulationRequest } from './simulationMessages.ts';

/** How long a scenario must stay unchanged before it is simulated: the scenario's own rest (a slider let go). */
export const REST_MS = SCENARIO_REST_MS;

/**
 * The page's side of the simulation worker: asks for a scenario once it has rested, keeps the latest answer for
 * the latest scenario, and drops answers for any other. `result` is undefined until the first answer.
 */
export class SimulationRunner {
  result = $state.raw<{ key: string; complete: boolean; sim: Simulation } | undefined>(undefined);
  /** The scenario being simulated or waited for ('' before the first request); not state: nothing draws it. */
  private pending = '';
  private worker: Worker | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Nothing to simulate (no assumption has a range): no request waits, and no result stays. */
  clear(): void {
    clearTimeout(this.timer);
    this.pending = '';
    this.result = undefined;
  }

  request(
    key: string,
    values: ScenarioValues,
    settings: UncertaintySettings,
    formulas?: Readonly<Record<string, string>>,
  ): void {
    if (key === this.pending) return;
    this.pending = key;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Not before the first chart is drawn: starting the worker and simulating would take a core from the chart
      // worker while it creates the first charts (issue #9). Afterwards this resolves at once.
      void firstChartDrawn().then(() => {
        if (this.pending === key) this.post({ key, values, settings, formulas });
      });
    }, REST_MS);
  }

  private post(request: SimulationRequest): void {
    if (!this.worker) {
      // Vite bundles the worker from this exact form; the URL is read once, not reactive state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.worker = new Worker(new URL('../workers/simulationWorker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.onmessage = (event: MessageEvent<SimulationAnswer>) => {
        const answer = event.data;
        if (answer.key === this.pending) this.result = answer;
      };
    }
    this.worker.postMessage(request);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pending = '';
    this.worker?.terminate();
  }
}

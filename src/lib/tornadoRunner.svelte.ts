import type { KpiId, Projection, ScenarioValues, TornadoBar } from '../../models/index.ts';
import type { TornadoAnswer, TornadoRequest } from './tornadoMessages.ts';

/** A tornado and the scenario it was measured on, so the chart never mixes two scenarios. */
export interface MeasuredTornado {
  readonly bars: TornadoBar[];
  readonly kpi: KpiId;
  readonly projection: Projection;
  readonly values: ScenarioValues;
}

type Asked = Omit<MeasuredTornado, 'bars'> & { readonly formulas?: Readonly<Record<string, string>> };

/**
 * The page's side of the tornado worker. One request at a time: while one is measured, newer ones replace each
 * other and only the latest is sent when the answer comes, so a moving slider never queues up stale work.
 */
export class TornadoRunner {
  measured = $state.raw<MeasuredTornado | null>(null);
  private worker: Worker | undefined;
  private inFlight: (Asked & { id: number }) | undefined;
  private next: Asked | undefined;
  private ids = 0;

  measure(asked: Asked): void {
    if (this.inFlight) this.next = asked;
    else this.send(asked);
  }

  private send(asked: Asked): void {
    if (!this.worker) {
      // Vite bundles the worker from this exact form; the URL is read once, not reactive state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.worker = new Worker(new URL('../workers/tornadoWorker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<TornadoAnswer>) => this.receive(event.data);
    }
    const id = ++this.ids;
    this.inFlight = { ...asked, id };
    const request: TornadoRequest = { id, values: asked.values, kpi: asked.kpi, formulas: asked.formulas };
    this.worker.postMessage(request);
  }

  private receive(answer: TornadoAnswer): void {
    const asked = this.inFlight;
    if (!asked || asked.id !== answer.id) return;
    this.inFlight = undefined;
    if ('failed' in answer) console.error(`The tornado could not be measured: ${answer.failed}`);
    else
      this.measured = {
        bars: answer.bars,
        kpi: asked.kpi,
        projection: asked.projection,
        values: asked.values,
      };
    const next = this.next;
    this.next = undefined;
    if (next) this.send(next);
  }

  dispose(): void {
    this.worker?.terminate();
  }
}

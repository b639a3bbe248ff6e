import type { KpiId, ScenarioValues, TornadoBar } from '../../models/index.ts';

/** Asks the tornado worker to swing every assumption of a scenario; `id` matches the answer to its request. */
export interface TornadoRequest {
  readonly id: number;
  readonly values: ScenarioValues;
  readonly kpi: KpiId;
  /** The scenario's series formulas (text), evaluated for every swung scenario in the worker; none: built-in paths. */
  readonly formulas?: Readonly<Record<string, string>>;
}

/** The bars for a request, or what went wrong measuring them. */
export type TornadoAnswer =
  { readonly id: number; readonly bars: TornadoBar[] } | { readonly id: number; readonly failed: string };

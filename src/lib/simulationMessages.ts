import type { ScenarioValues, Simulation, UncertaintySettings } from '../../models/index.ts';

/** Asks the worker to simulate a scenario; `key` names the scenario (its link), so an answer is matched to it. */
export interface SimulationRequest {
  readonly key: string;
  readonly values: ScenarioValues;
  readonly settings: UncertaintySettings;
  /** The scenario's series formulas (text), evaluated per sample in the worker; none: the built-in paths. */
  readonly formulas?: Readonly<Record<string, string>>;
}

/**
 * An answer: the first samples' summary (`complete: false`), then all of them. A newer request supersedes an
 * older one: the worker stops drawing for it and never answers it again.
 */
export interface SimulationAnswer {
  readonly key: string;
  readonly complete: boolean;
  readonly sim: Simulation;
}

/** Samples in the first answer: enough for stable bands, few enough to come at once. */
export const FIRST_SAMPLES = 1_000;

import {
  decodeScenario,
  encodeScenario,
  findPreset,
  inapplicable,
  LATEST_PRESET_ID,
  PARAMS,
  presetValues,
  project,
  type LinkProblem,
  type Scenario,
  type ExtraId,
  type FormulaExtras,
  type FormulaSeries,
  type ParamId,
  type ScenarioExtras,
  type ScenarioValues,
} from '../../models/index.ts';
import type { FormulaEngine } from './formulaEngine.ts';
import { withFormulaReplacements } from '../../models/formula/replaced.ts';
import type { OverridesFor } from '../../models/engine/overrides.ts';

type Value = ScenarioValues[ParamId];

/** One signal, read and written as `.value` (one per assumption, where a map of them would tell every reader). */
export function cellOf<T>(initial: T): { value: T } {
  let value = $state(initial);
  return {
    get value() {
      return value;
    },
    set value(next) {
      value = next;
    },
  };
}

/** Whether two maps (or sets) hold the same keys with the same values. */
function sameEntries<K, V>(
  a: ReadonlyMap<K, V> | ReadonlySet<K>,
  b: ReadonlyMap<K, V> | ReadonlySet<K>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    if (!b.has(k)) return false;
    if (b instanceof Map && b.get(k) !== v) return false;
  }
  return true;
}

/**
 * How long after a value is set the scenario counts as resting (a slider let go, or paused). The simulation waits
 * for the same rest, so a panel out of sight that follows at rest shows the simulation as soon as it answers.
 */
export const SCENARIO_REST_MS = 150;

/**
 * The one scenario state of the page: a preset and every value. Everything else (the projection, what differs
 * from the preset, the link) is derived. Values live in `$state.raw` and are replaced, not mutated, so the
 * projection reads plain objects (no proxies) on every slider step.
 */
export class ScenarioState {
  preset = $state.raw(LATEST_PRESET_ID);
  #values = $state.raw<ScenarioValues>(presetValues(LATEST_PRESET_ID));
  /**
   * One signal per assumption beside the values (valueOf): a slider step changes one value, and only that
   * assumption's controls are told, not the seventy-odd others (issue #9).
   */
  // The cells are the signals; the map that holds them is never read reactively.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #cells = new Map<ParamId, { value: Value }>();
  get values(): ScenarioValues {
    return this.#values;
  }
  set values(next: ScenarioValues) {
    this.#values = next;
    // Writing an equal value to a cell tells no one.
    for (const [id, cell] of this.#cells) cell.value = next[id];
  }
  /** One assumption's value, read so that only a change of this value is a change for the reader. */
  valueOf(id: ParamId): Value {
    let cell = this.#cells.get(id);
    if (!cell) {
      cell = cellOf(this.#values[id]);
      this.#cells.set(id, cell);
    }
    return cell.value;
  }
  /** What the scenario holds beyond the values (uncertainty, formulas, …): each field is one feature's, in the link. */
  extras = $state.raw<ScenarioExtras>({});
  /** Problems found in the link the page was opened with, until dismissed. */
  problems = $state.raw<readonly LinkProblem[]>([]);
  /**
   * False from a value being set until none has been for SCENARIO_REST_MS: while a slider moves. What is out of
   * sight waits for it (OffScreenHold); anything else (a preset, a link, Back) leaves it true.
   */
  resting = $state(true);
  #restTimer: ReturnType<typeof setTimeout> | undefined;

  readonly presetInfo = $derived(findPreset(this.preset)!);
  readonly baseValues = $derived(presetValues(this.preset));
  /** The formula engine, once loaded (see formulaEngine.ts); until then series formulas wait and are not applied. */
  formulaEngine = $state.raw<FormulaEngine | undefined>(undefined);
  /** The series formulas' paths for the current values, and any formula refused for them. */
  /** The series formulas, compiled once per change of the formulas (not of the values). */
  private readonly compiled = $derived.by(() => {
    const series = this.extras.formulas?.series;
    if (!this.formulaEngine || !series || Object.keys(series).length === 0) return undefined;
    return this.formulaEngine.compileFormulas(series);
  });
  readonly formulaPaths = $derived.by(() => {
    const set = this.compiled;
    if (!set) return undefined;
    const paths = set.overridesFor(this.values);
    return { overrides: paths.overrides, problems: [...set.problems, ...paths.problems] };
  });
  /**
   * The formulas' paths for other values (a tornado's or a goal seek's), so analyses that re-project the scenario
   * describe the same model as the figures on screen.
   */
  readonly overridesFor: OverridesFor | undefined = $derived.by(() => {
    const set = this.compiled;
    return set ? (v: ScenarioValues) => set.overridesFor(v).overrides : undefined;
  });
  readonly projection = $derived(project(this.values, this.formulaPaths?.overrides));
  readonly baseline = $derived(project(this.baseValues));
  /**
   * The assumptions that cannot move anything in this scenario, each with the sentence that says why: one map per
   * change of the scenario, which every control reads.
   */
  // Not state: each derived below keeps what it gave last, to give the same object back for the same content.
  #lastNotApplying: ReadonlyMap<ParamId, string> | undefined;
  #lastChanged: ReadonlySet<string> | undefined;
  readonly notApplying: ReadonlyMap<ParamId, string> = $derived.by(() => {
    const next = withFormulaReplacements(
      inapplicable(this.values, this.projection),
      this.formulaPaths?.overrides,
    );
    // The same reasons as on the step before (most steps): the same map, so no control reads it again.
    const last = this.#lastNotApplying;
    if (last && sameEntries(last, next)) return last;
    return (this.#lastNotApplying = next);
  });
  /** Ids of the assumptions that differ from the preset. Rebuilt, never mutated, so a plain Set is right here. */
  readonly changed: ReadonlySet<string> = $derived.by(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const next = new Set(
      PARAMS.filter((p) => this.values[p.id as ParamId] !== this.baseValues[p.id as ParamId]).map(
        (p) => p.id,
      ),
    );
    // The same assumptions changed as before this step (a slider moving off the preset): the same set.
    const last = this.#lastChanged;
    if (last && sameEntries(last, next)) return last;
    return (this.#lastChanged = next);
  });
  /** How many series formulas replace a built-in path (each changes figures as an assumption would). */
  readonly seriesFormulaCount = $derived(Object.keys(this.extras.formulas?.series ?? {}).length);
  /** Whether the figures can differ from the preset's: an assumption changed, or a series formula applied. */
  readonly differs = $derived(this.changed.size > 0 || this.seriesFormulaCount > 0);
  /** The link's query string: preset, version and only what differs from the preset. */
  readonly query = $derived(
    encodeScenario({ preset: this.preset, values: this.values, extras: this.extras }).toString(),
  );

  /** Sets one value; a number that is NaN or ±Infinity is refused (it would reach every figure and the link). */
  set(id: ParamId, value: Value): void {
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    this.values = { ...this.values, [id]: value };
    this.resting = false;
    clearTimeout(this.#restTimer);
    this.#restTimer = setTimeout(() => (this.resting = true), SCENARIO_REST_MS);
    // A value set otherwise than by its expression no longer comes from it.
    if (this.extras.formulas?.fields?.[id] !== undefined) this.setFieldExpression(id, undefined);
  }

  /** Sets a field's value and the expression the user typed for it (kept in the link), or clears the expression. */
  setFieldExpression(id: ParamId, expression: string | undefined, value?: number): void {
    if (value !== undefined) this.set(id, value);
    const fields = { ...this.extras.formulas?.fields };
    if (expression === undefined) delete fields[id];
    else fields[id] = expression;
    this.setFormulas({ ...this.extras.formulas, fields });
  }

  /** Applies (or, with undefined, removes) a formula replacing a series' built-in path. */
  setSeriesFormula(series: FormulaSeries, formula: string | undefined): void {
    const all = { ...this.extras.formulas?.series };
    if (formula === undefined) delete all[series];
    else all[series] = formula;
    this.setFormulas({ ...this.extras.formulas, series: all });
  }

  private setFormulas(f: FormulaExtras): void {
    const series = f.series && Object.keys(f.series).length > 0 ? f.series : undefined;
    const fields = f.fields && Object.keys(f.fields).length > 0 ? f.fields : undefined;
    this.setExtra(
      'formulas',
      series || fields ? { ...(series && { series }), ...(fields && { fields }) } : undefined,
    );
  }

  /** Sets (or, with undefined, clears) one feature's extra part of the scenario. */
  setExtra<K extends ExtraId>(id: K, value: ScenarioExtras[K] | undefined): void {
    const next: ScenarioExtras = { ...this.extras };
    if (value === undefined) delete next[id];
    else next[id] = value;
    this.extras = next;
  }

  reset(id: ParamId): void {
    this.set(id, this.baseValues[id]);
  }

  /** Back to the preset: every value, and no formula (the fields' expressions and the series formulas). */
  resetAll(): void {
    this.values = this.baseValues;
    this.setFormulas({});
  }

  /** Switches to a preset, dropping every change (the link then names only the preset). */
  choosePreset(id: string): void {
    if (!findPreset(id)) return;
    this.preset = id;
    this.values = presetValues(id);
    this.setFormulas({ ...this.extras.formulas, fields: undefined });
  }

  /** Keeps the changes made to the current preset but applies them on top of the latest terms. */
  carryChangesToLatest(): void {
    const changes = Object.fromEntries([...this.changed].map((id) => [id, this.values[id as ParamId]]));
    this.preset = LATEST_PRESET_ID;
    this.values = { ...presetValues(LATEST_PRESET_ID), ...changes };
  }

  /** Loads a link's query string; every good value is applied and each problem is kept for the notice. */
  load(query: string): void {
    const decoded = decodeScenario(query);
    this.preset = decoded.scenario.preset;
    this.values = decoded.scenario.values;
    this.extras = decoded.scenario.extras ?? {};
    this.problems = decoded.problems;
  }

  /** Opens a scenario read elsewhere (an imported file), which reported its own problems. */
  open(scenario: Scenario): void {
    if (!findPreset(scenario.preset)) return;
    this.preset = scenario.preset;
    this.values = scenario.values;
    this.extras = scenario.extras ?? {};
    this.problems = [];
  }

  dismissProblems(): void {
    this.problems = [];
  }
}

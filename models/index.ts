/**
 * Deal Explorer's model: the public API for the UI, the command line and researchers.
 *
 * @example
 *   import { decodeScenario, project } from './models/index.ts';
 *   const { scenario, problems } = decodeScenario('?preset=seeds-2025&shareEnd=10');
 *   const { years, series, kpis } = project(scenario.values);
 */
export { project } from './engine/project.ts';
export type { Projection, ProjectionKpis, ProjectionSeries } from './engine/project.ts';
export type { Ledger, MicrosoftLedger, OpenAILedger, Transfer } from './engine/ledger.ts';
export { stakeMark } from './engine/equity.ts';
export { inapplicable } from './applicability.ts';
export { PROVIDERS, type ProviderId } from './engine/compute.ts';
export { FIRST_YEAR, THROUGH_YEAR, VALUE_END_YEAR } from './engine/paths.ts';
export {
  FORMULA_SERIES,
  FLEX_PROVIDERS,
  type FormulaSeries,
  type SeriesOverrides,
  type SeriesPath,
} from './engine/overrides.ts';
// The link's check of a formula's text only: the formula engine (mathjs, the series' metadata, built-in paths)
// is `models/formula/index.ts`, imported on demand.
export { MAX_FORMULA_LENGTH, formulaTextProblem } from './formula/text.ts';
export type { FormulaExtras } from './link/formulaSection.ts';
export { PRESETS, LATEST_PRESET_ID, findPreset, presetValues, type Preset } from './presets.ts';
export {
  scenarioShape,
  scenarioValuesSchema,
  PARAMS,
  PARAM_BY_ID,
  DEFAULT_VALUES,
  type ScenarioValues,
  type ParamId,
} from './schema/scenario.ts';
export {
  GROUPS,
  isWholeNumberParam,
  type GroupId,
  type ParamMeta,
  type NumberMeta,
  type Source,
} from './schema/define.ts';
export {
  UNITS,
  toDisplay,
  fromDisplay,
  parseDisplay,
  belowMoneyFloor,
  MONEY_FLOOR,
  type Unit,
} from './schema/units.ts';
export { readNumberField, type FieldReading } from './input.ts';
export {
  encodeScenario,
  decodeScenario,
  queryOf,
  MAX_LINK_LENGTH,
  type Scenario,
  type DecodedScenario,
} from './link/codec.ts';
export { currentLinkVersion, LINK_MIGRATIONS, type LinkMigration } from './link/migrations.ts';
export type { LinkProblem, LinkProblemKind } from './link/problems.ts';
export {
  LINK_SECTIONS,
  type LinkSection,
  type ScenarioExtras,
  type ExtraId,
  type SectionContext,
} from './link/sections.ts';
export { MAX_PINS, encodePin, decodePin, presetPin, type Pin } from './link/pinsSection.ts';
export {
  KPI_META,
  SERIES_META,
  MSFT_LEDGER_META,
  OPENAI_LEDGER_META,
  type KpiId,
  type LedgerPartMeta,
} from './outputs.ts';
export * from './format.ts';
export { REPORTED_ACTUALS, SEEDS_COMPUTE_LABEL, SEEDS_COMPUTE_THROUGH_2030 } from './actuals.ts';
export { reconcile, type ReconciliationRow } from './reconcile.ts';
export {
  tornado,
  keyAssumptions,
  kpiNumber,
  isYearKpi,
  KEY_ASSUMPTIONS,
  NUMERIC_PARAMS,
  type TornadoBar,
  type TornadoOptions,
  type Figure,
  type Swing,
} from './sensitivity.ts';
export { seek, stepGrid, type SeekRequest, type SeekResult, type SeekPoint } from './goalSeek.ts';
export { projectionJson, projectionJsonText, JSON_UNITS } from './export/projectionJson.ts';
export { projectionToCsv } from './cli/csv.ts';
// The scenario importer (models/export/importScenario.ts) is imported directly, not from here: the page loads it
// only when its Export panel opens.
export {
  simulate,
  Simulator,
  SIMULATED_SERIES,
  PROBABILITY_IDS,
  HEADLINE_KPI,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  MIN_SAMPLES,
  MAX_SAMPLES,
  type Simulation,
  type SimulateOptions,
  type SimulatedSeries,
  type SeriesBand,
  type KpiSpread,
  type Histogram,
  type ProbabilityId,
} from './uncertainty/simulate.ts';
export {
  SHAPES,
  SHAPE_LABELS,
  quantile,
  rangeMean,
  drawValue,
  rangeProblem,
  rangesInForce,
  numberMeta as numberMetaOf,
  DEFAULT_RANGE_BY_ID,
  type Range,
  type RangeInForce,
  type RangeChoices,
  type Shape,
} from './uncertainty/ranges.ts';
export { DEFAULT_RANGES, type DefaultRange } from './uncertainty/defaults.ts';
export { seededRng, normalQuantile, MAX_SEED, type Rng } from './uncertainty/random.ts';
export { probabilitySentences, type ProbabilitySentence } from './uncertainty/sentences.ts';
export { uncertaintySection, type UncertaintySettings } from './link/uncertaintySection.ts';

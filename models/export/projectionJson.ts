import { project, type Projection } from '../engine/project.ts';
import { encodeScenario, type Scenario } from '../link/codec.ts';

/** What the JSON export says about its numbers, so a reader of the file alone knows its units. */
export const JSON_UNITS = 'Money in US dollars; rates and shares as fractions; years as calendar years.';

/**
 * The JSON the command line prints and the page downloads for a scenario: its preset, its link, the units, then
 * the projection. One builder for both, so the two cannot drift. A feature that adds to the export (a simulation,
 * a tornado) adds one optional field to `extra`, written after the projection.
 */
export function projectionJson(
  scenario: Scenario,
  projection: Projection = project(scenario.values),
  extra: Readonly<Record<string, unknown>> = {},
) {
  return {
    preset: scenario.preset,
    link: `?${encodeScenario(scenario).toString()}`,
    units: JSON_UNITS,
    ...projection,
    ...extra,
  };
}

/** The export as text, exactly as the command line prints it: two-space indent, a final newline. */
export function projectionJsonText(
  scenario: Scenario,
  projection?: Projection,
  extra?: Readonly<Record<string, unknown>>,
): string {
  return jsonText(projectionJson(scenario, projection, extra));
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

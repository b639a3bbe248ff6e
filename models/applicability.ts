import type { Projection } from './engine/project.ts';
import { PARAMS, type ParamId, type ScenarioValues } from './schema/scenario.ts';

/**
 * Conditions that need more than the values (a projection) or that several assumptions share; the rest live on
 * each assumption in the schema (`applies`).
 */
const PROJECTION_TESTS: readonly {
  readonly ids: readonly ParamId[];
  readonly test: (v: ScenarioValues, p: Projection) => boolean;
  readonly reason: string;
}[] = [
  {
    ids: ['idleRecovery'],
    test: (_, p) => p.kpis.idleComputeTotal > 0,
    reason: 'No effect while no contracted capacity sits idle (contracts never exceed the need)',
  },
  {
    ids: ['rofrEndYear'],
    test: (v) => v.stargateWeight + v.googleWeight + v.ownWeight > 0 || v.azureWeight === 0 || v.decShare > 0,
    reason:
      'No effect while Azure takes all uncontracted compute anyway (every other provider’s weight is 0)',
  },
];

/**
 * The assumptions that cannot move any output of this scenario, each with the sentence that says why ("Applies
 * when the shape is Linear or Step"). The page dims them; a test holds that every other one moves something.
 */
export function inapplicable(v: ScenarioValues, p: Projection): Map<ParamId, string> {
  const out = new Map<ParamId, string>();
  const loose = v as unknown as Readonly<Record<string, number | string | boolean>>;
  for (const meta of PARAMS) {
    if (meta.applies && !meta.applies.test(loose)) out.set(meta.id as ParamId, `${meta.applies.reason}.`);
  }
  for (const t of PROJECTION_TESTS) {
    if (t.test(v, p)) continue;
    for (const id of t.ids) if (!out.has(id)) out.set(id, `${t.reason}.`);
  }
  return out;
}

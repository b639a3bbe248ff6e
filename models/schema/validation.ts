// zod/mini: the same schemas as classic zod, built from functions that tree-shake. Only what validates values
// loads it (the command line, an imported file, the tests): the page's first load carries none of it (issue #9).
import * as z from 'zod/mini';
import { isWholeNumberParam, type ParamMeta } from './define.ts';
import { PARAMS, type ParamId, type ScenarioValues } from './scenario.ts';

/** The registry that ties every field of the scenario schema to its metadata. */
export const paramRegistry = z.registry<ParamMeta>();

function fieldSchema(meta: ParamMeta): z.ZodMiniType {
  switch (meta.kind) {
    case 'number': {
      const schema = isWholeNumberParam(meta) ? z.int() : z.number();
      return schema.check(z.gte(meta.min), z.lte(meta.max)).register(paramRegistry, meta);
    }
    case 'choice':
      return z.enum(meta.options.map((o) => o.value) as [string, ...string[]]).register(paramRegistry, meta);
    case 'flag':
      return z.boolean().register(paramRegistry, meta);
  }
}

/** Each assumption's schema: its type and, for a number, its range (whole numbers where it takes only those). */
export const scenarioFieldSchemas = Object.fromEntries(PARAMS.map((m) => [m.id, fieldSchema(m)])) as Record<
  ParamId,
  z.ZodMiniType
>;

/** A scenario's values: every assumption, in range, and nothing else. */
export const scenarioValuesSchema = z.strictObject(
  scenarioFieldSchemas,
) as unknown as z.ZodMiniType<ScenarioValues>;

import { describe, expect, it } from 'vitest';
import {
  inapplicable,
  PARAMS,
  PRESETS,
  presetValues,
  project,
  type NumberMeta,
  type ParamId,
  type Projection,
  type ScenarioValues,
} from '../../models/index.ts';

/** Every number a projection holds, in a fixed order: two projections differ in an output iff these differ. */
function outputs(p: Projection): number[] {
  const out: number[] = [p.years.length];
  for (const s of Object.values(p.series)) {
    for (const xs of Array.isArray(s) ? [s] : Object.values(s as Record<string, number[]>)) out.push(...xs);
  }
  for (const x of Object.values(p.kpis)) out.push(x ?? Number.NaN);
  out.push(...Object.values(p.ledger.microsoft), ...Object.values(p.ledger.openai));
  return out;
}

const differs = (a: number[], b: number[]) => a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]));

/** Points across an assumption's range: both ends and five between. */
function sweep(p: NumberMeta): number[] {
  const points = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((f) => p.min + f * (p.max - p.min));
  const whole = (p.unit === 'year' || p.unit === 'years') && Number.isInteger(p.step);
  return [...new Set(points.map((x) => (whole ? Math.round(x) : x)))];
}

const NUMERIC = PARAMS.filter((p): p is NumberMeta => p.kind === 'number');

describe('inapplicable', () => {
  describe.each(PRESETS.map((p) => [p.id]))('under %s', (presetId) => {
    const values = presetValues(presetId);
    const base = project(values);
    const marked = inapplicable(values, base);
    const baseOut = outputs(base);

    it.each(NUMERIC.map((p) => [p.id, p] as const))(
      '%s moves some output across its range, or says why it does not apply',
      (id, meta) => {
        const moves = sweep(meta).some((x) =>
          differs(outputs(project({ ...values, [id]: x } as ScenarioValues)), baseOut),
        );
        if (marked.has(id as ParamId)) {
          expect(marked.get(id as ParamId)).toMatch(/^(Applies when|No effect while) .+\.$/);
        } else {
          expect(moves, `${id} moves nothing under ${presetId} and is not marked as not applying`).toBe(true);
        }
      },
    );
  });

  it('marks the assumptions the default terms leave without effect, each with its reason', () => {
    const v = presetValues('amended-2026');
    const marked = inapplicable(v, project(v));
    expect(marked.get('shareEnd')).toBe('Applies when the shape is Linear or Step.');
    expect(marked.get('shareDeclineEnd')).toBe('Applies when the shape is Linear or Step.');
    expect(marked.get('decDiscount')).toBe('Applies when some compute moves to decentralized networks.');
    expect(marked.get('agiYear')).toBe('Applies when AGI verification stops the share.');
    expect(marked.get('idleRecovery')).toMatch(/^No effect while no contracted capacity sits idle/);
    expect(marked.has('shareCap')).toBe(false);
    expect(marked.has('azureOpenAIRev2025')).toBe(false);
  });

  it('marks every contract’s start and term under the 2019 terms, where there are no contracts', () => {
    const v = presetValues('original-2019');
    const marked = inapplicable(v, project(v));
    for (const id of [
      'oracleStart',
      'oracleYears',
      'awsStart',
      'awsYears',
      'azureCommitStart',
      'coreweaveYears',
    ])
      expect(marked.get(id as ParamId), id).toMatch(/^Applies when the .+ (is|are) above \$0\.$/);
    expect(marked.get('msftStake')).toBe('Applies when Microsoft holds a stake.');
    expect(marked.has('legacyShareBefore')).toBe(false);
  });

  it('follows the scenario, not only the preset: a setting applies once its condition holds', () => {
    const v = { ...presetValues('amended-2026'), shareShape: 'linear' as const };
    const marked = inapplicable(v, project(v));
    expect(marked.has('shareEnd')).toBe(false);
    expect(marked.has('shareDeclineStart')).toBe(false);
  });
});

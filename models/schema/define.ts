// zod/mini: the same schemas as classic zod, built from functions that tree-shake, so the first load carries only
// the few it uses (issue #9).
import * as z from 'zod/mini';
import type { SourceId } from '../sources.ts';
import type { Unit } from './units.ts';

/** The groups of assumptions, in the order people think about the deal. */
export const GROUPS = [
  { id: 'share', label: 'Revenue share, OpenAI → Microsoft' },
  { id: 'azureShare', label: 'Revenue share, Microsoft → OpenAI' },
  { id: 'business', label: "OpenAI's business" },
  { id: 'compute', label: 'Compute' },
  { id: 'equity', label: 'Equity' },
  { id: 'finance', label: 'Finance' },
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];

/**
 * Where a default comes from: the publications it cites (ids in models/sources.ts, shown as "Publisher, date:
 * Title") and the passage that supports it. `confidence` is High, Med-High, Med or Low for a reported value; an
 * assumption of ours is 'Assumption', may cite nothing, and its quote says why the value was chosen and from what.
 */
export interface Source {
  readonly cites: readonly SourceId[];
  readonly quote: string;
  readonly confidence: 'High' | 'Med-High' | 'Med' | 'Low' | 'Assumption';
}

/** A condition on the scenario under which an assumption has an effect, and the sentence that says so. */
export interface Applicability {
  readonly test: (values: Readonly<Record<string, number | string | boolean>>) => boolean;
  /** "Applies when …", shown in place of the control's effect when the test fails. */
  readonly reason: string;
}

interface BaseMeta {
  /** Stable id, used in links and on the command line: never rename without a link migration. */
  readonly id: string;
  readonly group: GroupId;
  readonly label: string;
  /** One line: what the assumption means in the model. */
  readonly description: string;
  readonly source: Source;
  /**
   * Only meaningful when a condition on the whole scenario holds (the UI dims it and shows the reason otherwise).
   * Settings that are always in force have none; `NOT_APPLYING` in models/applicability.ts adds what depends on
   * more than one field.
   */
  readonly applies?: Applicability;
}

export interface NumberMeta extends BaseMeta {
  readonly kind: 'number';
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
}
export interface ChoiceMeta extends BaseMeta {
  readonly kind: 'choice';
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
}
export interface FlagMeta extends BaseMeta {
  readonly kind: 'flag';
  readonly default: boolean;
}
export type ParamMeta = NumberMeta | ChoiceMeta | FlagMeta;

/** The registry that ties every field of the scenario schema to its metadata. */
export const paramRegistry = z.registry<ParamMeta>();

type NumberInput = Omit<NumberMeta, 'kind'>;

/** Whether an assumption takes whole numbers only: years, and durations on a whole-number step (not half-lives). */
export function isWholeNumberParam(meta: Pick<NumberMeta, 'unit' | 'step'>): boolean {
  return (meta.unit === 'year' || meta.unit === 'years') && Number.isInteger(meta.step);
}

/** A numeric assumption (money, fraction, multiple, years); whole-number ones get `.int()`. */
export function numberParam(meta: NumberInput) {
  const schema = isWholeNumberParam(meta) ? z.int() : z.number();
  return schema.check(z.gte(meta.min), z.lte(meta.max)).register(paramRegistry, { kind: 'number', ...meta });
}

export function choiceParam<const T extends readonly [string, ...string[]]>(
  meta: Omit<ChoiceMeta, 'kind' | 'options' | 'default'> & {
    readonly options: { readonly [K in keyof T]: { readonly value: T[K]; readonly label: string } };
    readonly default: T[number];
  },
) {
  const values = meta.options.map((o) => o.value) as unknown as T;
  return z.enum(values).register(paramRegistry, { kind: 'choice', ...meta });
}

export function flagParam(meta: Omit<FlagMeta, 'kind'>) {
  return z.boolean().register(paramRegistry, { kind: 'flag', ...meta });
}

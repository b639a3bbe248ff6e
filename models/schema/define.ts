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

// The value type an assumption declares, carried by its declaration's type only (nothing at run time), so the
// scenario's values are typed from the same declarations the page, the link and the zod schema read.
declare const valueType: unique symbol;
/** An assumption's declaration: its metadata, typed with the type of its value. */
export type Declared<M extends ParamMeta, V> = M & { readonly [valueType]?: V };
/** The type of the value an assumption's declaration takes. */
export type DeclaredValue<D> = D extends { readonly [valueType]?: infer V } ? V : never;

type NumberInput = Omit<NumberMeta, 'kind'>;

/** Whether an assumption takes whole numbers only: years, and durations on a whole-number step (not half-lives). */
export function isWholeNumberParam(meta: Pick<NumberMeta, 'unit' | 'step'>): boolean {
  return (meta.unit === 'year' || meta.unit === 'years') && Number.isInteger(meta.step);
}

/** A numeric assumption (money, fraction, multiple, years); whole-number ones validate as integers. */
export function numberParam(meta: NumberInput): Declared<NumberMeta, number> {
  return { kind: 'number', ...meta };
}

export function choiceParam<const T extends readonly [string, ...string[]]>(
  meta: Omit<ChoiceMeta, 'kind' | 'options' | 'default'> & {
    readonly options: { readonly [K in keyof T]: { readonly value: T[K]; readonly label: string } };
    readonly default: T[number];
  },
): Declared<ChoiceMeta, T[number]> {
  return { kind: 'choice', ...meta };
}

export function flagParam(meta: Omit<FlagMeta, 'kind'>): Declared<FlagMeta, boolean> {
  return { kind: 'flag', ...meta };
}

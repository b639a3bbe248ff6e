import type { ScenarioValues } from '../schema/scenario.ts';
import { pinsSection, type Pin } from './pinsSection.ts';
import type { LinkProblem } from './problems.ts';
import { formulaSection } from './formulaSection.ts';
import { uncertaintySection, type UncertaintySettings } from './uncertaintySection.ts';

/**
 * What a scenario holds beyond its preset and its assumptions' values: each feature that needs the link to carry
 * more (uncertainty ranges and pins, formulas, …) adds one optional field here and one {@link LinkSection} to
 * {@link LINK_SECTIONS}. A field left undefined is the default and writes nothing to the link.
 */
// An interface rather than a type, so each feature's field is one line here and merges stay trivial.
export interface ScenarioExtras {
  /** Scenarios pinned to compare with this one (at most three): `pin1`…`pin3`. */
  pins?: readonly Pin[];
  /** Ranges, seed and sample count of the simulation (models/uncertainty). */
  uncertainty?: UncertaintySettings;
}

export type ExtraId = keyof ScenarioExtras;

/** Writes a problem's message: what is wrong, then (unless the caller only reports) what was done instead. */
export type Say = (what: string, done: string) => string;

export interface SectionContext {
  /** The scenario's values as decoded so far (every assumption already read and clamped). */
  readonly values: ScenarioValues;
  readonly preset: string;
  readonly say: Say;
  /** Quotes user input safely for a message (invisible characters as their code, long input cut). */
  readonly clip: (s: string) => string;
}

/**
 * One feature's part of the link. The codec hands a section every key it {@link LinkSection.owns}, in link order,
 * after the assumptions are read; a section never throws, and reports each bad key on its own so the rest of the
 * scenario survives.
 */
export interface LinkSection<K extends ExtraId = ExtraId> {
  readonly id: K;
  /** Whether a link key belongs to this section (so the codec neither reads it as an assumption nor calls it unknown). */
  owns(key: string): boolean;
  decode(
    entries: readonly (readonly [string, string])[],
    context: SectionContext,
  ): { value: ScenarioExtras[K] | undefined; problems: LinkProblem[] };
  /** Appends this section's keys; called only for a defined value. */
  encode(value: NonNullable<ScenarioExtras[K]>, params: URLSearchParams, values: ScenarioValues): void;
}

/** Every section, in the order their keys are written after the assumptions. */
export const LINK_SECTIONS: readonly LinkSection[] = [
  pinsSection as LinkSection,
  formulaSection as unknown as LinkSection,
  uncertaintySection as unknown as LinkSection,
];

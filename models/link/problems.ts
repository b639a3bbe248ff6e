/** What can be wrong with a link, field by field. Decoding reports these; it never throws. */
export type LinkProblemKind =
  | 'unknown-key'
  | 'unparsable'
  | 'out-of-range'
  | 'unknown-preset'
  | 'duplicate'
  | 'too-long'
  | 'unknown-version'
  /** A setting of an older link format that the current one cannot carry over as it was. */
  | 'migrated';

export interface LinkProblem {
  readonly kind: LinkProblemKind;
  /** The query key concerned (for a too-long link: the whole link, key ''). */
  readonly key: string;
  /** A sentence that names the field and says what was wrong and what was done instead. */
  readonly message: string;
}

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
  | 'migrated'
  /** More than MAX_PARAMS settings: the rest were not read. */
  | 'too-many'
  /** A "?" inside the settings (read as "&", or ignored at either end). */
  | 'stray-question-mark'
  /** A "#" inside the settings: what follows was read when it holds settings, and reported when it does not. */
  | 'fragment'
  /** A whole link pasted into the settings: its address was dropped and its settings read. */
  | 'nested-link';

export interface LinkProblem {
  readonly kind: LinkProblemKind;
  /** The query key concerned ('' for a problem of the whole link: too long, too many settings, its shape). */
  readonly key: string;
  /** A sentence that names the field and says what was wrong and what was done instead. */
  readonly message: string;
}

/**
 * What a formula's text may be, checked without the formula engine (the link decoder and the command line read
 * formulas synchronously and never load mathjs): at most MAX_FORMULA_LENGTH characters of digits, letters,
 * spaces and the operators arithmetic needs. Quotes, brackets, braces, `;`, `$`, `\` and `@` never appear, so
 * most known expression-parser escapes cannot even be written; the compiler checks the parsed tree as well.
 */
export const MAX_FORMULA_LENGTH = 200;
const ALLOWED = /[0-9A-Za-z_.+\-*/^%()<>=!?:, ]/;

/** What is wrong with a formula's text, or undefined when it may be compiled. */
export function formulaTextProblem(text: string): { message: string; position?: number } | undefined {
  if (text.trim() === '') return { message: 'Enter a formula.' };
  if (text.length > MAX_FORMULA_LENGTH)
    return { message: `Too long: ${text.length} characters, at most ${MAX_FORMULA_LENGTH}.` };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!ALLOWED.test(c)) {
      const shown =
        c === '"'
          ? `'"'`
          : /[\p{L}\p{N}\p{P}\p{S}]/u.test(c)
            ? `"${c}"`
            : `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
      return { message: `${shown} at character ${i + 1} is not allowed in a formula.`, position: i + 1 };
    }
  }
  return undefined;
}

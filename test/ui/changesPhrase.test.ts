import { describe, expect, it } from 'vitest';
import { changesPhrase } from '../../src/lib/changesPhrase.ts';

describe('changesPhrase', () => {
  it('counts changed assumptions and series formulas, in the singular where there is one', () => {
    expect(changesPhrase(1, 0)).toBe('1 assumption changed');
    expect(changesPhrase(9, 0)).toBe('9 assumptions changed');
    expect(changesPhrase(0, 1)).toBe('1 series formula');
    expect(changesPhrase(2, 3)).toBe('2 assumptions changed and 3 series formulas');
    expect(changesPhrase(0, 0)).toBe('');
  });
});

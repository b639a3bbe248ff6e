// Saved scenarios: a versioned store read entry by entry; unreadable data is kept aside before anything is written.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  cleanName,
  loadStore,
  MAX_NAME_LENGTH,
  MAX_SAVED,
  readStore,
  saveStore,
  STORE_KEY,
  withRenamed,
  withRestored,
  withSaved,
  withoutSaved,
  writeStore,
  type SavedScenario,
} from '../../src/lib/savedScenarios.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.items.set(key, value);
  }
}

const A: SavedScenario = {
  id: 'a',
  name: 'Cap at $50B',
  query: 'preset=amended-2026&v=2&shareCap=50',
  savedAt: '2026-04-02T10:00:00.000Z',
};
const B: SavedScenario = {
  id: 'b',
  name: 'Seeds',
  query: 'preset=seeds-2025&v=2',
  savedAt: '2026-04-03T10:00:00.000Z',
};
const NOW = () => new Date('2026-05-01T12:00:00.000Z');

describe('saved scenarios store', () => {
  it('round-trips a list through its text', () => {
    expect(readStore(writeStore([A, B]))).toEqual({
      scenarios: [A, B],
      problems: [],
      unread: false,
      readOnly: false,
    });
    expect(JSON.parse(writeStore([A]))).toEqual({ version: 1, scenarios: [A] });
  });

  it('reads nothing stored as an empty list, without a notice', () => {
    expect(readStore(null)).toEqual({ scenarios: [], problems: [], unread: false, readOnly: false });
  });

  it('keeps every good entry when one is damaged, and says which', () => {
    const raw = JSON.stringify({ version: 1, scenarios: [A, { id: 'x', name: 5 }, B, { ...A }] });
    const reading = readStore(raw);
    expect(reading.scenarios).toEqual([A, B]);
    expect(reading.problems).toEqual([
      'Saved scenario 2 could not be read (name: Invalid input: expected string, received number).',
      "Saved scenario 4 repeats another's id and was left out.",
    ]);
    expect(reading.unread).toBe(true);
  });

  it('keeps unreadable data aside before the page writes, never over an earlier backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, '{not json');
    const first = loadStore(storage, NOW);
    expect(first.scenarios).toEqual([]);
    expect(first.backupKey).toBe(BACKUP_KEY);
    expect(first.problems).toEqual([
      'The saved scenarios in this browser are not readable (not JSON).',
      `The original is kept in this browser's storage under "${BACKUP_KEY}".`,
    ]);
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');

    // Something else unreadable later: a second backup, the first left as it was.
    storage.setItem(STORE_KEY, '"a string from another site"');
    const second = loadStore(storage, NOW);
    expect(second.problems[0]).toBe(
      'The saved scenarios in this browser are in a form this page does not know.',
    );
    expect(second.backupKey).toBe(`${BACKUP_KEY}.2026-05-01T12:00:00.000Z`);
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');
    expect(storage.getItem(second.backupKey!)).toBe('"a string from another site"');
  });

  it('shows but never writes over a store from a newer version', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 2, scenarios: [A], more: 1 });
    storage.setItem(STORE_KEY, raw);
    const reading = loadStore(storage, NOW);
    expect(reading.readOnly).toBe(true);
    expect(reading.scenarios).toEqual([A]);
    expect(reading.problems).toEqual([
      'The saved scenarios were written by a newer version of this page (store version 2): they are shown but not changed here.',
    ]);
  });

  it('reports a full storage instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveStore(storage, [A])).toBe(
      "The browser's storage for this site is full: the change was not saved.",
    );
    expect(storage.getItem(STORE_KEY)).toBeNull();
  });

  it('stores names as one line of text, capped, never empty', () => {
    expect(cleanName('  <img src=x onerror=alert(1)>\n\tname\u202e ')).toBe(
      '<img src=x onerror=alert(1)> name',
    );
    expect([...cleanName('é'.repeat(200))]).toHaveLength(MAX_NAME_LENGTH);
    const full = Array.from({ length: MAX_SAVED }, (_, i) => ({ ...A, id: `s${i}` }));
    expect(withSaved(full, { id: 'c', name: 'One more', query: '', savedAt: NOW() })).toBe(
      '200 scenarios are saved here, the most this page keeps: delete one to save another.',
    );
    const list = withSaved([A], { id: 'c', name: '\n\n', query: 'preset=seeds-2025&v=2', savedAt: NOW() });
    expect(list[0]).toEqual({
      id: 'c',
      name: 'Untitled scenario',
      query: 'preset=seeds-2025&v=2',
      savedAt: '2026-05-01T12:00:00.000Z',
    });
    expect(list[1]).toBe(A);
  });

  it('renames, deletes and restores in place', () => {
    expect(withRenamed([A, B], 'b', ' New ')[1]!.name).toBe('New');
    expect(withRenamed([A, B], 'b', '   ')[1]!.name).toBe('Seeds');
    const removed = withoutSaved([A, B], 'a');
    expect(removed).toEqual([B]);
    expect(withRestored(removed, A, 0)).toEqual([A, B]);
  });
});

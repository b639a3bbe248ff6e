import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { MAX_LINK_LENGTH } from '../../models/index.ts';

/**
 * Scenarios saved in this browser (localStorage): a versioned store, read entry by entry so one damaged entry
 * never loses the others, and never written over data it could not read (that is kept aside under a backup key
 * first). Pure functions over a `Storage`-like object, so the page and the tests share them.
 */
export const STORE_KEY = 'deal-explorer.saved-scenarios';
export const BACKUP_KEY = `${STORE_KEY}.unreadable`;
export const STORE_VERSION = 1;
export const MAX_NAME_LENGTH = 80;
export const MAX_SAVED = 200;

export interface SavedScenario {
  readonly id: string;
  /** Plain text, shown as text, never as markup. */
  readonly name: string;
  /** The scenario's link query, as the page writes it. */
  readonly query: string;
  /** ISO 8601. */
  readonly savedAt: string;
}

// zod/mini carries no messages of its own; the notice quotes zod's English ones.
z.config(en());

const entrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.pipe(z.pipe(z.string(), z.transform(cleanName)), z.string().check(z.minLength(1, 'has no name'))),
  query: z.string().check(z.maxLength(MAX_LINK_LENGTH)),
  savedAt: z.iso.datetime({ offset: true }),
});

const storeSchema = z.object({ version: z.number(), scenarios: z.array(z.unknown()) });

export interface StoreReading {
  readonly scenarios: SavedScenario[];
  /** Sentences for the notice; none when everything was read. */
  readonly problems: string[];
  /** Whether the stored text holds something not read back, so it must be kept before anything is written. */
  readonly unread: boolean;
  /** A store written by a newer version of the page: read what we can, never write over it. */
  readonly readOnly: boolean;
}

/** Reads the stored text (null when nothing is stored). Never throws. */
export function readStore(raw: string | null): StoreReading {
  const empty = { scenarios: [], readOnly: false };
  if (raw === null) return { ...empty, problems: [], unread: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      ...empty,
      problems: ['The saved scenarios in this browser are not readable (not JSON).'],
      unread: true,
    };
  }
  const store = storeSchema.safeParse(data);
  if (!store.success) {
    return {
      ...empty,
      problems: ['The saved scenarios in this browser are in a form this page does not know.'],
      unread: true,
    };
  }
  const { version, scenarios: entries } = store.data;
  const problems: string[] = [];
  const readOnly = version > STORE_VERSION;
  if (readOnly)
    problems.push(
      `The saved scenarios were written by a newer version of this page (store version ${version}): they are shown but not changed here.`,
    );
  else if (version !== STORE_VERSION) {
    return {
      ...empty,
      problems: [`The saved scenarios have an unknown store version (${clipNumber(version)}).`],
      unread: true,
    };
  }
  const scenarios: SavedScenario[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(
        `Saved scenario ${i + 1} could not be read (${issue.path.join('.') || 'entry'}: ${issue.message}).`,
      );
    } else if (ids.has(parsed.data.id)) {
      problems.push(`Saved scenario ${i + 1} repeats another's id and was left out.`);
    } else {
      ids.add(parsed.data.id);
      scenarios.push(parsed.data);
    }
  });
  return { scenarios, problems, unread: problems.length > 0 && !readOnly, readOnly };
}

export function writeStore(scenarios: readonly SavedScenario[]): string {
  return JSON.stringify({ version: STORE_VERSION, scenarios });
}

/** A name as stored and shown: one line of text, no control characters, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  const line = name
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    // Direction overrides would reorder the list's text around the name.
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...line].slice(0, MAX_NAME_LENGTH).join('');
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadResult extends StoreReading {
  /** Where the unreadable text was kept, when it was. */
  readonly backupKey?: string;
}

/**
 * Loads the store. Text that could not be read in full is first copied under a backup key (never over an earlier
 * backup), so whatever the page writes next loses nothing.
 */
export function loadStore(storage: StorageLike, now: () => Date = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORE_KEY);
  } catch {
    return {
      scenarios: [],
      problems: ['This browser does not let the page use its storage, so scenarios cannot be saved here.'],
      unread: false,
      readOnly: true,
    };
  }
  const reading = readStore(raw);
  if (!reading.unread || raw === null) return reading;
  const backupKey = freeBackupKey(storage, raw, now());
  try {
    if (storage.getItem(backupKey) !== raw) storage.setItem(backupKey, raw);
  } catch {
    return {
      ...reading,
      readOnly: true,
      problems: [
        ...reading.problems,
        'They could not be kept aside (storage is full), so nothing is changed.',
      ],
    };
  }
  return {
    ...reading,
    backupKey,
    problems: [...reading.problems, `The original is kept in this browser's storage under "${backupKey}".`],
  };
}

function freeBackupKey(storage: StorageLike, raw: string, at: Date): string {
  const existing = storage.getItem(BACKUP_KEY);
  if (existing === null || existing === raw) return BACKUP_KEY;
  return `${BACKUP_KEY}.${at.toISOString()}`;
}

/** Writes the list; returns a sentence when the browser refused (storage full or blocked), else undefined. */
export function saveStore(storage: StorageLike, scenarios: readonly SavedScenario[]): string | undefined {
  try {
    storage.setItem(STORE_KEY, writeStore(scenarios));
    return undefined;
  } catch (error) {
    const name = (error as { name?: string }).name;
    return name === 'QuotaExceededError'
      ? "The browser's storage for this site is full: the change was not saved."
      : 'The browser refused to store the change: it was not saved.';
  }
}

function clipNumber(n: number): string {
  return String(n).slice(0, 20);
}

/** The list with a new scenario first (newest first), or a sentence saying why it cannot take one more. */
export function withSaved(
  list: readonly SavedScenario[],
  entry: { id: string; name: string; query: string; savedAt: Date },
): SavedScenario[] | string {
  // Nothing is ever dropped to make room: the reader chooses what to delete.
  if (list.length >= MAX_SAVED)
    return `${MAX_SAVED} scenarios are saved here, the most this page keeps: delete one to save another.`;
  const saved = {
    id: entry.id,
    name: cleanName(entry.name) || 'Untitled scenario',
    query: entry.query,
    savedAt: entry.savedAt.toISOString(),
  };
  return [saved, ...list.filter((s) => s.id !== entry.id)];
}

export function withRenamed(list: readonly SavedScenario[], id: string, name: string): SavedScenario[] {
  const clean = cleanName(name);
  return list.map((s) => (s.id === id && clean ? { ...s, name: clean } : s));
}

export function withoutSaved(list: readonly SavedScenario[], id: string): SavedScenario[] {
  return list.filter((s) => s.id !== id);
}

/** Puts a removed scenario back where it was (undo). */
export function withRestored(
  list: readonly SavedScenario[],
  entry: SavedScenario,
  index: number,
): SavedScenario[] {
  const rest = list.filter((s) => s.id !== entry.id);
  return [...rest.slice(0, index), entry, ...rest.slice(index)];
}

/**
 * Ordered link migrations. Each rewrites the query parameters of a link written under schema version
 * `from` into version `from + 1` (renamed keys, re-scaled values). Append, never edit: old links depend on
 * every step. The current version is one past the last migration.
 */
export interface LinkMigration {
  readonly from: number;
  readonly describe: string;
  readonly migrate: (params: Map<string, string>) => void;
}

/** No migration yet: version 1 is the first published link format. */
export const LINK_MIGRATIONS: readonly LinkMigration[] = [];

export function currentLinkVersion(migrations: readonly LinkMigration[] = LINK_MIGRATIONS): number {
  return migrations.length + 1;
}

/** Applies every migration from `version` up to the current version, in order. */
export function migrateParams(
  params: Map<string, string>,
  version: number,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
): void {
  for (const m of migrations) if (m.from >= version) m.migrate(params);
}

/**
 * Ordered link migrations. Each rewrites the query parameters of a link written under schema version
 * `from` into version `from + 1` (renamed keys, re-scaled values) and reports, through `note`, every setting it
 * could not carry over, so the reader is told rather than silently shown something else. Append, never edit: old
 * links depend on every step. The current version is one past the last migration.
 */
export interface LinkMigration {
  readonly from: number;
  readonly describe: string;
  readonly migrate: (params: Map<string, string>, note: (key: string, message: string) => void) => void;
}

/**
 * Version 1 → 2 (issue #7, the finance-grade model): revenue follows yearly points instead of a target and a
 * growth rate; valuation is a discounted cash flow instead of a revenue multiple; dilution follows funding needs;
 * hosting is valued at an operating margin instead of a gross margin.
 */
const V1_TO_V2: LinkMigration = {
  from: 1,
  describe: 'revenue path, valuation and dilution rebuilt (finance-grade model)',
  migrate(params, note) {
    const take = (key: string): string | undefined => {
      const value = params.get(key);
      params.delete(key);
      return value;
    };
    const mode = take('revMode');
    const target = take('revTarget');
    const targetYear = take('revTargetYear');
    const growth = take('revGrowthStart');
    if (target !== undefined) {
      if (mode !== 'decay' && (targetYear === undefined || targetYear === '2030') && !params.has('rev2030')) {
        params.set('rev2030', target);
        note(
          'revTarget',
          `Target revenue (revTarget) is now "OpenAI revenue, 2030" (rev2030): set to $${target}B; the years before it keep the preset's reported path.`,
        );
      } else {
        note(
          'revTarget',
          mode === 'decay'
            ? `Target revenue (revTarget=${target}) was not in use (the link's revenue path was decaying growth); revenue now follows yearly figures through 2030, so the preset's path was kept.`
            : `Target revenue (revTarget=${target}) was for a year other than 2030; revenue now follows yearly figures through 2030, so the preset's path was kept.`,
        );
      }
    } else if (targetYear !== undefined) {
      note(
        'revTargetYear',
        'Target year (revTargetYear) is no longer a setting: revenue follows yearly figures through 2030.',
      );
    }
    if (mode !== undefined || growth !== undefined) {
      note(
        mode !== undefined ? 'revMode' : 'revGrowthStart',
        'Revenue path and 2026 growth (revMode, revGrowthStart) are no longer settings: revenue follows yearly figures through 2030 (rev2026 … rev2030).',
      );
    }
    if (take('dilution') !== undefined) {
      note(
        'dilution',
        'Yearly dilution (dilution) is no longer a setting: dilution now follows the equity OpenAI raises to fund its losses.',
      );
    }
    const anchor = take('valuationAnchorYear');
    if (anchor === '2025' && !params.has('round2026Raised')) params.set('round2026Raised', '0');
    for (const key of ['terminalMultiple', 'multipleHalfLife'] as const) {
      if (take(key) !== undefined) {
        note(
          key,
          `${key === 'terminalMultiple' ? 'Terminal revenue multiple' : 'Multiple half-life'} (${key}) is no longer a setting: OpenAI is now valued on its discounted cash flows (see "OpenAI cost of equity").`,
        );
      }
    }
    if (take('hostingMargin') !== undefined) {
      note(
        'hostingMargin',
        "Hosting gross margin (hostingMargin) is no longer a setting: hosting is now valued at an operating margin (hostingOpMargin), left at the preset's value.",
      );
    }
  },
};

export const LINK_MIGRATIONS: readonly LinkMigration[] = [V1_TO_V2];

export function currentLinkVersion(migrations: readonly LinkMigration[] = LINK_MIGRATIONS): number {
  return migrations.length + 1;
}

/** Applies every migration from `version` up to the current version, in order; `note` receives what was lost. */
export function migrateParams(
  params: Map<string, string>,
  version: number,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
  note: (key: string, message: string) => void = () => {},
): void {
  for (const m of migrations) if (m.from >= version) m.migrate(params, note);
}

import { project } from '../engine/project.ts';
import { decodeScenario, linkEntries } from '../link/codec.ts';
import { jsonText, projectionJsonText } from '../export/projectionJson.ts';
import { LINK_MIGRATIONS } from '../link/migrations.ts';
import { findPreset, LATEST_PRESET_ID, PRESETS } from '../presets.ts';
import { reconcile } from '../reconcile.ts';
import { PARAMS } from '../schema/scenario.ts';
import { readAnalysis, runAnalysis, type AnalysisFlags } from './analysis.ts';
import { SOURCE_BY_ID, type SourceId } from '../sources.ts';
import { projectionToCsv } from './csv.ts';
import { cliFormulas } from './formulas.ts';
import { MAX_SAMPLES, MIN_SAMPLES } from '../uncertainty/simulate.ts';
import { simulationOption, simulationOutput } from './simulation.ts';

export interface CliResult {
  stdout: string;
  stderr: string;
  /**
   * 0 on success, 2 on bad input (usage, unknown preset or option, anything the link decoder reports), 1 when a
   * goal seek finds no value in range that reaches its target.
   */
  code: number;
}

export const USAGE = `Usage: npm run -s model -- [options]

Prints the projection of a scenario as JSON (or CSV).

  --preset <id>        start from a preset (default ${LATEST_PRESET_ID}); see --list-presets
  --url <link>         a link copied from the explorer, or just its query string
  --set <id>=<value>   change one assumption, in the units links use ($B, %, years); repeatable
  --formula <series>=<expression>
                       replace a built-in series with a formula in t (the year) and assumptions (model
                       units: USD, fractions), e.g. --formula 'openaiRevenue=13e9 * 1.8^(t - 2025)';
                       series: openaiRevenue, revenueShareRate, openaiGrossMargin, providerShare.<provider>
                       (azure, stargate, google, ownCapacity, decentralized); repeatable
  --csv                print a table, one row per year, units in the header
  --tornado <kpi>      add "tornado": the kpi with each assumption at the low and high end of its range, the
                       others held, sorted by |high − low|
  --seek <kpi>=<target> --by <id>
                       add "seek": the value of assumption <id> (in its range, on its slider's step) that brings
                       <kpi> to <target> (in the JSON's units: USD, fractions, years); exits 1 naming the closest
                       reachable value when none does
  --samples <n>        add a simulation over the uncertain assumptions' ranges: n samples (${MIN_SAMPLES}–${MAX_SAMPLES})
  --seed <s>           the simulation's seed (a whole number; same seed, same numbers as the page)
  --list-presets       print the presets as JSON, with their sources
  --list-params        print every assumption (id, unit, range, default, source with each cited publication's
                       publisher, date, title and url) as JSON
  --reconcile          print each reported figure beside the model's, with the gap and the source, as JSON
  --help               print this help
`;

/** Runs the command line on `argv` (without node and script). Pure: returns what to print and the exit code. */
export function runCli(argv: readonly string[]): CliResult {
  let preset: string | undefined;
  let url: string | undefined;
  const sets: string[] = [];
  const formulaArgs: string[] = [];
  let csv = false;
  const analysis: AnalysisFlags = {};
  let samples: string | undefined;
  let seed: string | undefined;
  const errors: string[] = [];
  // --help and the lists print once the whole command line has been read: a bad option beside them is an error.
  let action: CliResult | undefined;
  const once = (flag: string, previous: string | undefined, value: string | undefined) => {
    if (previous !== undefined && value !== undefined)
      errors.push(`${flag} is given more than once: give it once.`);
    return previous ?? value;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`${flag} needs a value.`);
        return undefined;
      }
      i++;
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        action ??= { stdout: USAGE, stderr: '', code: 0 };
        break;
      case '--list-presets':
        action ??= { stdout: jsonText(PRESETS.map(presetSummary)), stderr: '', code: 0 };
        break;
      case '--reconcile':
        action ??= { stdout: jsonText(reconcile()), stderr: '', code: 0 };
        break;
      case '--list-params':
        action ??= { stdout: jsonText(PARAMS.map(paramSummary)), stderr: '', code: 0 };
        break;
      case '--preset':
        preset = once('--preset', preset, takeValue());
        break;
      case '--url':
        url = once('--url', url, takeValue());
        break;
      case '--set': {
        const v = takeValue();
        if (v !== undefined) sets.push(v);
        break;
      }
      case '--formula': {
        const v = takeValue();
        if (v !== undefined) formulaArgs.push(v);
        break;
      }
      case '--csv':
        csv = true;
        break;
      case '--tornado':
        analysis.tornado = once('--tornado', analysis.tornado, takeValue());
        break;
      case '--seek':
        analysis.seek = once('--seek', analysis.seek, takeValue());
        break;
      case '--by':
        analysis.by = once('--by', analysis.by, takeValue());
        break;
      case '--samples':
        samples = once('--samples', samples, takeValue());
        break;
      case '--seed':
        seed = once('--seed', seed, takeValue());
        break;
      default:
        errors.push(`Unknown option "${arg}".`);
    }
  }
  if (errors.length > 0) return fail(errors);
  if (action) return action;
  if (preset !== undefined && url !== undefined) errors.push('Give either --preset or --url, not both.');
  if (preset !== undefined && !findPreset(preset)) {
    errors.push(`Unknown preset "${preset}". Known presets: ${PRESETS.map((p) => p.id).join(', ')}.`);
  }
  // The command line stops at any problem, so its messages say what is wrong, not what a page would do instead.
  const reportOnly = { reportOnly: true } as const;
  const link = url !== undefined ? linkEntries(url, reportOnly) : { entries: [], problems: [] };
  errors.push(...link.problems.map((p) => p.message));
  const params = new URLSearchParams(link.entries);
  if (preset !== undefined) params.set('preset', preset);
  // As in a link, a setting given twice is an error; --set does replace a value the --url link sets.
  const setValues = new Map<string, string>();
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) {
      errors.push(`--set "${s}" should look like id=value, e.g. --set shareEnd=10.`);
      continue;
    }
    const [id, value] = [s.slice(0, eq), s.slice(eq + 1)];
    const earlier = setValues.get(id);
    if (earlier !== undefined) {
      errors.push(`--set ${id} is given more than once ("${earlier}", then "${value}"): give it once.`);
      continue;
    }
    setValues.set(id, value);
    params.set(id, value);
  }
  const request = readAnalysis(analysis, csv);
  errors.push(...request.errors);
  const simulation = simulationOption(samples, seed, csv);
  errors.push(...simulation.errors);
  if (errors.length > 0) return fail(errors);

  const decoded = decodeScenario(params, LINK_MIGRATIONS, reportOnly);
  if (decoded.problems.length > 0) return fail(decoded.problems.map((p) => p.message));

  const formulas = cliFormulas(decoded.scenario, formulaArgs);
  if ('errors' in formulas) return fail(formulas.errors);

  const projection = project(decoded.scenario.values, formulas.overrides);
  if (csv) return { stdout: projectionToCsv(projection), stderr: '', code: 0 };
  const added = runAnalysis(request, decoded.scenario.values, projection, formulas.overridesFor);
  if ('unreached' in added) return { stdout: '', stderr: `error: ${added.unreached}\n`, code: 1 };
  const series = formulas.scenario.extras?.formulas?.series;
  const extra = {
    ...(series && { formulas: series }),
    ...added,
    ...(simulation.wanted && {
      simulation: simulationOutput(
        decoded.scenario,
        simulation.samples,
        simulation.seed,
        formulas.overridesFor,
      ),
    }),
  };
  return { stdout: projectionJsonText(formulas.scenario, projection, extra), stderr: '', code: 0 };
}

function presetSummary(p: (typeof PRESETS)[number]) {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    description: p.description,
    sources: p.sources.map(resolveSource),
    overrides: p.overrides,
  };
}

/** An assumption as --list-params prints it: its citation with each source resolved to outlet, date, title, url. */
function paramSummary(p: (typeof PARAMS)[number]) {
  return { ...p, source: { ...p.source, cites: p.source.cites.map(resolveSource) } };
}

function resolveSource(id: SourceId) {
  const s = SOURCE_BY_ID.get(id)!;
  return { id: s.id, publisher: s.publisher, date: s.date, title: s.title, url: s.url, via: s.via };
}

function splitOnce(arg: string): [string, string] {
  const eq = arg.indexOf('=');
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

function fail(messages: readonly string[]): CliResult {
  const lines = messages.map((m) => `error: ${m}`);
  return { stdout: '', stderr: `${lines.join('\n')}\nRun with --help for usage.\n`, code: 2 };
}

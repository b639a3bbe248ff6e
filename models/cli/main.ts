// Entry point of `npm run model`. All logic is in run.ts so it can be tested without spawning a process.
import { runCli } from './run.ts';

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;

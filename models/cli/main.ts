// Entry point of `npm run model`. All logic is in run.ts so it can be tested without spawning a process.
import { runCli } from './run.ts';

const result = runCli(process.argv.slice(2));
process.exitCode = result.code;

/**
 * Output that cannot be written ends the process without a stack trace: quietly when the reader has gone (a
 * closed pipe, as in `… --csv | head -c 0`), with one line on stderr for anything else (a full disk: ENOSPC).
 */
function onWriteError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') {
    process.stderr.removeAllListeners('error');
    process.stderr.on('error', () => process.exit(1));
    process.stderr.write(`error: could not write the output (${error.code ?? error.message}).\n`, () =>
      process.exit(1),
    );
    return;
  }
  process.exit(result.code);
}

for (const [stream, text] of [
  [process.stdout, result.stdout],
  [process.stderr, result.stderr],
] as const) {
  stream.on('error', onWriteError);
  if (text) {
    try {
      stream.write(text);
    } catch (error) {
      onWriteError(error as NodeJS.ErrnoException);
    }
  }
}

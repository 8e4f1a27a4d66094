/**
 * `lever start`: the local web app. Listens on this machine only unless told otherwise, says where
 * it is and where the data lives, and stops cleanly on Ctrl-C or SIGTERM.
 */
import { LeverError } from '../../core/errors.js';
import { describeStoreLocation, storeConfigFromEnvironment } from '../../store/open-store.js';
import { isLoopback } from '../../web/http/loopback.js';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, startServer } from '../../web/server.js';

export interface StartOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  allowRemote?: boolean;
}

/** Exit code after a second Ctrl-C cut the shutdown short, as shells report SIGINT (128 + 2). */
const INTERRUPTED_EXIT_CODE = 130;

/** A port from `--port` or PORT: a whole number from 0 (any free port) to 65535. */
export function parsePort(input: string, source: string): number {
  const port = Number(input);
  if (input.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LeverError(
      'invalid_input',
      `${source} must be a whole number from 0 to 65535 (0 picks any free port), got "${input}"`,
    );
  }
  return port;
}

/** Resolves when the first SIGINT or SIGTERM has closed the server; a second one exits at once. */
function untilStopped(server: RunningServer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(INTERRUPTED_EXIT_CODE));
      process.stderr.write(`\nStopping Lever (${signal})…\n`);
      server.close().then(() => {
        process.stderr.write('Lever has stopped; everything saved is kept.\n');
        resolve();
      }, reject);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Starts the web app and runs until stopped; `print` gets the URL and where the data lives. */
export async function runStart(options: StartOptions, print: (text: string) => void): Promise<void> {
  const vars = process.env;
  const host = options.host ?? DEFAULT_HOST;
  const remote = !isLoopback(host);
  if (remote && !options.allowRemote) {
    throw new LeverError(
      'invalid_input',
      `--host ${host} would let other machines reach Lever, which has no login and holds personal data; add --allow-remote if you mean it`,
    );
  }
  const port =
    options.port !== undefined
      ? parsePort(options.port, '--port')
      : vars.PORT !== undefined && vars.PORT.trim() !== ''
        ? parsePort(vars.PORT, 'PORT')
        : DEFAULT_PORT;
  const config = storeConfigFromEnvironment({ dataDirFlag: options.dataDir, vars });
  if (options.dataDir !== undefined && config.databaseUrl !== undefined) {
    process.stderr.write('note: LEVER_DATABASE_URL is set, so --data-dir is not used\n');
  }
  const server = await startServer({ host, port, ...config });
  if (remote) {
    process.stderr.write(
      `warning: Lever is listening on ${host}, so other machines that can reach this one can read and change its data\n`,
    );
  }
  print(
    [
      `Lever is running at ${server.url}`,
      `Your data: ${describeStoreLocation(config)}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  await untilStopped(server);
}

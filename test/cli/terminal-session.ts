/**
 * Runs `lever` inside a real pseudo-terminal (util-linux `script`), so that prompts see a TTY on
 * both ends, and lets a test type at it: wait for a prompt to appear, then press keys.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cleanEnv, leverBin } from './run-lever.js';

/** Key sequences a terminal sends. */
export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  enter: '\r',
  space: ' ',
  ctrlC: '\u0003',
} as const;

/** Whether `script` (util-linux) is installed; Debian has it in every base system. */
export const hasScript = spawnSync('script', ['--version']).status === 0;

const shellQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export class TerminalSession {
  private raw = '';
  /** Where the next `waitFor` starts looking, so an earlier copy of a prompt never matches. */
  private seen = 0;
  private readonly child: ChildProcess;
  /** The exit code of `lever` (script passes it through with -e). */
  readonly exited: Promise<number | null>;

  constructor(
    args: readonly string[],
    options: { cwd: string; env?: Record<string, string>; columns?: number },
  ) {
    const command = [process.execPath, leverBin, ...args].map(shellQuote).join(' ');
    const size = `stty cols ${options.columns ?? 100} rows 40`;
    this.child = spawn('script', ['-qfec', `${size}; exec ${command}`, '/dev/null'], {
      cwd: options.cwd,
      env: cleanEnv({ TERM: 'xterm-256color', ...options.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.raw += chunk.toString('utf8');
    });
    // 'close' comes after the output has been read to its end, unlike 'exit'.
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far, without escape sequences or carriage returns. */
  get screen(): string {
    return stripVTControlCharacters(this.raw).replace(/\r/g, '');
  }

  /** The raw bytes shown so far, escape sequences included. */
  get rawOutput(): string {
    return this.raw;
  }

  /** Waits until `text` appears after what earlier waits matched; fails with the screen on timeout. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.screen.indexOf(text, this.seen);
      if (at >= 0) {
        this.seen = at + text.length;
        return;
      }
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(
          `timed out waiting for ${JSON.stringify(text)}; the screen ends:\n${this.screen.slice(-2000)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends keys, one write each, as a person typing. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.child.stdin?.write(key);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Waits for a prompt, then presses the keys that answer it. */
  async answer(prompt: string, ...keys: string[]): Promise<void> {
    await this.waitFor(prompt);
    await this.press(...keys);
  }

  /** Ends the session if a test failed half-way. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** What the output can look like: how wide a line may be, and whether colour is welcome. */
import pc from 'picocolors';

type Colors = ReturnType<typeof pc.createColors>;

export interface Terminal {
  /** Wrap text to this many columns. */
  readonly width: number;
  /** Colour functions; they return text unchanged when colour is off. */
  readonly colors: Colors;
}

/** Wider lines than this are hard to read even on a wide terminal. */
const MAX_WIDTH = 100;
/** Width for pipes and files: what a reader's terminal or editor shows without scrolling. */
const PIPE_WIDTH = 80;

interface Stream {
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/**
 * Decides width and colour for an output stream: colour only on a terminal, and never when
 * NO_COLOR is set (https://no-color.org) or the terminal says it is dumb.
 */
export function terminalFor(stream: Stream, env: Readonly<Record<string, string | undefined>>): Terminal {
  const tty = stream.isTTY === true;
  const width =
    tty && stream.columns && stream.columns > 0 ? Math.min(stream.columns, MAX_WIDTH) : PIPE_WIDTH;
  const colour = tty && !env.NO_COLOR && env.TERM !== 'dumb';
  return { width, colors: pc.createColors(colour) };
}

/** The terminal of this process's standard output. */
export function stdoutTerminal(): Terminal {
  return terminalFor(process.stdout, process.env);
}

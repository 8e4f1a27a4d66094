/** The colour of a signal's tag on a terminal, by what it asks of the person; the plan and `lever fit` share it. */
import type { Signal } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';

export function signalColour(term: Terminal, kind: Signal['kind']): (text: string) => string {
  return {
    pivot: term.colors.yellow,
    'keep-testing': term.colors.cyan,
    'double-down': term.colors.green,
    'test-next': term.colors.magenta,
  }[kind];
}

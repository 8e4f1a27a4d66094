import { describe, expect, it } from 'vitest';
import { terminalFor } from './terminal.js';

const coloured = (t: ReturnType<typeof terminalFor>) => t.colors.bold('x') !== 'x';

describe('terminalFor', () => {
  it('wraps at 80 columns without colour when output is piped', () => {
    const t = terminalFor({ isTTY: false, columns: 200 }, {});
    expect(t.width).toBe(80);
    expect(coloured(t)).toBe(false);
  });

  it('follows the terminal width up to 100 columns, in colour', () => {
    expect(terminalFor({ isTTY: true, columns: 72 }, {}).width).toBe(72);
    expect(terminalFor({ isTTY: true, columns: 180 }, {}).width).toBe(100);
    expect(coloured(terminalFor({ isTTY: true, columns: 72 }, {}))).toBe(true);
  });

  it('falls back to 80 columns when a terminal does not report its width', () => {
    expect(terminalFor({ isTTY: true }, {}).width).toBe(80);
  });

  it('drops colour for NO_COLOR (when not empty) and for dumb terminals', () => {
    expect(coloured(terminalFor({ isTTY: true, columns: 90 }, { NO_COLOR: '1' }))).toBe(false);
    expect(coloured(terminalFor({ isTTY: true, columns: 90 }, { NO_COLOR: '' }))).toBe(true);
    expect(coloured(terminalFor({ isTTY: true, columns: 90 }, { TERM: 'dumb' }))).toBe(false);
  });
});

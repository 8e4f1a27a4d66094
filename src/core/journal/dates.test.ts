import { describe, expect, it } from 'vitest';
import { addDays, addWeeks, compareDates, daysBetween } from './dates.js';

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });

  it('knows leap days: 29 February exists in leap years only', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('ignores daylight-saving changes (a day is always one date)', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('takes years 0000 to 0099 as written, not as 1900 to 1999', () => {
    expect(addDays('0000-01-01', 1)).toBe('0000-01-02');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
    expect(daysBetween('0001-01-01', '0002-01-01')).toBe(365);
  });

  it('refuses text that is not an existing date', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(/no such date/);
    expect(() => addDays('2024-13-01', 1)).toThrow(/no such date/);
    expect(() => addDays('24-1-1', 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe('addWeeks', () => {
  it('adds seven days per week, across a year end', () => {
    expect(addWeeks('2024-01-01', 4)).toBe('2024-01-29');
    expect(addWeeks('2024-12-20', 2)).toBe('2025-01-03');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
  });

  it('adds 26 weeks as 182 days', () => {
    expect(addWeeks('2024-01-01', 26)).toBe('2024-07-01');
    expect(daysBetween('2024-01-01', addWeeks('2024-01-01', 26))).toBe(182);
  });
});

describe('daysBetween and compareDates', () => {
  it('counts whole days, negative when going back', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('orders dates', () => {
    const sorted = ['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates);
    expect(sorted).toEqual(['2023-12-31', '2024-02-29', '2024-03-01']);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
  });
});

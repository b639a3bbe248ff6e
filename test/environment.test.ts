import { describe, expect, it } from 'vitest';

// Guards the deterministic test environment set up in vite.config.ts and test/setup/env.ts.
describe('test environment', () => {
  it('runs in UTC', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
    expect(new Date(Date.UTC(2025, 0, 1)).getHours()).toBe(0);
  });

  it('formats numbers with a fixed default locale', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('en-US');
    expect((1234.5).toLocaleString()).toBe('1,234.5');
  });
});

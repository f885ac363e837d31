import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/pc-errors.mjs', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('pc-errors explain', () => {
  it('prints an entry with its fix', () => {
    const result = run('explain', '600049');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '600049 (HTTP 400 BadRequest): Organization registration ID information is missing',
    );
    expect(result.stdout).toContain('fields: organizationRegistrationNumber');
    expect(result.stdout).toMatch(/Fix: .+\n {2}1\. /);
  });

  it('prints every entry of an ambiguous code, and one with --status', () => {
    const both = run('explain', '2006');
    expect(both.stdout).toContain('documented for 2 HTTP statuses');
    expect(both.stdout).toContain('2006 (HTTP 400 BadRequest)');
    expect(both.stdout).toContain('2006 (HTTP 403 Forbidden)');
    const one = run('explain', '2006', '--status', '403');
    expect(one.stdout).not.toContain('HTTP 400');
  });

  it('prints JSON with --json: always an array of entries, one with --status', () => {
    const one = JSON.parse(run('explain', '2006', '--status', '403', '--json').stdout);
    expect(one).toEqual([expect.objectContaining({ id: '403-2006', code: '2006', httpStatus: 403 })]);
    const both = JSON.parse(run('explain', '2006', '--json').stdout) as { id: string }[];
    expect(both.map((entry) => entry.id)).toEqual(['400-2006', '403-2006']);
    expect(JSON.parse(run('explain', '600049', '--json').stdout)).toEqual([
      expect.objectContaining({ id: '400-600049' }),
    ]);
  });

  it('says clearly when a code is unknown, and exits 1', () => {
    const result = run('explain', '424242');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Error code 424242 is not in the documented Partner Center error catalog.');
    const wrongStatus = run('explain', '2006', '--status', '500');
    expect(wrongStatus.status).toBe(1);
    expect(wrongStatus.stderr).toContain('It is documented for HTTP 400, 403.');
  });

  it.each([
    ['no arguments', []],
    ['no code', ['explain']],
    ['--status without a number', ['explain', '2006', '--status']],
    ['--status followed by another flag', ['explain', '2006', '--status', '--json']],
    ['--status that is not a number', ['explain', '1', '--status', 'x']],
  ])('shows usage and exits 2 for a wrong call: %s', (_name, args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: pc-errors explain <code> [--status N] [--json]');
  });
});

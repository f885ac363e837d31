import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/pc-errors.mjs', import.meta.url));
// Colour is decided by the environment: start from one without NO_COLOR or FORCE_COLOR, whatever the runner has.
const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...quietEnv } = process.env;
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...quietEnv, ...env } });
const json = (args: string[]) => JSON.parse(run([...args, '--json']).stdout) as Record<string, unknown>[];
const ANSI = /\u001b\[\d+m/;

describe('pc-errors explain: a documented code', () => {
  it('prints the entry with its fix, its fields and where it is documented', () => {
    const result = run(['explain', '600049']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '600049 (HTTP 400 BadRequest): Organization registration ID information is missing',
    );
    expect(result.stdout).toContain('fields: organizationRegistrationNumber');
    expect(result.stdout).toMatch(/Fix: .+\n {2}1\. /);
    expect(result.stdout).toContain('documented in: Partner Center REST error codes, https://learn.microsoft.com/');
  });

  it('prints every entry of an ambiguous code, and one with --status', () => {
    const both = run(['explain', '2006']);
    expect(both.stdout).toContain('code 2006 is documented under HTTP 400 and 403; pass --status to pick one.');
    expect(both.stdout).toContain('2006 (HTTP 400 BadRequest)');
    expect(both.stdout).toContain('2006 (HTTP 403 Forbidden)');
    const one = run(['explain', '2006', '--status', '403']);
    expect(one.stdout).not.toContain('HTTP 400');
  });

  it.each([
    ['--status 403', ['--status', '403']],
    ['--status=403', ['--status=403']],
    ['-s 403', ['-s', '403']],
  ])('reads the status written as %s', (_form, args) => {
    expect(json(['explain', '2006', ...args]).map((entry) => entry.id)).toEqual(['403-2006']);
  });

  it('prints JSON with --json: always an array of entries', () => {
    expect(json(['explain', '2006', '--status', '403'])).toEqual([
      expect.objectContaining({ id: '403-2006', code: '2006', httpStatus: 403 }),
    ]);
    expect(json(['explain', '2006']).map((entry) => entry.id)).toEqual(['400-2006', '403-2006']);
    expect(json(['explain', '600049'])).toEqual([expect.objectContaining({ id: '400-600049' })]);
  });
});

describe('pc-errors explain: a status the code is not documented under', () => {
  it('shows 800089 received as 400 with its 403 entry and a clear note', () => {
    const result = run(['explain', '800089', '--status', '400']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Note: code 800089 is documented under HTTP 403, not 400/);
    expect(result.stdout).toContain('800089 (HTTP 403 Forbidden): The requested number of {0} asset/s exceeded');
    expect(json(['explain', '800089', '--status', '400'])).toEqual([
      expect.objectContaining({ id: '403-800089', statusMismatch: { documented: [403] } }),
    ]);
  });

  it('shows both entries of 2006 received as 500 as candidates', () => {
    const result = run(['explain', '2006', '--status', '500']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'code 2006 is documented under HTTP 400 and 403, not 500; every one is shown as a candidate.',
    );
    expect(result.stdout).toContain('2006 (HTTP 400 BadRequest)');
    expect(result.stdout).toContain('2006 (HTTP 403 Forbidden)');
    expect(json(['explain', '2006', '--status', '500'])).toEqual([
      expect.objectContaining({ id: '400-2006', statusMismatch: { documented: [400, 403] } }),
      expect.objectContaining({ id: '403-2006', statusMismatch: { documented: [400, 403] } }),
    ]);
  });
});

describe('pc-errors explain: cart and identity codes', () => {
  it('explains a cart line-item code as a line item', () => {
    const result = run(['explain', '10001']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('10001 (cart line item, CatalogItemIdIsNotValid, inside HTTP 200 OK)');
    expect(result.stdout).toContain('documented in: Cart resources');
  });

  it.each(['AADSTS700082', 'aadsts700082', 'AadSts700082'])('explains the identity code %s', (code) => {
    const result = run(['explain', code, '--status', '401']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^AADSTS700082 \(Microsoft Entra sign-in error\): The refresh token has expired/);
    expect(result.stdout).not.toContain('Note:');
    expect(result.stdout).toContain('https://login.microsoftonline.com/error?code=700082');
  });
});

describe('pc-errors explain: codes the catalog does not know', () => {
  it('gives a live code received with a status the fallback of that status', () => {
    const result = run(['explain', '1002', '--status', '401']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Note: error code 1002 is not in the catalog; this is what HTTP 401 means');
    expect(result.stdout).toContain('HTTP 401 Unauthorized: Unauthorized');
    expect(json(['explain', '1002', '--status', '401'])).toEqual([
      expect.objectContaining({ status: 401, name: 'Unauthorized', category: 'authentication' }),
    ]);
  });

  it('explains a bare HTTP status, given as the code or alone', () => {
    const asCode = run(['explain', '429']);
    expect(asCode.status).toBe(0);
    expect(asCode.stdout).toContain('HTTP 429 TooManyRequests: Too many requests');
    const alone = run(['explain', '--status', '503']);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toMatch(/^HTTP 503 ServiceUnavailable/);
  });

  it('says clearly when nothing is known, and exits 1', () => {
    const unknown = run(['explain', '424242']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Error code 424242 is not in the catalog');
    expect(unknown.stderr).toContain('Pass --status');
    const teapot = run(['explain', '424242', '--status', '418']);
    expect(teapot.status).toBe(1);
    expect(teapot.stderr).toContain('HTTP 418 is not a status the Partner Center error page names');
  });
});

describe('pc-errors: calls and help', () => {
  it.each([
    ['--jsn', '--json'],
    ['--stat', '--status'],
    ['--hlep', '--help'],
  ])('rejects the unknown option %s with a hint to %s, and exits 2', (typo, meant) => {
    const result = run(['explain', '2006', typo]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`unknown option ${typo}. Did you mean ${meant}?`);
  });

  it('gives no hint for an option nothing is close to', () => {
    const result = run(['explain', '2006', '--frobnicate-everything']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option --frobnicate-everything.');
    expect(result.stderr).not.toContain('Did you mean');
  });

  it.each([
    ['no arguments', []],
    ['no code', ['explain']],
    ['another command', ['describe', '2006']],
    ['two codes', ['explain', '2006', '2007']],
    ['--status without a number', ['explain', '2006', '--status']],
    ['--status followed by another flag', ['explain', '2006', '--status', '--json']],
    ['--status that is not a number', ['explain', '1', '--status', 'x']],
    ['--status that is not an HTTP status', ['explain', '1', '--status', '999']],
  ])('shows usage and exits 2 for a wrong call: %s', (_name, args) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: pc-errors explain <code> [--status N] [--json]');
  });

  it('shows the usage, the options, examples and exit codes with --help', () => {
    for (const flag of ['--help', '-h']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage: pc-errors explain <code> [--status N] [--json]');
      expect(result.stdout).toContain('pc-errors explain 800089 --status 400');
      expect(result.stdout).toMatch(/Exit codes:\n {2}0 .+\n {2}1 .+\n {2}2 /);
    }
  });
});

describe('pc-errors: arguments echoed to the terminal', () => {
  // A window title, a screen clear, a colour, an OSC 8 hyperlink, a bidi override, a C1 CSI.
  const hostile =
    '\u001b]0;pwned\u0007\u001b[2J\u001b[31mAADSTS0 OK\u001b[0m\u001b]8;;https://x.test\u001b\\\u202e\u009b';
  const TERMINAL_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  it.each([
    ['a code not in the catalog, with a status (exit 0)', ['explain', hostile, '--status', '400']],
    ['a code not in the catalog (exit 1)', ['explain', hostile]],
    ['an unknown command', [hostile, '2006']],
    ['an unexpected argument', ['explain', '2006', hostile]],
    ['an unknown option', ['explain', '2006', `--${hostile}`]],
    ['a wrong --status', ['explain', '2006', `--status=${hostile}`]],
  ])('writes no control character for %s, and shows each as an escape', (_name, args) => {
    const result = run(args);
    expect(result.stdout + result.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout + result.stderr).toContain('\\x1B');
  });

  it('cuts a long argument it echoes', () => {
    const result = run(['explain', 'x'.repeat(120_000)]);
    expect(result.status).toBe(1);
    expect(result.stderr.length).toBeLessThan(500);
  });
});

describe('pc-errors: colour', () => {
  it('writes plain text when the output is not a terminal', () => {
    expect(run(['explain', '800089', '--status', '400']).stdout).not.toMatch(ANSI);
  });

  it('colours when asked with FORCE_COLOR, and never when NO_COLOR is set', () => {
    expect(run(['explain', '800089', '--status', '400'], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(run(['explain', '800089', '--status', '400'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });

  it('keeps --json free of colour', () => {
    expect(run(['explain', '2006', '--json'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });
});

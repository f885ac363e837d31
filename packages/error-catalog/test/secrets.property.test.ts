// A property: a secret planted in any field of a response, in any encoding, at any position, never
// reaches the support ticket.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticsText, parseErrorResponse, redactSecrets } from '../src';

// Every planted secret holds this, so one search finds any of them in the output.
const MARK = 'SECRETxq';
const secretValue = fc.stringMatching(/^[A-Za-z0-9]{4,24}$/).map((tail) => `${MARK}${tail}`);
const b64 = (text: string) => btoa(text).replace(/=+$/, '');

/** A secret in one of its shapes: [text that holds it]. */
const secrets: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'access_token',
        'refresh_token',
        'client_secret',
        'password',
        'Password',
        'pwd',
        'PASSWD',
        'api_key',
        'apiKey',
        'x-api-key',
        'Ocp-Apim-Subscription-Key',
        'AccountKey',
        'sig',
        'token',
        'clientSecret',
        'accessToken',
        'refreshToken',
        'secret',
        'session',
        'auth',
        'credentials',
        'signature',
        'private_key',
        'passphrase',
        'pin',
        'settings.settings.settings.settings.settings.settings.authentication.clientSecret',
      ),
      // The value also on the next line, after a line break of any kind.
      fc.constantFrom('=', ': ', ' = ', ':', ':\n  ', ':\r\n', '=\n'),
      secretValue,
    )
    .map(([name, separator, value]) => `${name}${separator}${value}`),
  fc
    .tuple(fc.constantFrom('password', 'clientSecret', 'refresh_token', 'apiKey', 'token'), secretValue)
    .map(([name, value]) => JSON.stringify({ [name]: value })),
  fc
    .tuple(
      fc.constantFrom('Authorization: Bearer ', 'Bearer ', 'Cookie: a=1; session=', 'Set-Cookie: id='),
      secretValue,
    )
    .map(([prefix, value]) => `${prefix}${value}`),
  secretValue.map((value) => `Basic ${b64(`user:${value}`)}`),
  fc.tuple(secretValue, fc.constantFrom('', '\n', ' ', '\r\n  '), fc.nat({ max: 30 })).map(([value, gap, cut]) => {
    const jwt = `${b64('{"alg":"HS256"}')}.${b64(`{"sub":"${value}"}`)}.${value}Sig`;
    // Split where a mail client or a log wraps it: at a dot, or inside a part.
    const at = gap && cut < jwt.length ? cut + 3 : jwt.length;
    return `${jwt.slice(0, at)}${gap}${jwt.slice(at)}`;
  }),
  secretValue.map((value) => `-----BEGIN PRIVATE KEY-----\nMIIE${value}\n-----END PRIVATE KEY-----`),
  // A name/value pair, as JSON or as XML attributes, and an XML element.
  fc
    .tuple(fc.constantFrom('name', 'key', 'Key', 'field'), fc.constantFrom('client_secret', 'Password'), secretValue)
    .chain(([pairName, name, value]) =>
      fc.constantFrom(
        JSON.stringify({ [pairName]: name, value }),
        `<add ${pairName}="${name}" value="${value}"/>`,
        `<${name}>${value}</${name}>`,
      ),
    ),
  // A password a person chose: words, spaces and punctuation.
  fc
    .tuple(fc.constantFrom('password=', 'Password: ', 'pwd='), fc.constantFrom(' ', ', ', '(', ';', '<'), secretValue)
    .map(([name, gap, value]) => `${name}correct${gap}horse${gap}${value}`),
);

/** How the text that holds the secret is written. */
const encodings: fc.Arbitrary<(text: string) => string> = fc.constantFrom(
  (text: string) => text,
  (text: string) => encodeURIComponent(text),
  (text: string) => JSON.stringify(text).slice(1, -1),
  (text: string) => JSON.stringify(JSON.stringify(text)).slice(1, -1),
  (text: string) => encodeURIComponent(encodeURIComponent(encodeURIComponent(text))),
  (text: string) => encodeURIComponent(JSON.stringify(text).slice(1, -1)),
  (text: string) => text.replace(/[&"<>=]/g, (c) => `&#${c.charCodeAt(0)};`),
  (text: string) => text.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
);
const surroundings = fc.tuple(
  fc.constantFrom('', 'Request failed: ', '(', '"', 'see ', 'x=1&', '\n'),
  fc.constantFrom('', '.', ' and more text', ')', '&x=1', '\nnext line', '"'),
);

/** Where in the response the secret is planted. */
type Field = 'description' | 'data string' | 'data member' | 'nested data' | 'message';
const fields = fc.constantFrom<Field>('description', 'data string', 'data member', 'nested data', 'message');

function responseWith(field: Field, text: string) {
  const base = { code: '3000', description: 'The request failed.', source: 'PartnerFD' };
  switch (field) {
    case 'description':
      return { ...base, description: text };
    case 'data string':
      return { ...base, data: ['first', text] };
    case 'data member':
      return { ...base, data: [{ detail: text }] };
    case 'nested data':
      return { ...base, data: [{ request: { headers: [text] } }] };
    case 'message':
      return { code: '3000', message: text, source: 'PartnerFD' };
  }
}

describe('no planted secret reaches a ticket', () => {
  it('whatever the field, the encoding and the position', () => {
    fc.assert(
      fc.property(secrets, encodings, surroundings, fields, (secret, encode, [before, after], field) => {
        const text = `${before}${encode(secret)}${after}`;
        expect(redactSecrets(text)).not.toContain(MARK);
        for (const body of [responseWith(field, text), JSON.stringify(responseWith(field, text))]) {
          expect(diagnosticsText(parseErrorResponse({ status: 400, body }))).not.toContain(MARK);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('masking twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), secrets, (noise, secret) => {
        const once = redactSecrets(`${noise} ${secret} ${noise}`);
        expect(redactSecrets(once)).toBe(once);
      }),
      { numRuns: 1_000 },
    );
  });
});

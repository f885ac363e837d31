// Every secret form tried against the ticket: each must be masked by redactSecrets, and must not reach
// diagnosticsText whether it arrives in the description, as a string inside data, or URL-encoded.
import { describe, expect, it } from 'vitest';
import { diagnosticsText, isSecretName, parseErrorResponse, redactSecrets } from '../src';

const S = 'Zq8xV2mK5pL0';
const JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${S}sigPart`;
const [HEADER, PAYLOAD] = JWT.split('.') as [string, string];

/** [form, text holding the secret, what of it must not survive] */
const FORMS: [string, string, string][] = [
  ['query access_token', `GET /v1/customers?access_token=${S}&x=1`, S],
  ['query refresh_token', `refresh_token=${S}`, S],
  ['query id_token', `#id_token=${S}&state=1`, S],
  ['form client_secret', `grant_type=client_credentials&client_secret=${S}`, S],
  ['password=', `password=${S}`, S],
  ['Password = (spaced)', `Password = ${S}`, S],
  ['pwd=', `pwd=${S}`, S],
  ['passwd:', `passwd: ${S}`, S],
  ['api_key=', `api_key=${S}`, S],
  ['apikey=', `apikey=${S}`, S],
  ['x-api-key header', `x-api-key: ${S}`, S],
  ['Ocp-Apim-Subscription-Key header', `Ocp-Apim-Subscription-Key: ${S}`, S],
  ['subscription-key=', `subscription-key=${S}`, S],
  ['connection string AccountKey', `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${S}==;`, S],
  ['SharedAccessKey=', `Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=${S}`, S],
  ['SAS sig=', `https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${S}%2B&se=2026`, S],
  ['SharedAccessSignature', `SharedAccessSignature sr=x&sig=${S}&se=1`, S],
  ['OAuth code=', `/callback?code=${S}&state=s`, S],
  ['token=', `token=${S}`, S],
  ['secret:', `secret: ${S}`, S],
  ['session=', `session=${S}`, S],
  ['sessionId=', `sessionId=${S}`, S],
  ['auth=', `auth=${S}`, S],
  ['credentials:', `credentials: ${S}`, S],
  ['signature=', `signature=${S}`, S],
  ['private_key=', `private_key=${S}`, S],
  ['client_assertion=', `client_assertion=${S}`, S],
  ['CLIENT_SECRET= (upper case)', `CLIENT_SECRET=${S}`, S],
  ['client-secret: (kebab case)', `client-secret: ${S}`, S],
  ['ClientSecret = "…" (Pascal case)', `ClientSecret = "${S}"`, S],
  ['JSON accessToken', `{"accessToken":"${S}"}`, S],
  ['JSON clientSecret', `{"clientSecret":"${S}"}`, S],
  ['JSON refreshToken', `{"refreshToken":"${S}"}`, S],
  ['JSON token', `{"token":"${S}"}`, S],
  ['JSON secret', `{"secret":"${S}"}`, S],
  ['JSON pwd', `{"pwd":"${S}"}`, S],
  ['JSON X-Api-Key', `{"X-Api-Key":"${S}"}`, S],
  ['JSON number value', `{"pin_password":918273645}`, '918273645'],
  ['JSON array value', `{"password":["${S}"]}`, S],
  ['JSON object value', `{"credentials":{"user":"u","pass":"${S}"}}`, S],
  ['JSON spaced', `{ "client_secret" : "${S}" }`, S],
  ['single-quoted member', `{'password': '${S}'}`, S],
  ['JSON inside a JSON string', JSON.stringify(JSON.stringify({ client_secret: S })), S],
  ['JSON escaped twice', JSON.stringify(JSON.stringify(JSON.stringify({ password: S }))), S],
  ['JSON unicode-escaped quotes', `\\u0022password\\u0022:\\u0022${S}\\u0022`, S],
  ['Authorization: Bearer', `Authorization: Bearer ${S}`, S],
  ['Authorization: Basic', `Authorization: Basic dXNlcjpaYThwUXI=`, 'dXNlcjpaYThwUXI'],
  ['Cookie header', `Cookie: theme=dark; session=${S}`, S],
  ['Set-Cookie header', `Set-Cookie: id=${S}; Secure; HttpOnly`, S],
  ['Proxy-Authorization header', `Proxy-Authorization: Digest username="u", response="${S}"`, S],
  ['Bearer in prose', `the call sent Bearer ${S} and failed`, S],
  ['Basic in prose', `sent Basic dXNlcjpaYThwUXI= instead`, 'dXNlcjpaYThwUXI'],
  ['Bearer joined by +', `Authorization=Bearer+${S}`, S],
  ['a JWT alone', `token ${JWT} expired`, 'sigPart'],
  ['a JWT split across lines at its dots', `${HEADER}.\n${PAYLOAD}.\n${S}sigPart`, 'sigPart'],
  ['a JWT split inside a part', `${HEADER.slice(0, 12)}\n${HEADER.slice(12)}.${PAYLOAD}.${S}sigPart`, 'sigPart'],
  ['a JWT split by spaces', `${HEADER} . ${PAYLOAD} . ${S}sigPart`, 'sigPart'],
  ['a JWT in a URL fragment', `https://portal/#access_token=${JWT}&token_type=Bearer`, 'sigPart'],
  ['a JWT after another parameter', `state=${JWT}`, 'sigPart'],
  ['URL-encoded access_token', `access_token%3D${S}%26x%3D1`, S],
  ['URL-encoded Bearer', `Bearer%20${S}`, S],
  ['URL-encoded Authorization header', `Authorization%3A%20Bearer%20${S}`, S],
  ['URL-encoded JSON member', `%22password%22%3A%22${S}%22`, S],
  ['URL-encoded twice', `access_token%253D${S}`, S],
  ['URL-encoded JWT', encodeURIComponent(`jwt=${JWT}`), 'sigPart'],
  ['PEM private key', `-----BEGIN PRIVATE KEY-----\nMIIE${S}\n-----END PRIVATE KEY-----`, S],
  ['PEM without its END line', `key: -----BEGIN RSA PRIVATE KEY-----\nMIIE${S}`, S],
  ['PEM glued to a word', `x-----BEGIN PRIVATE KEY----- MIIE${S} -----END PRIVATE KEY-----`, S],
  // The value on the next line (Entra descriptions use \r\n), also after YAML's block indicator.
  ['JSON member, value on the next line', `"client_secret":\n  "${S}"`, S],
  ['refresh_token:, value after CRLF', `refresh_token:\r\n${S}`, S],
  ['YAML block value', `client_secret: |\n  ${S}`, S],
  ['sig=, value on the next line', `sig=\n${S}`, S],
  // Name/value pairs: HAR header lists, ARM app settings, validation errors, XML configuration.
  ['pair { name, value }', `{"name":"client_secret","value":"${S}"}`, S],
  ['pair { key, value }', `{"key":"ClientSecret","value":"${S}"}`, S],
  ['pair { field, value }', `[{ "field": "Password", "value": "${S}" }]`, S],
  ['pair as XML attributes', `<add key="ClientSecret" value="${S}"/>`, S],
  ['pair as XML elements', `<setting name="Password"><value>${S}</value></setting>`, S],
  ['XML element', `<ClientSecret>${S}</ClientSecret>`, S],
  ['XML element with a namespace', `<wsse:Password>${S}</wsse:Password>`, S],
  // A password a person chose: spaces and punctuation, to the end of its field.
  ['password with spaces', `password=correct horse ${S}`, S],
  ['password with a comma', `password=Pa55,${S}`, S],
  ['password with parentheses', `password=Pa55(${S})`, S],
  ['password with semicolons', `Password=Pa55;${S};`, S],
  ['password with "<"', `password=ab<${S}`, S],
  // Escapes of every kind, also produced by decoding.
  ['URL-encoded three times', `client_secret%25253D${S}`, S],
  ['URL-encoded JSON-escaped', encodeURIComponent(`{\\"client_secret\\":\\"${S}\\"}`), S],
  ['HTML numeric reference', `client_secret&#61;${S}`, S],
  ['HTML named references', `{&quot;client_secret&quot;:&quot;${S}&quot;}`, S],
  ['HTML-escaped XML element', `&lt;Password&gt;${S}&lt;/Password&gt;`, S],
  // Names: long dotted paths, and the words people use.
  [
    'a settings path longer than 64 characters',
    `settings.settings.settings.settings.settings.settings.authentication.clientSecret=${S}`,
    S,
  ],
  ['passphrase:', `passphrase: ${S}`, S],
  ['JSON pass', `{"pass": "${S}"}`, S],
  ['JSON pin', `{"pin": "${S}"}`, S],
  ['an Entra refresh token on its own', `revoked: 0.AXoAz7_${S}${'x'.repeat(80)} for this user`, S],
];

describe('secret forms', () => {
  it(`tries ${FORMS.length} forms`, () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FORMS)('masks %s', (_form, text, secret) => {
    const masked = redactSecrets(text);
    expect(masked).not.toContain(secret);
    expect(masked).toContain('[redacted]');
    expect(redactSecrets(masked)).toBe(masked);
  });

  it.each(FORMS)('keeps %s out of a ticket, in the description and in data', (_form, text, secret) => {
    const error = parseErrorResponse({
      status: 400,
      body: { code: '3000', description: `Request failed: ${text}`, source: 'PartnerFD', data: [text, { note: text }] },
    });
    expect(diagnosticsText(error)).not.toContain(secret);
  });
});

describe('secret names in data', () => {
  it.each([
    ['name', { name: 'client_secret', value: S }],
    ['Key', { Key: 'ClientSecret', Value: S }],
    ['field', { field: 'Password', value: S, type: 'string' }],
    ['header', { header: 'Authorization', values: [S] }],
  ])('masks the value of a pair named by %s, and keeps its name', (_name, pair) => {
    const error = parseErrorResponse({ status: 400, body: { code: '1', description: 'd', data: [pair] } });
    const text = diagnosticsText(error);
    expect(text).not.toContain(S);
    expect(text).toMatch(/Data: .*"(client_secret|ClientSecret|Password|Authorization)"/);
  });

  it.each([
    ['a string', 'S3CRET'],
    ['a number', 4242424242],
    ['a boolean', true],
    ['an object', { inner: 'S3CRET' }],
    ['an array', ['S3CRET']],
  ])('masks a member whose name holds a secret, whatever its value: %s', (_type, value) => {
    const data = [{ clientSecret: value, accessToken: value, 'x-api-key': value, subscriptionId: 'sub-1' }];
    const text = diagnosticsText(parseErrorResponse({ status: 400, body: { code: '1', description: 'd', data } }));
    expect(text).not.toContain('S3CRET');
    expect(text).not.toContain('4242424242');
    expect(text).toContain('"subscriptionId":"sub-1"');
  });

  it.each([
    ['password', true],
    ['clientSecret', true],
    ['x-api-key', true],
    ['Ocp-Apim-Subscription-Key', true],
    ['AccountKey', true],
    ['primaryKey', true],
    ['sig', true],
    ['SESSION_ID', true],
    ['passphrase', true],
    ['pass', true],
    ['userPin', true],
    ['PIN', true],
    ['settings.settings.settings.settings.settings.settings.authentication.clientSecret', true],
    ['passed', false],
    ['mapping', false],
    ['spin', false],
    ['bypass', false],
    ['monkey', false],
    ['keyboard', false],
    ['subscriptionId', false],
    ['code', false],
    ['description', false],
  ])('%s holds a secret: %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
});

// Besides the cases of diagnostics.test.ts: words around a scheme name, and the IDs a ticket is for.
describe('what is not a secret stays readable', () => {
  it.each([
    ['words after Bearer that are not a credential', 'The Bearer token expired; use Basic information.'],
    ['a GUID', 'Correlation ID: 7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f'],
    ['a ticket line naming a realm', 'Auth realm: urn:cpsvc:cpid:0000-1111'],
    [
      'a lone "eyJ" in a sentence',
      'Field eyJ must be set. Use the v1.2.3 API or see aka.ms/pc for details now please.',
    ],
    ['words holding "pass" and "pin"', 'All tests passed: mapping, spin, bypass, compass and pinned items are fine.'],
    ['a pair whose name is no secret', '{"name":"displayName","value":"Contoso Ltd"}'],
  ])('%s', (_form, text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});

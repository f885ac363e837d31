/** The failure a request asks the sandbox for; `happy-path` answers as a healthy service would. */
export type ScenarioName =
  | 'happy-path'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict-in-progress'
  | 'throttled'
  | 'throttled-no-retry-after'
  | 'partial-checkout'
  | 'sign-in-expired'
  | 'gateway-html'
  | 'service-unavailable'
  | 'network-drop'
  | 'slow';

export interface Scenario {
  name: ScenarioName;
  label: string;
  description: string;
}

/** Every scenario, for a picker in a demo or a table-driven test. */
export const scenarios: readonly Scenario[] = [
  { name: 'happy-path', label: 'Happy path', description: 'Calls succeed; the real validation rules still apply.' },
  {
    name: 'validation',
    label: 'Validation error (400)',
    description: 'Writes are rejected with a documented 400 for their endpoint; reads succeed.',
  },
  { name: 'unauthorized', label: 'Unauthorized (401)', description: '401 800001 with WWW-Authenticate: OAuth realm=…' },
  { name: 'forbidden', label: 'Forbidden (403)', description: '403 900150: the role lacks the rights.' },
  { name: 'not-found', label: 'Not found (404)', description: 'The documented 404 of each resource.' },
  {
    name: 'conflict-in-progress',
    label: 'In progress (409)',
    description: 'Writes answer 409 while another request is processing; the retry succeeds.',
  },
  {
    name: 'throttled',
    label: 'Throttled (429)',
    description: '429 with Retry-After; a call after the wait succeeds.',
  },
  {
    name: 'throttled-no-retry-after',
    label: 'Throttled, wait in the text (429)',
    description: '429 without Retry-After: "Try again in N seconds." in the body only.',
  },
  {
    name: 'partial-checkout',
    label: 'Partly failed checkout (201)',
    description: "A cart's first item has no inventory; checkout orders the rest but one order group exceeds a limit.",
  },
  {
    name: 'sign-in-expired',
    label: 'Sign-in expired (token endpoint)',
    description: 'The token endpoint answers invalid_grant AADSTS700082; Partner Center calls get 401.',
  },
  { name: 'gateway-html', label: 'Gateway HTML page (502)', description: 'A gateway answers with an HTML page.' },
  { name: 'service-unavailable', label: 'Empty 503', description: '503 with Retry-After and no body.' },
  { name: 'network-drop', label: 'Network drop', description: 'The connection fails: fetch rejects.' },
  { name: 'slow', label: 'Slow answer (timeout)', description: 'The answer takes longer than a portal waits.' },
];

/** The request header that picks a scenario (or use `?scenario=NAME` on the URL). */
export const SCENARIO_HEADER = 'x-pce-scenario';

const names = new Set<string>(scenarios.map((scenario) => scenario.name));

/** The scenario a request asks for, else the sandbox's default. */
export function scenarioOf(request: Request, fallback: ScenarioName): ScenarioName {
  const asked = request.headers.get(SCENARIO_HEADER) ?? new URL(request.url).searchParams.get('scenario');
  return asked && names.has(asked) ? (asked as ScenarioName) : fallback;
}

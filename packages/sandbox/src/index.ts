export { createHandlers, PARTNER_CENTER_BASE_URL, type SandboxOptions } from './handlers';
export { createSandboxFetch } from './fetch';
export { IDENTITY_BASE_URL } from './identity';
export { errorBody } from './responses';
export { SCENARIO_HEADER, scenarios, type Scenario, type ScenarioName } from './scenarios';
export type {
  BillingCycle,
  Cart,
  CartCheckoutResult,
  CartError,
  CartLineItem,
  Collection,
  Customer,
  Migration,
  Order,
  OrderError,
  OrderLineItem,
  Subscription,
  TermDuration,
  Transfer,
} from './types';

export { createHandlers, PARTNER_CENTER_BASE_URL, type SandboxOptions } from './handlers';
export { createSandboxFetch } from './fetch';
export { errorBody } from './responses';
export { SCENARIO_HEADER, scenarios, type Scenario, type ScenarioName } from './scenarios';
export type {
  BillingCycle,
  Cart,
  CartLineItem,
  Collection,
  Customer,
  Migration,
  Order,
  OrderLineItem,
  Subscription,
  TermDuration,
  Transfer,
} from './types';

export { createHandlers, PARTNER_CENTER_BASE_URL, type SandboxOptions } from './handlers';
export { errorBody } from './responses';
export { SCENARIO_HEADER, scenarios, type Scenario, type ScenarioName } from './scenarios';
export type { Cart, CartLineItem, Collection, Customer, Migration, Order, Subscription, Transfer } from './types';

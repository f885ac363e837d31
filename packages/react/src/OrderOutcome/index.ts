export { OrderOutcome, type OrderItem, type OrderOutcomeProps } from './OrderOutcome';

export { ErrorTable, type ErrorTableProps } from './ErrorTable';

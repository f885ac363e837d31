export { ErrorCatalogTable, type ErrorCatalogTableProps } from './ErrorCatalogTable';

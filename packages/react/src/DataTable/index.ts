export { DataTable, type DataTableProps, type DataTableStateProps } from './DataTable';
export type { Facet } from './DataTableToolbar';
export { columnHelper, compareCodes, features, isOneOf, sortCodes, type Features } from './features';
export { EXPAND_WIDTH, ExpandButton } from './ExpandButton';

export { DataTable, type DataTableProps, type DataTableStateProps } from './DataTable';
export type { Facet } from './DataTableToolbar';
export { columnHelper, compareCodes, features, isOneOf, type Features } from './features';
export { expandWidth, ExpandButton, fitWidth } from './ExpandButton';

// MUI X DataGrid (MIT) as its documentation sets it up: its own quick filter in the toolbar, rows keyed by
// request ID, newest first. The MIT grid pages, at most 100 rows a page.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { DataGrid, QuickFilter, QuickFilterControl, Toolbar, type GridColDef } from '@mui/x-data-grid';

const columns: GridColDef<PartnerCenterError>[] = [
  { field: 'receivedAt', headerName: 'Time', width: 200 },
  { field: 'httpStatus', headerName: 'Status', width: 100 },
  { field: 'code', headerName: 'Code', width: 110 },
  { field: 'title', headerName: 'Title', flex: 1 },
  { field: 'category', headerName: 'Category', width: 130 },
  { field: 'source', headerName: 'Source', width: 120 },
  { field: 'correlationId', headerName: 'Correlation ID', width: 220 },
];

/** The data grid's own quick filter (debounced as it comes), open from the start so that the page can type into it. */
const SearchToolbar = () => (
  <Toolbar>
    <QuickFilter defaultExpanded>
      <QuickFilterControl aria-label="Search" />
    </QuickFilter>
  </Toolbar>
);

export function MuiTable({ errors }: { errors: PartnerCenterError[] }) {
  return (
    <div style={{ height: 480 }}>
      <DataGrid
        rows={errors}
        columns={columns}
        getRowId={(error) => error.requestId ?? ''}
        initialState={{
          sorting: { sortModel: [{ field: 'receivedAt', sort: 'desc' }] },
          pagination: { paginationModel: { pageSize: 100 } },
        }}
        pageSizeOptions={[100]}
        showToolbar
        slots={{ toolbar: SearchToolbar }}
      />
    </div>
  );
}

// AG Grid Community as its documentation sets it up: modules registered once, the default theme, a quick filter
// box the page owns (AG Grid has none of its own), rows keyed by request ID, newest first.
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import { AllCommunityModule, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useState } from 'react';

ModuleRegistry.registerModules([AllCommunityModule]);

const columns: ColDef<PartnerCenterError>[] = [
  { colId: 'time', field: 'receivedAt', headerName: 'Time', sort: 'desc' },
  { colId: 'status', field: 'httpStatus', headerName: 'Status', width: 100 },
  { colId: 'code', field: 'code', headerName: 'Code', width: 110 },
  { colId: 'title', field: 'title', headerName: 'Title', flex: 1 },
  { colId: 'category', field: 'category', headerName: 'Category', width: 130 },
  { colId: 'source', field: 'source', headerName: 'Source', width: 120 },
  { colId: 'correlationId', field: 'correlationId', headerName: 'Correlation ID', width: 220 },
];

export function AgGridTable({ errors }: { errors: PartnerCenterError[] }) {
  const [quickFilter, setQuickFilter] = useState('');
  return (
    <div>
      <input
        type="search"
        aria-label="Search"
        value={quickFilter}
        onChange={(event) => setQuickFilter(event.target.value)}
      />
      <div style={{ height: 480 }}>
        <AgGridReact<PartnerCenterError>
          rowData={errors}
          columnDefs={columns}
          getRowId={(params) => params.data.requestId ?? ''}
          quickFilterText={quickFilter}
          // Off, so that a sort is timed to its new order, not to the end of an animation.
          animateRows={false}
        />
      </div>
    </div>
  );
}

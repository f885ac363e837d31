import { catalog, catalogOrigins, httpStatuses, type CatalogEntry, type CatalogOrigin } from '@pc-errors/error-catalog';

/** How many entries share each value of `key`, most first. */
function countBy(key: (entry: CatalogEntry) => string) {
  const counts = new Map<string, number>();
  for (const entry of catalog) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

function Counts({ caption, rows, what }: { caption: string; rows: [string, number][]; what: string }) {
  return (
    <table className="sb-pce-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">Entries</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([value, count]) => (
          <tr key={value}>
            <th scope="row">{value}</th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All</th>
          <td>{catalog.length}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Where the entries come from: each documented page, linked, with how many entries it gives. */
function Origins() {
  const counts = countBy((entry) => entry.origin ?? 'rest-error-codes');
  return (
    <table className="sb-pce-table">
      <caption>By origin</caption>
      <thead>
        <tr>
          <th scope="col">Documented in</th>
          <th scope="col">Checked</th>
          <th scope="col">Entries</th>
        </tr>
      </thead>
      <tbody>
        {counts.map(([origin, count]) => {
          const { title, url, copied } = catalogOrigins[origin as CatalogOrigin];
          return (
            <tr key={origin}>
              <th scope="row">
                <a href={url}>{title}</a>
              </th>
              <td>{copied}</td>
              <td>{count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The catalog counted from the data itself: by origin, by HTTP status and by category. */
export function CatalogCounts() {
  return (
    <div className="sb-pce-counts">
      <Origins />
      <Counts
        caption="By HTTP status"
        what="Status"
        rows={countBy((entry) => `${entry.httpStatus} ${entry.httpStatusName}`)}
      />
      <Counts caption="By category" what="Category" rows={countBy((entry) => entry.category)} />
      <p>{httpStatuses.length} HTTP statuses have a fallback explanation for codes the catalog does not know.</p>
    </div>
  );
}

import { Text } from '@fluentui/react-components';
import { ErrorTable } from '@pc-errors/react';
import { useSettings } from '../api/settings';
import { replaceParams, type Route } from '../router';

const rowId = (error: { requestId?: string; receivedAt: string }, index: number) =>
  `${error.requestId ?? index}@${error.receivedAt}`;

export function ErrorLogPage({ route }: { route: Route }) {
  const { errors } = useSettings();
  // The search lives in the URL, so a filtered log can be bookmarked or shared with support.
  const search = route.params.get('q') ?? '';
  return (
    <>
      <Text as="p">Expand a row for its fix; the search is kept in the address, to share with support.</Text>
      <ErrorTable
        errors={errors}
        getRowId={rowId}
        defaultGlobalFilter={search}
        onGlobalFilterChange={(value) => replaceParams('errors', { q: value })}
        defaultSorting={[{ id: 'time', desc: true }]}
        height={520}
        headingLevel={2}
      />
    </>
  );
}

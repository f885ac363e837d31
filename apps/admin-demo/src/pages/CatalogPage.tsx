import { Text } from '@fluentui/react-components';
import { catalog, httpStatuses } from '@pc-errors/error-catalog';
import { ErrorCatalogTable } from '@pc-errors/react';
import { replaceParams, type Route } from '../router';

export function CatalogPage({ route }: { route: Route }) {
  return (
    <>
      <Text as="p">
        All {catalog.length} documented Partner Center errors, one per code and HTTP status, with a fix for each;{' '}
        {httpStatuses.length} HTTP statuses have a fallback fix for codes the page does not list.
      </Text>
      <ErrorCatalogTable
        defaultGlobalFilter={route.params.get('q') ?? ''}
        onGlobalFilterChange={(value) => replaceParams('catalog', { q: value })}
        height={560}
        headingLevel={2}
      />
    </>
  );
}

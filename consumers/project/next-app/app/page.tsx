import { ErrorsPage } from '../../portal/ErrorsPage';
import { readFailures } from '../../portal/responses';

// Read on every request, as a portal reads its failed calls: the page is rendered on the server, then hydrated.
export const dynamic = 'force-dynamic';

export default async function Page() {
  return <ErrorsPage errors={await readFailures()} />;
}

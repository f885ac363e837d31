import '@pc-errors/tokens/tokens.css';
import '@pc-errors/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorsPage } from '../portal/ErrorsPage';
import { readFailures } from '../portal/responses';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ErrorsPage errors={await readFailures()} />
  </StrictMode>,
);

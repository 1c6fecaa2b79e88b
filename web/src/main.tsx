import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles.css';
import { ApiClient } from './api/client';
import { createApi } from './api/endpoints';
import { App } from './App';
import { ApiContext } from './session/context';
import { SessionProvider } from './session/SessionProvider';

// One client per page load: it holds the CSRF token of the current session.
const client = new ApiClient('/api/v1');
const api = createApi(client);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={{ api, client }}>
      <BrowserRouter>
        <SessionProvider api={api} client={client}>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </ApiContext.Provider>
  </StrictMode>,
);

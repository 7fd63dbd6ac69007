import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startLanguage } from './i18n'
import './styles.css'
import { App } from './App'
import { AuthProvider } from './auth'
import { preloadEntryPage } from './router/entryPage'

preloadEntryPage(window.location.pathname)

// Someone who chose English before gets it from the first page; if its texts cannot be fetched, Swedish.
void startLanguage()
  .catch(() => undefined)
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <AuthProvider>
          <App />
        </AuthProvider>
      </StrictMode>,
    ),
  )

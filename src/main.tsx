import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { applyTheme, loadMessages, loadPreferences } from './app/preferences'
import { preloadFirstScreen } from './app/preload'
import { createQueryClient } from './queries/client'
import './index.css'

const preferences = loadPreferences()
applyTheme(preferences.theme)
document.documentElement.lang = preferences.uiLang
const queryClient = createQueryClient()
preloadFirstScreen(window.location.pathname, queryClient)

void loadMessages(preferences.uiLang).then((messages) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App preferences={preferences} messages={messages} queryClient={queryClient} />
    </StrictMode>,
  ),
)

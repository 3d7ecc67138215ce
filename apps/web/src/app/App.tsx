import type { Locale } from '@mao/domain';
import { useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../auth';
import { I18nProvider } from '../i18n';
import { routes } from './routes';

/** Language and session live above the router, so every page (and the error page) can use them. */
export function AppProviders({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  return (
    <I18nProvider initialLocale={initialLocale}>
      <AuthProvider>{children}</AuthProvider>
    </I18nProvider>
  );
}

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}

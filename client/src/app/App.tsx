import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { client } from '../apollo/app-client.js';
import { SessionProvider } from '../features/auth/session.js';
import { LocaleProvider } from '../i18n/i18n.js';
import { features } from './features.js';
import { Layout } from './Layout.js';
import { NotFound } from './NotFound.js';

export function buildRoutes(): RouteObject[] {
  return [
    ...features.flatMap((f) => f.bareRoutes ?? []),
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/plans" replace /> },
        ...features.flatMap((f) => f.routes ?? []),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

// Made when the app loads, so the loaders of the first page (the board's query) start before React
// renders.
const router = createBrowserRouter(buildRoutes());

export function App() {
  return (
    <ApolloProvider client={client}>
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </ApolloProvider>
  );
}

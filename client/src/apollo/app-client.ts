// The app's one Apollo Client, created when the app loads, and a preloader for route loaders: a
// page's main query can start as soon as the router matches its URL, before React renders anything.
import { createQueryPreloader } from '@apollo/client/react';
import { createApolloClient } from './client.js';

export const client = createApolloClient();
export const preloadQuery = createQueryPreloader(client);

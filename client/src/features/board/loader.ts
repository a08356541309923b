// The board's query starts in the route loader, when the router matches the URL: it no longer waits
// for the app's first render and paint, which run while the server answers (a 2,000-task plan takes
// it hundreds of milliseconds).
import type { LoaderFunctionArgs, ShouldRevalidateFunction } from 'react-router';
import { preloadQuery } from '../../apollo/app-client.js';
import { BoardDocument, OrganizationGroupsDocument } from './documents.js';

export function boardLoader({ params }: LoaderFunctionArgs) {
  return {
    // no-cache: see board-data.ts. errorPolicy 'all': the page shows a failed load itself.
    board: preloadQuery(BoardDocument, {
      variables: { id: params.planId ?? '' },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    }),
    // The groups name the cards' group chips: loaded alongside, so the first render has them rather
    // than every card rendering again when they arrive.
    groups: preloadQuery(OrganizationGroupsDocument, { errorPolicy: 'all' }),
  };
}

export type BoardLoaderData = ReturnType<typeof boardLoader>;

/** The view, the filters and the open task are search params: only another plan loads the board again. */
export const reloadForAnotherPlan: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.planId !== nextParams.planId;

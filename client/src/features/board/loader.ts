// The board's query starts in the route loader, when the router matches the URL: it no longer waits
// for the app's first render and paint, which run while the server answers (a 2,000-task plan takes
// it hundreds of milliseconds).
import type { LoaderFunctionArgs, ShouldRevalidateFunction } from 'react-router';
import { preloadQuery } from '../../apollo/app-client.js';
import { BoardDocument } from './documents.js';

export function boardLoader({ params }: LoaderFunctionArgs) {
  // no-cache: see board-data.ts. errorPolicy 'all': the page shows a failed load itself.
  return preloadQuery(BoardDocument, {
    variables: { id: params.planId ?? '' },
    fetchPolicy: 'no-cache',
    errorPolicy: 'all',
  });
}

export type BoardQueryRef = ReturnType<typeof boardLoader>;

/** The view, the filters and the open task are search params: only another plan loads the board again. */
export const reloadForAnotherPlan: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.planId !== nextParams.planId;

import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/api-error";

/** What a query or mutation may tell the cache about itself. */
interface WardMeta extends Record<string, unknown> {
  /** The caller shows a 401 itself (a wrong password or code in a form), so it must not redirect to /sign-in. */
  handlesUnauthorized?: boolean;
}

declare module "@tanstack/react-query" {
  interface Register {
    queryMeta: WardMeta;
    mutationMeta: WardMeta;
  }
}

/** A 4xx answer will not change by asking again; network and server failures may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** Failures that mean "not this person, not now" rather than "this record": signed out, or MFA set-up due. */
export type AccessErrorHandler = (error: ApiError, queryClient: QueryClient) => void;

interface QueryClientOptions {
  /** Called for every 401 and MFA_REQUIRED from any query or mutation; the app redirects from here. */
  onAccessError?: AccessErrorHandler;
  /** Tests turn retries off so a failure shows at once, not after back-off. */
  retry?: boolean;
}

export function createQueryClient({ onAccessError, retry = true }: QueryClientOptions = {}): QueryClient {
  const report = (error: unknown, meta: WardMeta | undefined) => {
    if (!(error instanceof ApiError) || !onAccessError) return;
    if (error.status === 401 && !meta?.handlesUnauthorized) onAccessError(error, queryClient);
    else if (error.code === "MFA_REQUIRED") onAccessError(error, queryClient);
  };
  // One place for every call: a page need not know that any request can find the session gone.
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => report(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => report(error, mutation.meta),
    }),
    defaultOptions: {
      queries: { retry: retry ? shouldRetry : false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

import type { DataRouter } from "react-router";
import { meKeys } from "../api/me";
import type { AccessErrorHandler } from "./query-client";

/** Pages anyone may open; a 401 there is part of the page's own flow, not a reason to leave. */
const publicPrefixes = ["/sign-in", "/invitations/"];

/** `/sign-in` with a way back to where the reader was. */
export function signInPath(location: { pathname: string; search: string }): string {
  const here = `${location.pathname}${location.search}`;
  return here === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`;
}

/**
 * The app's answer to access failures from any request: a 401 means the session ended, so sign in again and
 * come back; MFA_REQUIRED means the organization now requires two-factor set-up, which lives on the security
 * page. `me` is refetched so the page knows set-up is due.
 */
export function redirectOnAccessError(router: DataRouter): AccessErrorHandler {
  return (error, queryClient) => {
    const { location } = router.state;
    if (publicPrefixes.some((prefix) => location.pathname.startsWith(prefix))) return;
    if (error.status === 401) {
      void router.navigate(signInPath(location), { replace: true });
    } else if (error.code === "MFA_REQUIRED") {
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
      if (location.pathname !== "/account/security")
        void router.navigate("/account/security", { replace: true });
    }
  };
}

/**
 * Where `next` may send the reader after signing in: a path on this site only. Anything else (another host,
 * `//evil.example`, `javascript:`) falls back to the portfolio, so a crafted sign-in link cannot bounce people
 * elsewhere.
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in")) return "/";
  return next;
}

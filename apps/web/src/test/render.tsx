import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { redirectOnAccessError } from "../app/access-redirect";
import { Providers } from "../app/providers";
import { createQueryClient } from "../app/query-client";
import { routes } from "../app/routes";

/** Renders the whole app at `path`, as a reader arriving at that address would see it. */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // The same access-error redirects as the real app, so a 401 in a test leads where it would in a browser.
  const queryClient = createQueryClient({ onAccessError: redirectOnAccessError(router), retry: false });
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}

/** Renders one component with the providers it needs and a router around it, for links. */
export function renderWithProviders(ui: ReactNode) {
  const router = createMemoryRouter([{ path: "*", element: ui }]);
  return render(
    <Providers queryClient={createQueryClient({ retry: false })}>
      <RouterProvider router={router} />
    </Providers>,
  );
}

import type { Permission } from "@ward/contracts";
import type { ComponentType, ReactNode } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../components/not-allowed";
import { RequireMember } from "./require-member";

/**
 * Drawn while a page's code loads: usually a blink, so nothing that would flash. React Router wants an element
 * here (null counts as none, and it warns).
 */
const loadingPage = <div aria-busy="true" />;

/** What a lazy page adds to its route; fits index and path routes alike. */
interface LazyPage {
  hydrateFallbackElement: ReactNode;
  lazy: () => Promise<{ element: ReactNode }>;
}

/**
 * A route whose page is its own chunk, fetched on first visit, so the sign-in page does not carry the charts of
 * the vendor page nor the portfolio the QR code of two-factor set-up. A page only some roles may open shows
 * "Not allowed" to the others reaching it by address. While the chunk loads, only the layout around it is
 * drawn.
 */
function page(load: () => Promise<ComponentType>, permission?: Permission): LazyPage {
  return {
    hydrateFallbackElement: loadingPage,
    lazy: async () => {
      const Page = await load();
      if (!permission) return { element: <Page /> };
      return {
        element: (
          <RequirePermission permission={permission}>
            <Page />
          </RequirePermission>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  {
    path: "/sign-in",
    ...page(async () => (await import("../pages/sign-in/sign-in-page")).SignInPage),
  },
  {
    path: "/invitations/:token",
    ...page(async () => (await import("../pages/invitation/invitation-page")).InvitationPage),
  },
  {
    path: "/",
    // The frame (navigation, user menu) is a chunk too: people signing in do not need it yet.
    hydrateFallbackElement: loadingPage,
    lazy: async () => {
      const { AppLayout } = await import("./app-layout");
      return {
        element: (
          <RequireMember>
            <AppLayout />
          </RequireMember>
        ),
      };
    },
    children: [
      {
        index: true,
        ...page(async () => (await import("../pages/portfolio/portfolio-page")).PortfolioPage),
      },
      {
        path: "vendors/new",
        ...page(
          async () => (await import("../pages/vendor-form/new-vendor-page")).NewVendorPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id",
        ...page(async () => (await import("../pages/vendor/vendor-page")).VendorPage),
      },
      {
        path: "vendors/:id/edit",
        ...page(
          async () => (await import("../pages/vendor-form/edit-vendor-page")).EditVendorPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/incidents/new",
        ...page(
          async () => (await import("../pages/incident-form/new-incident-page")).NewIncidentPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/data-holdings/new",
        ...page(
          async () => (await import("../pages/data-holding-form/new-data-holding-page")).NewDataHoldingPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/products/new",
        ...page(
          async () => (await import("../pages/product-form/new-product-page")).NewProductPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/products/:recordId/edit",
        ...page(
          async () => (await import("../pages/product-form/edit-product-page")).EditProductPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/data-holdings/:recordId/edit",
        ...page(
          async () => (await import("../pages/data-holding-form/edit-data-holding-page")).EditDataHoldingPage,
          "vendor:write",
        ),
      },
      {
        path: "vendors/:id/incidents/:recordId/edit",
        ...page(
          async () => (await import("../pages/incident-form/edit-incident-page")).EditIncidentPage,
          "vendor:write",
        ),
      },
      {
        path: "audit",
        ...page(async () => (await import("../pages/audit/audit-page")).AuditPage, "audit:read"),
      },
      {
        path: "members",
        ...page(async () => (await import("../pages/members/members-page")).MembersPage, "member:manage"),
      },
      {
        path: "api-keys",
        ...page(async () => (await import("../pages/api-keys/api-keys-page")).ApiKeysPage, "api_key:manage"),
      },
      {
        path: "outbox",
        ...page(async () => (await import("../pages/outbox/outbox-page")).OutboxPage, "member:manage"),
      },
      {
        path: "jobs",
        ...page(async () => (await import("../pages/jobs/jobs-page")).JobsPage, "settings:manage"),
      },
      {
        path: "settings",
        ...page(
          async () => (await import("../pages/settings/settings-page")).SettingsPage,
          "settings:manage",
        ),
      },
      {
        path: "account/security",
        ...page(async () => (await import("../pages/account/security-page")).SecurityPage),
      },
      {
        path: "account/sessions",
        ...page(async () => (await import("../pages/account/sessions-page")).SessionsPage),
      },
      {
        path: "*",
        ...page(async () => (await import("../pages/not-found-page")).NotFoundPage),
      },
    ],
  },
];

import type { Permission } from "@ward/contracts";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../components/not-allowed";
import { SecurityPage } from "../pages/account/security-page";
import { SessionsPage } from "../pages/account/sessions-page";
import { ApiKeysPage } from "../pages/api-keys/api-keys-page";
import { AuditPage } from "../pages/audit/audit-page";
import { NewDataHoldingPage } from "../pages/data-holding-form/new-data-holding-page";
import { NewIncidentPage } from "../pages/incident-form/new-incident-page";
import { InvitationPage } from "../pages/invitation/invitation-page";
import { MembersPage } from "../pages/members/members-page";
import { NotFoundPage } from "../pages/not-found-page";
import { OutboxPage } from "../pages/outbox/outbox-page";
import { PortfolioPage } from "../pages/portfolio/portfolio-page";
import { SettingsPage } from "../pages/settings/settings-page";
import { SignInPage } from "../pages/sign-in/sign-in-page";
import { VendorPage } from "../pages/vendor/vendor-page";
import { EditVendorPage } from "../pages/vendor-form/edit-vendor-page";
import { NewVendorPage } from "../pages/vendor-form/new-vendor-page";
import { AppLayout } from "./app-layout";
import { RequireMember } from "./require-member";

/** A page only some roles may open; others reaching it by address see "Not allowed". */
const only = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/invitations/:token", element: <InvitationPage /> },
  {
    path: "/",
    element: (
      <RequireMember>
        <AppLayout />
      </RequireMember>
    ),
    children: [
      { index: true, element: <PortfolioPage /> },
      { path: "vendors/new", element: only("vendor:write", <NewVendorPage />) },
      { path: "vendors/:id", element: <VendorPage /> },
      { path: "vendors/:id/edit", element: only("vendor:write", <EditVendorPage />) },
      { path: "vendors/:id/incidents/new", element: only("vendor:write", <NewIncidentPage />) },
      { path: "vendors/:id/data-holdings/new", element: only("vendor:write", <NewDataHoldingPage />) },
      { path: "audit", element: only("audit:read", <AuditPage />) },
      { path: "members", element: only("member:manage", <MembersPage />) },
      { path: "api-keys", element: only("api_key:manage", <ApiKeysPage />) },
      { path: "outbox", element: only("member:manage", <OutboxPage />) },
      {
        path: "jobs",
        // The page's code loads on first visit; nothing is drawn meanwhile but the layout around it.
        hydrateFallbackElement: null,
        lazy: async () => {
          const { JobsPage } = await import("../pages/jobs/jobs-page");
          return { element: only("settings:manage", <JobsPage />) };
        },
      },
      { path: "settings", element: only("settings:manage", <SettingsPage />) },
      { path: "account/security", element: <SecurityPage /> },
      { path: "account/sessions", element: <SessionsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

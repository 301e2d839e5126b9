import type { RouteObject } from "react-router";
import { NewDataHoldingPage } from "../pages/data-holding-form/new-data-holding-page";
import { NewIncidentPage } from "../pages/incident-form/new-incident-page";
import { NotFoundPage } from "../pages/not-found-page";
import { PortfolioPage } from "../pages/portfolio/portfolio-page";
import { VendorPage } from "../pages/vendor/vendor-page";
import { EditVendorPage } from "../pages/vendor-form/edit-vendor-page";
import { NewVendorPage } from "../pages/vendor-form/new-vendor-page";
import { AppLayout } from "./app-layout";

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <AppLayout />,
    children: [
      { index: true, element: <PortfolioPage /> },
      { path: "vendors/new", element: <NewVendorPage /> },
      { path: "vendors/:id", element: <VendorPage /> },
      { path: "vendors/:id/edit", element: <EditVendorPage /> },
      { path: "vendors/:id/incidents/new", element: <NewIncidentPage /> },
      { path: "vendors/:id/data-holdings/new", element: <NewDataHoldingPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

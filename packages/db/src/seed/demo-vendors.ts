import type { DemoVendor } from "./demo-vendor";
import { allscripts } from "./vendors/allscripts";
import { changeHealthcare } from "./vendors/change-healthcare";
import { epicSystems, meditech } from "./vendors/ehr-without-incidents";
import { greenwayHealth } from "./vendors/greenway-health";
import { medicalInformaticsEngineering } from "./vendors/medical-informatics-engineering";
import { nextgenHealthcare } from "./vendors/nextgen-healthcare";
import { oracleHealth } from "./vendors/oracle-health";
import { perryJohnson } from "./vendors/perry-johnson";
import { welltok } from "./vendors/welltok";

/**
 * The demo portfolio of Example Regional Health. Incidents, their dates, sources and consequences are public
 * facts; the hospital, its products, the data it keeps at each vendor and the evidence marked demo are made up.
 * Order is the order of insertion, so the seed incident comes first.
 */
export const DEMO_VENDORS: readonly DemoVendor[] = [
  oracleHealth,
  changeHealthcare,
  nextgenHealthcare,
  perryJohnson,
  welltok,
  medicalInformaticsEngineering,
  greenwayHealth,
  allscripts,
  epicSystems,
  meditech,
];

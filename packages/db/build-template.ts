/** The build of @ward/db: the migrated PGlite template new data folders start from (src/pglite-template.ts). */
import { writePgliteTemplate } from "./src/pglite-template";

await writePgliteTemplate();

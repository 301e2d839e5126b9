// Opens the data folder named on the command line and keeps it until killed: a second Ward process for tests.
import { createDb } from "../client";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-data-folder <folder>");
await createDb({ dataDir });
console.log("ready");
setInterval(() => {}, 60_000);

import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import lockfile from "proper-lockfile";

/**
 * How old the lock's timestamp may grow before another process may take the lock over. The holder refreshes it
 * every `UPDATE_MS`; PGlite runs on the event loop, so a long first migration on a slow machine can hold up the
 * refresh for many seconds, and a holder that misses the threshold stops (see onCompromised). The margin is
 * wide because a lock left by a killed process on this machine is taken over at once, without waiting for it.
 */
const STALE_MS = 120_000;
const UPDATE_MS = 5_000;
/**
 * A lock whose recorded holder is certainly gone is taken over once it has not been refreshed for this long: two
 * refresh periods, so a lock that a new holder has just taken (and not yet recorded itself in) is left alone.
 */
const TAKEOVER_MS = 2 * UPDATE_MS;
/** Pause between attempts when the lock changed hands while this process looked at it. */
const RETRY_MS = 500;

/** Folders this process holds, so a second open in the same process fails at once rather than waiting. */
const heldHere = new Set<string>();

/** Who holds a data folder; written beside the lock so a second process can name it. */
interface Holder {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

/** A second process tried to open a data folder another process holds. */
export class DataFolderInUseError extends Error {
  override name = "DataFolderInUseError";
  constructor(
    readonly folder: string,
    readonly holder: Holder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.command}, since ${holder.since})`
      : "another process";
    super(
      `The data folder ${folder} is in use by ${who}. Ward's embedded database belongs to one process at a ` +
        "time: stop that process first (commands such as create-admin and migrate need the server stopped), " +
        "or use DATABASE_URL for several processes on one database.",
    );
  }
}

function lockPaths(folder: string) {
  return { lock: `${folder}.lock`, holder: `${folder}.lock.json` };
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Holder;
  } catch {
    // Missing or half-written: the holder has not said who it is yet.
    return null;
  }
}

/** Milliseconds since the lock was last refreshed; 0 when it is gone (taken and released meanwhile). */
async function lastRefreshAgo(lock: string): Promise<number> {
  try {
    return Date.now() - (await stat(lock)).mtimeMs;
  } catch {
    return 0;
  }
}

/** False only when the holder is certainly gone: on this machine, not this process, and no such process. */
function mayBeAlive(holder: Holder): boolean {
  if (holder.hostname !== hostname()) return true;
  // A restarted container often gets the same process id as the one that was killed; a folder this process
  // holds itself never gets this far.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the data folder for this process until the returned release is called or the process ends.
 *
 * The lock is a directory beside the folder (`<folder>.lock`) whose timestamp the holder keeps fresh
 * (proper-lockfile); the kernel does not release it when a process is killed, so a lock left by a killed process
 * is taken over. When the recorded holder is alive this fails at once; when it is certainly gone (this machine, no
 * such process) the lock is removed and taken at once; a holder on another machine sharing the folder is waited
 * for until its lock turns stale.
 */
export async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  const paths = lockPaths(folder);
  if (heldHere.has(folder)) throw new DataFolderInUseError(folder, await readHolder(paths.holder));
  const deadline = Date.now() + 2 * STALE_MS;
  for (;;) {
    try {
      const release = await lockfile.lock(folder, {
        lockfilePath: paths.lock,
        stale: STALE_MS,
        update: UPDATE_MS,
        realpath: false,
        onCompromised: (error) => {
          // Another process may be writing the folder now; carrying on could corrupt the database.
          throw new Error(`Lost the lock on the data folder ${folder}: ${error.message}`);
        },
      });
      const holder: Holder = {
        pid: process.pid,
        hostname: hostname(),
        command: process.argv.slice(1).join(" ").slice(0, 200),
        since: new Date().toISOString(),
      };
      await writeFile(paths.holder, JSON.stringify(holder));
      heldHere.add(folder);
      return async () => {
        heldHere.delete(folder);
        // The record goes first: once the lock is released, the next holder writes its own.
        await rm(paths.holder, { force: true });
        await release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      const holder = await readHolder(paths.holder);
      if ((holder && mayBeAlive(holder)) || Date.now() > deadline)
        throw new DataFolderInUseError(folder, holder);
      if (holder && (await lastRefreshAgo(paths.lock)) > TAKEOVER_MS) {
        // The record goes with the lock, so a newcomer racing this one never reads the dead holder's record for
        // the lock this process is about to take.
        await rm(paths.holder, { force: true });
        await rm(paths.lock, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client";

const holderScript = fileURLToPath(new URL("./testing/hold-data-folder.ts", import.meta.url));
const folders: string[] = [];
const children: ChildProcess[] = [];

async function newFolder(): Promise<string> {
  const folder = await realpath(await mkdtemp(join(tmpdir(), "ward-lock-")));
  folders.push(folder);
  return folder;
}

/** Another process holding `folder`, as a second `npm start` would. */
async function holdInAnotherProcess(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", holderScript, folder], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("ready")) resolve();
    });
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
  return child;
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const folder of folders.splice(0)) {
    await rm(folder, { recursive: true, force: true });
    await rm(`${folder}.lock`, { recursive: true, force: true });
    await rm(`${folder}.lock.json`, { force: true });
  }
});

describe("the embedded database's data folder", () => {
  it("a second open fails naming the folder and its holder, and succeeds once the first is closed", async () => {
    const folder = await newFolder();
    const first = await createDb({ dataDir: folder });

    const second = createDb({ dataDir: folder });

    await expect(second).rejects.toThrow(folder);
    await expect(second).rejects.toThrow(`process ${process.pid}`);
    await first.close();
    const third = await createDb({ dataDir: folder });
    await third.close();
  }, 120_000);

  it("a process killed with SIGKILL leaves a folder the next process can open", async () => {
    const folder = await newFolder();
    const holder = await holdInAnotherProcess(folder);

    await expect(createDb({ dataDir: folder })).rejects.toThrow(`process ${holder.pid}`);
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    holder.kill("SIGKILL");
    await exited;
    const next = await createDb({ dataDir: folder });
    await next.close();
  }, 120_000);
});

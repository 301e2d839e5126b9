import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

/**
 * CPU time a process has used, in clock ticks: user plus system time of all its threads (fields 14 and 15 of
 * `/proc/<pid>/stat`). The command name (field 2) is in parentheses and may itself hold spaces and parentheses,
 * so fields are counted from the last closing parenthesis.
 */
export function cpuTicksFromStat(stat: string): number {
  const close = stat.lastIndexOf(")");
  if (close < 0) throw new Error("not a /proc/<pid>/stat line: no command name");
  // After the name: field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime)) {
    throw new Error("not a /proc/<pid>/stat line: utime and stime are not whole numbers");
  }
  return utime + stime;
}

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second (`getconf CLK_TCK`, 100 on almost every Linux). */
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    const answer = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    ticksPerSecond = Number.isInteger(answer) && answer > 0 ? answer : 100;
  }
  return ticksPerSecond;
}

/** Milliseconds of CPU the process has used so far (Linux only). */
export async function processCpuMs(pid: number): Promise<number> {
  const ticks = cpuTicksFromStat(await readFile(`/proc/${pid}/stat`, "utf8"));
  return (ticks * 1000) / clockTicksPerSecond();
}

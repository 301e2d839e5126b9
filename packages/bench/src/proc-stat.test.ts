import { describe, expect, it } from "vitest";
import { cpuTicksFromStat, processCpuMs } from "./proc-stat";

const tail = "0 -1 4194560 1234 0 0 0";

describe("CPU time from /proc/<pid>/stat", () => {
  it("adds user and system time, fields 14 and 15", () => {
    const stat = `4242 (node) S 1 4242 4242 0 -1 4194560 1234 0 0 0 731 129 0 0 20 0 11 0 9 0 0`;
    expect(cpuTicksFromStat(stat)).toBe(860);
  });

  it("counts fields after the command name even when the name holds spaces and parentheses", () => {
    const stat = `4242 (node (ward) x) S 1 4242 4242 ${tail} 50 7 0 0 20 0 11 0`;
    expect(cpuTicksFromStat(stat)).toBe(57);
  });

  it("refuses text that is not a stat line rather than reporting zero", () => {
    expect(() => cpuTicksFromStat("no parentheses here")).toThrow(/command name/);
    expect(() => cpuTicksFromStat("1 (node) S 1")).toThrow(/whole numbers/);
  });

  it("reads this very process's CPU time, which grows as it works", async () => {
    const before = await processCpuMs(process.pid);
    // Busy until Node itself has counted 50 ms of CPU, several of the kernel's 10 ms ticks.
    const started = process.cpuUsage();
    while (process.cpuUsage(started).user < 50_000) Math.sqrt(Math.random());
    expect(await processCpuMs(process.pid)).toBeGreaterThan(before);
  });
});

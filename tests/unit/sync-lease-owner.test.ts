import os from "node:os";
import { describe, expect, it } from "vitest";
import { processMark } from "@/lib/db/folder-lock";
import { instanceOwner, isDeadLocalOwner } from "@/lib/sync/lease";

describe("a lease holder of this host", () => {
  const self = instanceOwner();
  const host = os.hostname();

  it("is this process: alive, whatever another loop of it calls itself", () => {
    const mark = processMark();
    expect(isDeadLocalOwner(self, self)).toBe(false);
    expect(isDeadLocalOwner([host, mark.pid, mark.bootId ?? "-", mark.startTicks ?? "-", "other"].join(":"), self)).toBe(false);
  });

  it("is dead when it has this pid but another start (a container's pid 1 after a restart)", () => {
    const mark = processMark();
    expect(isDeadLocalOwner([host, mark.pid, mark.bootId ?? "-", "1", "old"].join(":"), self)).toBe(mark.startTicks !== null);
    // Written by an earlier version: host, pid and a random part only.
    expect(isDeadLocalOwner(`${host}:${mark.pid}:1a2b3c4d`, self)).toBe(true);
  });

  it("is dead when its pid runs no process, and unknown (not dead) on another host", () => {
    expect(isDeadLocalOwner(`${host}:2147483646:-:-:gone`, self)).toBe(true);
    expect(isDeadLocalOwner(`elsewhere.example:1:-:-:x`, self)).toBe(false);
    expect(isDeadLocalOwner("instance-a", self)).toBe(false);
  });
});

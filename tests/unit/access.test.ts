import { describe, expect, it } from "vitest";
import { checkAccess } from "@/lib/auth/access";

describe("checkAccess", () => {
  const agent = { id: "1", email: "a@x.example", name: "A", role: "agent" as const };
  it("asks for a session first", () => expect(checkAccess(null, "supervisor")?.status).toBe(401));
  it("refuses agents on supervisor routes", () => expect(checkAccess(agent, "supervisor")?.status).toBe(403));
  it("lets agents use agent routes", () => expect(checkAccess(agent)).toBeNull());
  it("lets supervisors use everything", () => expect(checkAccess({ ...agent, role: "supervisor" }, "supervisor")).toBeNull());
});

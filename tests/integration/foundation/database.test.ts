import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/handle";
import { createAgent, findAgentByEmail, DuplicateEmailError } from "@/lib/db/queries/agents";
import { createTestDatabase } from "../../helpers/db";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-db-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function tableNames(db: Awaited<ReturnType<typeof openDatabase>>["db"]): Promise<string[]> {
  const result = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
  const rows = (result as unknown as { rows: { table_name: string }[] }).rows;
  return rows.map((row) => row.table_name);
}

describe("migrations", () => {
  it("apply on a new PGlite folder, whose parent does not exist yet, and again on reopening", async () => {
    const folder = path.join(tmp, "nested", "pglite");
    const first = await openDatabase({ dataDir: folder });
    expect(await tableNames(first.db)).toEqual(expect.arrayContaining(["agents", "login_attempts"]));
    await createAgent(first.db, { email: "a@b.example", displayName: "A", passwordHash: "x", role: "agent" });
    await first.close();

    const second = await openDatabase({ dataDir: folder });
    expect(await findAgentByEmail(second.db, "A@B.example")).toMatchObject({ displayName: "A" });
    await second.close();
  });

  it("refuse a second opener of one PGlite folder while the first holds it", async () => {
    const folder = path.join(tmp, "locked");
    const first = await openDatabase({ dataDir: folder });
    try {
      await expect(openDatabase({ dataDir: folder })).rejects.toThrow(/already open in this process/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: folder });
    await again.close();
  });

  it(`apply on the test database (${process.env.TEST_DATABASE_URL ? "Postgres server" : "in-memory PGlite"})`, async () => {
    const handle = await createTestDatabase();
    try {
      expect(handle.kind).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
      expect(await tableNames(handle.db)).toEqual(expect.arrayContaining(["agents", "login_attempts"]));
      await createAgent(handle.db, { email: "Case@Example.com", displayName: "C", passwordHash: "x", role: "supervisor" });
      await expect(
        createAgent(handle.db, { email: "case@EXAMPLE.com", displayName: "D", passwordHash: "x", role: "agent" }),
      ).rejects.toBeInstanceOf(DuplicateEmailError);
    } finally {
      await handle.close();
    }
  });
});

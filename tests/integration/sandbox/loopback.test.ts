import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { chatParams } from "./client";

/** An address of this machine that is not loopback, if it has one. */
const outward = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === "IPv4" && !address.internal)?.address;

describe.skipIf(!outward)("the admin API from a non-loopback address", () => {
  let sb: RunningSandbox;
  let port: string;

  beforeAll(async () => {
    // Listen on every interface, then call in through this machine's outward address.
    sb = await startSandbox({ seed: "empty", args: ["--host", "0.0.0.0"] });
    port = new URL(sb.origin).port;
  });
  afterAll(async () => {
    await sb.stop();
  });

  it("is refused with 403, while the API still answers", async () => {
    for (const path of ["stats", "chats", "webchat"]) {
      const res = await fetch(`http://${outward}:${port}/_sandbox/${path}`);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/loopback/) });
    }
    const reset = await fetch(`http://${outward}:${port}/_sandbox/reset`, { method: "POST" });
    expect(reset.status).toBe(403);
    const api = await fetch(`http://${outward}:${port}/api/http/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(chatParams(sb, "getchatchannels")).toString(),
    });
    expect(await api.json()).toMatchObject({ status: "SUCCESS" });
  });

  it("is served on loopback", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/_sandbox/stats`);
    expect(res.status).toBe(200);
  });
});

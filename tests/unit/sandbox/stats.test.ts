import { describe, expect, it } from "vitest";
import { Stats } from "../../../sandbox/stats";

const entry = (method: string | null, n = 0) => ({ at: new Date(n).toISOString(), httpMethod: "POST", url: "/api/http/", contentType: null, basicAuth: false, method });

describe("Stats", () => {
  it("counts by known method and everything in the total", () => {
    const stats = new Stats();
    stats.record(entry("getchats"));
    stats.record(entry("getchats"));
    stats.record(entry("sendfile"));
    stats.record(entry("nope"));
    stats.record(entry(null));
    expect(stats.counts()).toEqual({
      total: 5,
      byMethod: { getchatchannels: 0, getchats: 2, getmessages: 0, getunreadmessages: 0, sendmessage: 0, sendfile: 1 },
    });
  });

  it("keeps the last 500 requests, oldest first, and forgets them on reset", () => {
    const stats = new Stats();
    for (let i = 0; i < 1234; i++) stats.record(entry(`m${i}`, i));
    const requests = stats.requests();
    expect(requests).toHaveLength(500);
    expect(requests[0]?.method).toBe("m734");
    expect(requests[499]?.method).toBe("m1233");
    stats.reset();
    expect(stats.requests()).toEqual([]);
    expect(stats.counts().total).toBe(0);
  });
});

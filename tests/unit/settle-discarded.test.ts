import { describe, expect, it } from "vitest";
import { judgeSends, type Candidate, type OpenSend } from "@/lib/sync/settle-rules";

/* Rule 6 of lib/sync/settle-rules.ts: a discarded send is judged last and never failed again. */

const t0 = new Date("2026-05-01T10:00:00Z").getTime();
const at = (ms: number) => new Date(t0 + ms);
const send = (id: string, fields: Partial<OpenSend> = {}): OpenSend => ({
  id,
  state: "unconfirmed",
  text: "Hello",
  fileUrl: null,
  lookFrom: at(0),
  attemptStartedAt: at(0),
  ...fields,
});
const message = (messageId: string): Candidate => ({ messageId, text: "Hello", fileUrl: null, at: at(10_000), firstSeenAt: at(11_000) });
const verdicts = (sends: OpenSend[], candidates: Candidate[], missingBefore?: Date) =>
  Object.fromEntries(judgeSends(sends, candidates, missingBefore).map((v) => [v.send.id, "claim" in v ? v.claim.messageId : "missing"]));

describe("a discarded send", () => {
  it("takes a message only when no open send can use it, however much earlier it was made", () => {
    const discarded = send("discarded", { state: "discarded", lookFrom: at(0), attemptStartedAt: at(0) });
    const later = send("later", { lookFrom: at(5_000), attemptStartedAt: at(5_000) });
    expect(verdicts([discarded, later], [message("1")])).toEqual({ later: "1" });
    expect(verdicts([discarded, later], [message("1"), message("2")])).toEqual({ later: "1", discarded: "2" });
    expect(verdicts([discarded], [message("1")])).toEqual({ discarded: "1" });
  });

  it("gets a verdict of missing once, before its watch begins, and none while watched", () => {
    const awaiting = send("awaiting", { state: "discarded" });
    const watched = send("watched", { state: "discarded", watchUntil: at(900_000) });
    expect(verdicts([awaiting, watched], [], at(60_000))).toEqual({ awaiting: "missing" });
  });
});

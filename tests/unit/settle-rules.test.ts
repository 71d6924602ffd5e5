import { describe, expect, it } from "vitest";
import { answerWindowMs, judgeSends, UPSTREAM_CLOCK_SLACK_MS, type Candidate, type OpenSend } from "@/lib/sync/settle-rules";

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
const message = (messageId: string, fields: Partial<Candidate> = {}): Candidate => ({
  messageId,
  text: "Hello",
  fileUrl: null,
  at: at(1_000),
  firstSeenAt: at(2_000),
  ...fields,
});
const claims = (verdicts: ReturnType<typeof judgeSends>) =>
  Object.fromEntries(verdicts.map((v) => [v.send.id, "claim" in v ? v.claim.messageId : "missing"]));

describe("the settle rules", () => {
  it("derive the answer window from the timeout", () => {
    expect(answerWindowMs(15_000)).toBe(30_000);
  });

  it("claim a message first seen after the attempt, with the same text and file", () => {
    expect(claims(judgeSends([send("a")], [message("1")]))).toEqual({ a: "1" });
    expect(claims(judgeSends([send("a")], [message("1", { text: "Hello!" })]))).toEqual({});
    expect(claims(judgeSends([send("a", { fileUrl: "https://f.example/x.jpg" })], [message("1")]))).toEqual({});
  });

  it("never claim a message the mirror saw before the attempt, nor one Afilnet dates well before it", () => {
    expect(claims(judgeSends([send("a")], [message("1", { firstSeenAt: at(-1) })]))).toEqual({});
    expect(claims(judgeSends([send("a")], [message("1", { at: at(-UPSTREAM_CLOCK_SLACK_MS - 1_000) })]))).toEqual({});
    expect(claims(judgeSends([send("a")], [message("1", { at: at(-UPSTREAM_CLOCK_SLACK_MS + 1_000) })]))).toEqual({ a: "1" });
  });

  it("let one message settle one send, and match equal sends and messages in order", () => {
    const sends = [send("late", { lookFrom: at(5_000), attemptStartedAt: at(5_000) }), send("early")];
    const messages = [message("2", { at: at(6_000), firstSeenAt: at(7_000) }), message("1")];
    expect(claims(judgeSends(sends, messages))).toEqual({ early: "1", late: "2" });
    expect(claims(judgeSends(sends, [message("2", { at: at(6_000), firstSeenAt: at(7_000) })]))).toEqual({ early: "2" });
  });

  it("declare missing only sends attempted before the given time, never watched or retried ones", () => {
    const sends = [send("old"), send("new", { attemptStartedAt: at(10_000), lookFrom: at(10_000) }), send("watched", { state: "failed" })];
    expect(claims(judgeSends(sends, [], at(5_000)))).toEqual({ old: "missing" });
    expect(claims(judgeSends(sends, []))).toEqual({});
  });

  it("look for a retried send's message from its first unanswered attempt", () => {
    const retried = send("r", { state: "sending", lookFrom: at(0), attemptStartedAt: at(60_000) });
    expect(claims(judgeSends([retried], [message("1", { at: at(12_000), firstSeenAt: at(13_000) })]))).toEqual({ r: "1" });
  });
});

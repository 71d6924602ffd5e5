import { describe, expect, it } from "vitest";
import { AfilnetApiError, createAfilnetClient, sendFileInputSchema, sendMessageInputSchema } from "@/lib/afilnet";
import { captureLogger, fakeFetch, success } from "./fake-fetch";
import { issueText } from "@/lib/contract/validation";
import { catalogTranslator } from "../../helpers/i18n";

const chat = { platform: "telegram", platformId: "5", destination: "chat-1" } as const;
const file = { ...chat, type: "image", fileUrl: "https://files.test/a.png" } as const;

function setup(result: unknown = { messageid: 1 }) {
  const fake = fakeFetch(success(result));
  const capture = captureLogger();
  const client = createAfilnetClient({
    baseUrl: "https://afilnet.test/api/http/",
    user: "u",
    password: "p",
    fetch: fake.fetch,
    logger: capture.logger,
  });
  return { client, fake, capture };
}

async function refusal(run: Promise<unknown>): Promise<AfilnetApiError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AfilnetApiError);
  return error as AfilnetApiError;
}

describe("local refusals", () => {
  const cases: [string, (c: ReturnType<typeof setup>["client"]) => Promise<unknown>, string, string][] = [
    ["a file type outside the six", (c) => c.sendFile({ ...file, type: "gif" as never }), "INCORRECT_FILETYPE", "type"],
    ["a relative file URL", (c) => c.sendFile({ ...file, fileUrl: "/a.png" }), "INCORRECT_FILEURL", "fileUrl"],
    ["an ftp file URL", (c) => c.sendFile({ ...file, fileUrl: "ftp://files.test/a.png" }), "INCORRECT_FILEURL", "fileUrl"],
    ["a file URL with spaces around", (c) => c.sendFile({ ...file, fileUrl: " https://files.test/a.png" }), "INCORRECT_FILEURL", "fileUrl"],
    ["a bad thumbnail URL", (c) => c.sendFile({ ...file, thumbUrl: "not a url" }), "INCORRECT_THUMBURL", "thumbUrl"],
    ["an empty message", (c) => c.sendMessage({ ...chat, message: "" }), "MISSING_COMPULSORY_PARAM", "message"],
    ["a blank message", (c) => c.sendMessage({ ...chat, message: " \n\t " }), "MISSING_COMPULSORY_PARAM", "message"],
    ["an empty destination", (c) => c.sendMessage({ ...chat, destination: "", message: "hi" }), "MISSING_COMPULSORY_PARAM", "destination"],
    ["an empty channel id", (c) => c.getMessages({ ...chat, platformId: " " }), "MISSING_COMPULSORY_PARAM", "platformId"],
    ["an unknown platform", (c) => c.getChats({ platform: "sms" as never, platformId: "5" }), "CHANNEL_NOT_FOUND", "platform"],
    ["an unknown platform on a send", (c) => c.sendMessage({ ...chat, platform: "email" as never, message: "hi" }), "CHANNEL_NOT_FOUND", "platform"],
  ];

  for (const [name, run, code, field] of cases) {
    it(`refuses ${name} with ${code} and no request`, async () => {
      const { client, fake, capture } = setup();
      const error = await refusal(run(client));
      expect(error).toMatchObject({ code, field, local: true });
      expect(fake.requests).toHaveLength(0);
      expect(capture.lines).toHaveLength(1);
      expect(capture.lines[0]).toMatchObject({ outcome: "refused", code, attempts: 0 });
    });
  }

  it("lets valid sends through, with an optional empty thumbnail left out", async () => {
    const { client, fake } = setup();
    await client.sendFile({ ...file, thumbUrl: "", message: "" });
    await client.sendMessage({ ...chat, message: "  hi  " });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]?.body.has("thumburl")).toBe(false);
    expect(fake.requests[0]?.body.has("message")).toBe(false);
    expect(fake.requests[1]?.body.get("message")).toBe("  hi  ");
  });

  it("accepts a numeric channel id and sends it as text", async () => {
    const { client, fake } = setup([]);
    await client.getChats({ platform: "webchat", platformId: 12 });
    expect(fake.requests[0]?.body.get("platformid")).toBe("12");
  });
});

describe("browser-side use of the schemas", () => {
  it("gives each failing field its sentence", () => {
    const result = sendFileInputSchema.safeParse({ ...file, type: "gif", fileUrl: "x" });
    expect(result.success).toBe(false);
    const en = catalogTranslator("en");
    const messages = Object.fromEntries(result.error?.issues.map((i) => [String(i.path[0]), issueText(i, en)]) ?? []);
    expect(messages.type).toMatch(/file type/);
    expect(messages.fileUrl).toMatch(/file address/);
  });

  it("accepts a valid message", () => {
    expect(sendMessageInputSchema.parse({ ...chat, message: "hi" })).toEqual({ ...chat, message: "hi" });
  });
});

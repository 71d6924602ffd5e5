import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";

let sb: RunningSandbox;

beforeAll(async () => {
  sb = await startSandbox({ seed: "demo" });
});
afterAll(async () => {
  await sb.stop();
});

const page = async (query: string, acceptLanguage?: string) => {
  const res = await fetch(`${sb.origin}/_sandbox/webchat${query}`, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });
  return res.text();
};

describe("the customer's webchat page", () => {
  it("speaks the visitor's language from Accept-Language, in the page and in its script", async () => {
    const html = await page("", "pl-PL,pl;q=0.9,en;q=0.5");
    expect(html).toContain('<html lang="pl">');
    expect(html).toContain('<button type="submit">Wyślij</button>');
    expect(html).toContain('"noChannel":"Ten sandbox nie ma kanału webchatu."');
    expect(html).not.toContain("Start chatting");
  });

  it("lets ?lang= choose, and falls back to English", async () => {
    expect(await page("?lang=es", "pl")).toContain("<h1>Chatea con <span");
    expect(await page("?lang=pt")).toContain('aria-label="Escolha quem você é"');
    const english = await page("?lang=xx", "de-DE");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("Start chatting");
  });
});

import { describe, expect, it } from "vitest";
import { sendReason } from "@/components/inbox/send-reason";
import { syncReason } from "@/components/shell/sync-reason";
import { afilnetCodes, explainAfilnetCode } from "@/lib/contract/afilnet";
import { catalogTranslator, LOCALES } from "../../helpers/i18n";

/*
 * A failed send's explanation, as the thread shows it: spoken from its recorded code in the
 * reader's language, whatever sentence the server stored beside it.
 */

const english = catalogTranslator("en");
const stored = (code: string) => ({ code, message: "the English sentence stored with the send" });

describe.each(LOCALES)("a failed send's explanation in %s", (locale) => {
  const t = catalogTranslator(locale);

  it.each(afilnetCodes)("speaks %s from the catalog", (code) => {
    const said = sendReason(stored(code), t);
    expect(said).toBe(t(`afilnet.codes.${code}`));
    expect(said).toMatch(/^\p{Lu}.+\.$/u);
    expect(said).not.toContain(code);
    if (locale !== "en") expect(said).not.toBe(english(`afilnet.codes.${code}`));
  });

  it("gives each code its own sentence", () => {
    expect(new Set(afilnetCodes.map((code) => sendReason(stored(code), t))).size).toBe(afilnetCodes.length);
  });

  it("names a code it does not know", () => {
    const said = sendReason(stored("QUOTA_EXCEEDED_2"), t);
    expect(said).toContain("QUOTA_EXCEEDED_2");
    expect(said).toBe(t("afilnet.unknownCode", { code: "QUOTA_EXCEEDED_2" }));
  });

  it("speaks the outbox's own codes and a lost answer", () => {
    expect(sendReason(stored("NOT_DELIVERED"), t)).toBe(t("outbox.errors.NOT_DELIVERED"));
    expect(sendReason(stored("NOT_CHECKED"), t)).toBe(t("outbox.errors.NOT_CHECKED"));
    expect(sendReason(stored("timeout"), t)).toBe(t("outbox.errors.unconfirmed"));
  });

  it("keeps an action's refusal as the server spoke it, and says nothing without an error", () => {
    expect(sendReason({ code: "not_found", message: "Esa conversación ya no existe." }, t)).toBe("Esa conversación ya no existe.");
    expect(sendReason(null, t)).toBeUndefined();
  });
});

describe("the sync banners' reason", () => {
  it("explains Afilnet's refusal in the reader's language, and keeps any other failure's details", () => {
    const pl = catalogTranslator("pl");
    const refused = { lastError: "Afilnet refused the sync: … (INCORRECT_USER_PASSWORD)", lastErrorCode: "INCORRECT_USER_PASSWORD" };
    expect(syncReason(refused, pl)).toBe(pl("afilnet.codes.INCORRECT_USER_PASSWORD"));
    const unreachable = { lastError: "Afilnet could not be reached: getchats timed out", lastErrorCode: "timeout" };
    expect(syncReason(unreachable, pl)).toBe(unreachable.lastError);
    expect(syncReason({ lastError: null, lastErrorCode: null }, pl)).toBeNull();
  });
});

describe("the English catalog and the server's English sentences", () => {
  it("say the same for every Afilnet code, so logs and screens agree", () => {
    for (const code of afilnetCodes) expect(english(`afilnet.codes.${code}`)).toBe(explainAfilnetCode(code));
    expect(english("afilnet.unknownCode", { code: "X_1" })).toBe(explainAfilnetCode("X_1"));
  });
});

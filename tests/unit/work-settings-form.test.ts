import { describe, expect, it } from "vitest";
import { fieldsOf, parseNumber, readWorkSettings, sameSettings } from "@/components/queues/work-settings-form";
import { catalogTranslator } from "../helpers/i18n";

const en = catalogTranslator("en");

const valid = { autoResolvePendingDays: "7", autoAssign: false, autoAssignCap: "10" };

describe("the work settings form", () => {
  it("reads valid fields into settings", () => {
    expect(readWorkSettings(valid, en)).toEqual({ ok: true, settings: { autoResolvePendingDays: 7, autoAssign: false, autoAssignCap: 10 } });
    expect(readWorkSettings({ autoResolvePendingDays: " 0 ", autoAssign: true, autoAssignCap: "200" }, en)).toEqual({
      ok: true,
      settings: { autoResolvePendingDays: 0, autoAssign: true, autoAssignCap: 200 },
    });
  });
  it("refuses a cap of 0 with the server's sentence", () => {
    expect(readWorkSettings({ ...valid, autoAssignCap: "0" }, en)).toEqual({ ok: false, errors: { autoAssignCap: "The cap must be at least 1." } });
  });
  it("says what is wrong with each field at once", () => {
    expect(readWorkSettings({ autoResolvePendingDays: "400", autoAssign: false, autoAssignCap: "201" }, en)).toEqual({
      ok: false,
      errors: { autoResolvePendingDays: "At most 365 days.", autoAssignCap: "The cap can be at most 200." },
    });
    expect(readWorkSettings({ ...valid, autoResolvePendingDays: "-1" }, en)).toEqual({ ok: false, errors: { autoResolvePendingDays: "Give 0 (never) or a number of days." } });
  });
  it("takes only plain numbers: no fractions, exponents, hex or blanks", () => {
    for (const text of ["2.5", "1e3", "0x10", "", "ten"]) {
      const read = readWorkSettings({ ...valid, autoResolvePendingDays: text }, en);
      expect(read, text).toEqual({ ok: false, errors: { autoResolvePendingDays: "Give a whole number of days." } });
    }
    expect(parseNumber("12")).toBe(12);
    expect(parseNumber("1e3")).toBeNaN();
  });
  it("shows saved settings as fields and compares settings", () => {
    const settings = { autoResolvePendingDays: 7, autoAssign: true, autoAssignCap: 10 };
    expect(fieldsOf(settings)).toEqual({ autoResolvePendingDays: "7", autoAssign: true, autoAssignCap: "10" });
    expect(sameSettings(settings, { ...settings })).toBe(true);
    expect(sameSettings(settings, { ...settings, autoAssign: false })).toBe(false);
  });
});

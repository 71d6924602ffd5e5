import { describe, expect, it, vi } from "vitest";
import { AfilnetApiError, AfilnetTransportError } from "@/lib/afilnet/errors";

describe("error classes across copies of the module", () => {
  it("recognise an error made by another copy of the module", async () => {
    vi.resetModules();
    // A query string makes the loader evaluate the module a second time, as a second bundle would.
    const copy = "../../../lib/afilnet/errors.ts?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("@/lib/afilnet/errors");
    expect(other.AfilnetApiError).not.toBe(AfilnetApiError);
    const apiError = new other.AfilnetApiError("NO_CREDITS");
    const transportError = new other.AfilnetTransportError("timeout", "Afilnet did not answer.");
    expect(apiError instanceof AfilnetApiError).toBe(true);
    expect(apiError instanceof AfilnetTransportError).toBe(false);
    expect(transportError instanceof AfilnetTransportError).toBe(true);
    expect(transportError instanceof AfilnetApiError).toBe(false);
    expect(new Error("x") instanceof AfilnetApiError).toBe(false);
    expect(apiError instanceof Error).toBe(true);
  });
});

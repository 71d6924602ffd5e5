import { describe, expect, it } from "vitest";
import { DEFAULT_MEDIA_HOSTS, hostAllowed, mediaDecision, mediaHostSchema, normaliseHost } from "@/lib/contract/media";

const allowed = ["whatsapp.net", "media.example.com"];

describe("which customer media loads by itself", () => {
  it("a listed host and its subdomains load", () => {
    expect(mediaDecision("https://media.example.com/a.jpg", allowed, "https:")).toEqual({ kind: "load" });
    expect(mediaDecision("https://mmg.whatsapp.net/v/t62/a.jpg", allowed, "https:")).toEqual({ kind: "load" });
    expect(mediaDecision("https://MMG.WhatsApp.net./a.jpg", allowed, "https:")).toEqual({ kind: "load" });
  });

  it("any other host waits for a click, and is named", () => {
    expect(mediaDecision("https://tracker.example/pixel.gif", allowed, "https:")).toEqual({ kind: "ask", host: "tracker.example" });
    // A lookalike is not a subdomain.
    expect(mediaDecision("https://evilwhatsapp.net/a.jpg", allowed, "https:")).toEqual({ kind: "ask", host: "evilwhatsapp.net" });
    expect(mediaDecision("https://whatsapp.net.evil.example/a.jpg", allowed, "https:")).toEqual({ kind: "ask", host: "whatsapp.net.evil.example" });
    expect(mediaDecision("http://10.0.0.5/admin.png", allowed, "http:")).toEqual({ kind: "ask", host: "10.0.0.5" });
  });

  it("http: media never loads on an https page, even from a listed host", () => {
    expect(mediaDecision("http://media.example.com/a.jpg", allowed, "https:")).toEqual({ kind: "insecure", host: "media.example.com" });
    expect(mediaDecision("http://media.example.com/a.jpg", allowed, "http:")).toEqual({ kind: "load" });
  });

  it("an address that is not http(s) is never used", () => {
    for (const url of ["javascript:alert(1)", "data:image/png;base64,AAAA", "file:///etc/passwd", "not a url", ""]) {
      expect(mediaDecision(url, allowed, "https:"), url).toEqual({ kind: "unsafe" });
    }
  });

  it("an empty list lets nothing load by itself", () => {
    expect(hostAllowed("mmg.whatsapp.net", [])).toBe(false);
  });

  it("the defaults are the platforms' own media hosts", () => {
    expect(hostAllowed("mmg.whatsapp.net", DEFAULT_MEDIA_HOSTS)).toBe(true);
    expect(hostAllowed("api.telegram.org", DEFAULT_MEDIA_HOSTS)).toBe(true);
    expect(hostAllowed("www.afilnet.com", DEFAULT_MEDIA_HOSTS)).toBe(true);
    expect(hostAllowed("files.example.com", DEFAULT_MEDIA_HOSTS)).toBe(false);
  });
});

describe("host names on the list", () => {
  it("are kept as the browser compares them", () => {
    expect(normaliseHost("  Media.Example.COM. ")).toBe("media.example.com");
    expect(normaliseHost("bücher.example")).toBe("xn--bcher-kva.example");
  });

  it("are host names only: no scheme, path, port, wildcard, address or single label", () => {
    for (const value of ["https://a.example", "a.example/x", "a.example:8080", "*.a.example", "127.0.0.1", "0x7f.1", "[::1]", "::1", "localhost", "a..example", "-a.example", "a_b.example", "a.123", ""]) {
      expect(normaliseHost(value), value).toBeUndefined();
      expect(mediaHostSchema.safeParse(value).success, value).toBe(false);
    }
  });
});

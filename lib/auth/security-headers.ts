/*
 * The headers every answer of the app carries, set by proxy.ts per request (the CSP's nonce
 * is new each time, and HSTS follows NEXTAUTH_URL at run time, not at build time).
 */

/** A fresh nonce for one page's scripts. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Scripts run only with this request's nonce (Next's own and next-themes' inline one) or when
 * loaded by such a script; media and images come from the app or https; nothing may frame the
 * app. Development adds what its hot reloading needs.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React and the chart library set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https:",
    "media-src 'self' https:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** HSTS only where the app is served over https: browsers ignore it on http anyway, and a wrong one is sticky. */
export function strictTransportSecurity(publicUrl: string | undefined): string | undefined {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : undefined;
}

import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { send } from "./http";
import { CUSTOMER_NAMES } from "./phrases";
import { webchatTexts, type WebchatLanguage } from "./webchat-catalog";
import { WEBCHAT_SCRIPT } from "./webchat-script";

const STYLE = `
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.3rem; margin: 0.5rem 0; }
  form { display: flex; gap: 0.5rem; align-items: end; margin: 0.75rem 0; }
  label { display: flex; flex-direction: column; flex: 1; font-weight: 600; font-size: 0.9rem; gap: 0.25rem; }
  input, textarea { font: inherit; padding: 0.5rem; border: 1px solid #9aa3b2; border-radius: 6px; }
  button { font: inherit; padding: 0.5rem 1rem; border: 0; border-radius: 6px; background: #1f5fbf; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f5a623; outline-offset: 1px; }
  #messages { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem;
    min-height: 12rem; max-height: 60vh; overflow-y: auto; background: #fff; border-radius: 8px; padding: 0.75rem; }
  #messages li { max-width: 80%; padding: 0.5rem 0.75rem; border-radius: 10px; }
  #messages li.mine { align-self: flex-end; background: #dceaff; }
  #messages li.theirs { align-self: flex-start; background: #eceff3; }
  #messages p { margin: 0.25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  #messages img, #messages video { max-width: 100%; border-radius: 6px; }
  .who { font-weight: 600; font-size: 0.8rem; display: block; }
  .meta { font-size: 0.75rem; color: #555e6e; }
  .note { font-size: 0.85rem; color: #555e6e; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The script's own words, as a script literal that no "</script>" inside a text can end. */
const scriptTexts = (texts: object) => JSON.stringify(texts).replace(/</g, "\\u003c");

/** The customer's side of the webchat channel, for a person playing the customer, in their language. */
export function webchatPage(res: ServerResponse, language: WebchatLanguage): void {
  const nonce = randomBytes(16).toString("base64");
  const names = CUSTOMER_NAMES.map((n) => `<option value="${escapeHtml(n)}"></option>`).join("");
  const t = (key: keyof ReturnType<typeof webchatTexts>) => escapeHtml(webchatTexts(language)[key]);
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("title")}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
  <h1>${t("chatWith")} <span id="channel-name">${t("us")}</span></h1>
  <p class="note">${t("note")}</p>
  <form id="name-form" aria-label="${t("chooseWho")}">
    <label for="name">${t("yourName")}<input id="name" name="name" list="names" autocomplete="off" required></label>
    <datalist id="names">${names}</datalist>
    <button type="submit">${t("start")}</button>
  </form>
  <section id="chat" hidden aria-labelledby="chat-title">
    <h2 id="chat-title" class="note">${t("chattingAs")} <span id="who-label"></span></h2>
    <ol id="messages" role="log" aria-live="polite" aria-label="${t("conversation")}"></ol>
    <form id="message-form" aria-label="${t("writeMessage")}">
      <label for="message">${t("message")}<textarea id="message" name="message" rows="2" required></textarea></label>
      <button type="submit">${t("send")}</button>
    </form>
  </section>
  <p id="status" role="status"></p>
</main>
<script nonce="${nonce}">const TEXT = ${scriptTexts(webchatTexts(language))};${WEBCHAT_SCRIPT}</script>
</body>
</html>`;
  send(res, 200, "text/html; charset=utf-8", html, {
    "content-security-policy": `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src http: https: data:; media-src http: https:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  });
}

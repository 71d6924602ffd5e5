/**
 * The browser side of the customer's webchat page, as plain JavaScript text. Every piece of
 * message text goes in through textContent, and only http(s) URLs become links or media.
 * Its words come from TEXT, which the page defines from its catalog (webchat-catalog.ts).
 */
export const WEBCHAT_SCRIPT = String.raw`
const $ = (id) => document.getElementById(id);
const state = { channel: null, destination: null, shown: "", timer: null };

function setStatus(text) { $("status").textContent = text; }

async function admin(path, init) {
  const res = await fetch("/_sandbox/" + path, init);
  const body = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, body };
}

function slug(name) {
  const s = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return s || "guest";
}

function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch { return null; }
}

function fileElement(file) {
  const url = safeUrl(file.url);
  if (!url) { const span = document.createElement("span"); span.textContent = "[" + file.type + "]"; return span; }
  let el;
  if (file.type === "image") { el = document.createElement("img"); el.src = url; el.alt = TEXT.image; }
  else if (file.type === "video") { el = document.createElement("video"); el.controls = true; el.src = url; el.setAttribute("aria-label", TEXT.video); }
  else if (file.type === "audio" || file.type === "voice") { el = document.createElement("audio"); el.controls = true; el.src = url; el.setAttribute("aria-label", file.type === "voice" ? TEXT.voice : TEXT.audio); }
  else { el = document.createElement("a"); el.href = url; el.rel = "noopener noreferrer"; el.target = "_blank"; el.textContent = file.type === "contact" ? TEXT.contact : TEXT.document; }
  return el;
}

function render(messages) {
  const key = JSON.stringify(messages.map((m) => [m.messageId, m.status]));
  if (key === state.shown) return;
  state.shown = key;
  const list = $("messages");
  list.replaceChildren();
  for (const m of messages) {
    const item = document.createElement("li");
    item.className = m.direction === "in" ? "mine" : "theirs";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = m.direction === "in" ? TEXT.you : state.channel.name;
    item.append(who);
    if (m.file) item.append(fileElement(m.file));
    if (m.text) { const p = document.createElement("p"); p.textContent = m.text; item.append(p); }
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = new Date(m.at).toLocaleString(document.documentElement.lang) + (m.direction === "in" ? " · " + (m.read ? TEXT.seen : TEXT.sent) : "");
    item.append(meta);
    list.append(item);
  }
  list.lastElementChild?.scrollIntoView({ block: "end" });
}

async function poll() {
  if (!state.destination) return;
  const path = ["chats", "webchat", state.channel.platformId, state.destination].map(encodeURIComponent).join("/");
  const res = await admin(path).catch(() => null);
  if (res && res.ok) render(res.body.messages);
  else if (res && res.status === 404) render([]);
}

async function start(name) {
  state.destination = "webchat-" + slug(name);
  $("who-label").textContent = name + " (" + state.destination + ")";
  $("chat").hidden = false;
  $("message").focus();
  await poll();
  clearInterval(state.timer);
  state.timer = setInterval(poll, 1500);
}

async function init() {
  const res = await admin("channels").catch(() => null);
  const channel = res && res.ok ? res.body.channels.find((c) => c.platform === "webchat") : null;
  if (!channel) { setStatus(TEXT.noChannel); return; }
  state.channel = channel;
  $("channel-name").textContent = channel.name;
  $("name-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = $("name").value.trim();
    if (name) start(name);
  });
  $("message-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("message").value;
    if (!text.trim() || !state.destination) return;
    const sent = await admin("inbound", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ platform: "webchat", platformId: state.channel.platformId, destination: state.destination, message: text }),
    }).catch(() => null);
    if (sent && sent.ok) { $("message").value = ""; setStatus(""); await poll(); }
    else setStatus(TEXT.notSent.replace("{reason}", (sent && sent.body.error) || TEXT.noAnswer));
  });
}

init();
`;

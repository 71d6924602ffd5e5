import type { StoreState } from "../store";
import type { Chat, Message } from "../types";
import { DEMO_CHANNELS, type Script } from "./script";
import { ENGLISH } from "./demo-en";
import { SPANISH } from "./demo-es";
import { PORTUGUESE } from "./demo-pt";
import { POLISH } from "./demo-pl";

export const DEMO_SCRIPTS: readonly Script[] = [...ENGLISH, ...SPANISH, ...PORTUGUESE, ...POLISH];

const MINUTE = 60_000;

/**
 * The demo: forty scripted conversations placed in the days before `now`. The content is
 * fixed; only the times move with the start time.
 */
export function buildDemo(now: number): StoreState {
  const chats: Chat[] = [];
  const placed: Message[] = [];
  for (const script of DEMO_SCRIPTS) {
    const chat = placeScript(script, now);
    chats.push(chat);
    placed.push(...chat.messages);
  }
  // Ids follow time across the whole account, as a real counter would have handed them out.
  placed.sort((a, b) => a.at - b.at);
  placed.forEach((message, index) => {
    message.id = String(index + 1);
  });
  for (const chat of chats) chat.messages.sort((a, b) => a.at - b.at || Number(a.id) - Number(b.id));
  return { nextId: placed.length + 1, channels: DEMO_CHANNELS.map((c) => ({ ...c })), chats };
}

/** An empty account: the demo's channels and no conversations. */
export function buildEmpty(): StoreState {
  return { nextId: 1, channels: DEMO_CHANNELS.map((c) => ({ ...c })), chats: [] };
}

function placeScript(script: Script, now: number): Chat {
  const length = script.lines.reduce((sum, [, minutes]) => sum + minutes, 0) * MINUTE;
  // Keep the last line at least a minute in the past, whatever the script says.
  const start = Math.min(now - script.startedHoursAgo * 60 * MINUTE, now - MINUTE - length);
  const lastOutbound = script.lines.map(([direction]) => direction).lastIndexOf("out");
  let at = start;
  const messages = script.lines.map(([direction, minutes, text, file], index): Message => {
    at += minutes * MINUTE;
    return {
      id: "",
      direction,
      text,
      at: Math.floor(at / 1000) * 1000,
      read: direction === "in" && !(script.unread && index > lastOutbound),
      via: "seed",
      ...(file ? { file: { ...file } } : {}),
    };
  });
  return {
    platform: channelOf(script).platform,
    platformId: script.channel,
    destination: script.destination,
    lang: script.lang,
    messages,
  };
}

function channelOf(script: Script) {
  const channel = DEMO_CHANNELS.find((c) => c.platformId === script.channel);
  if (!channel) throw new Error(`demo script for ${script.destination} names no channel ${script.channel}`);
  return channel;
}

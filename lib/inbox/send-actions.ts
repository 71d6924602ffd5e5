"use server";

import { ActionError, serverAction } from "@/lib/actions/server-action";
import type { OutboxRow } from "@/lib/db/schema";
import { getDb } from "@/lib/db/instance";
import { getAfilnetClient } from "@/lib/afilnet/instance";
import type { PendingSendView } from "@/lib/contract/inbox";
import { toPendingSendView } from "./outbox-view";
import { retrySend, SendError, sendFromInbox, type SendDeps } from "./send";
import { discardSend } from "./send-discard";
import { sendFileSchema, sendRefSchema, sendTextSchema } from "@/lib/contract/send";

async function deps(): Promise<SendDeps> {
  return { db: await getDb(), client: getAfilnetClient() };
}

/** Expected refusals become the action's answer; anything else is logged by the wrapper. */
async function settle(work: () => Promise<OutboxRow>, agentName: string): Promise<PendingSendView> {
  try {
    return toPendingSendView(await work(), agentName);
  } catch (error) {
    if (error instanceof SendError) throw new ActionError(error.code, error.message);
    throw error;
  }
}

export const sendTextAction = serverAction({ name: "sendText", input: sendTextSchema }, async (input, agent) =>
  settle(async () => sendFromInbox(await deps(), agent.id, { kind: "text", ...input }), agent.name),
);

export const sendFileAction = serverAction({ name: "sendFile", input: sendFileSchema }, async (input, agent) =>
  settle(async () => sendFromInbox(await deps(), agent.id, { kind: "file", ...input }), agent.name),
);

export const retrySendAction = serverAction({ name: "retrySend", input: sendRefSchema }, async ({ clientId }, agent) =>
  settle(async () => retrySend(await deps(), clientId), agent.name),
);

export const discardSendAction = serverAction({ name: "discardSend", input: sendRefSchema }, async ({ clientId }, agent) =>
  settle(async () => discardSend(await deps(), clientId, agent), agent.name),
);

import "server-only";
import { contactResponseSchema, type ContactResponse } from "@/lib/contract/contact";
import type { Db } from "@/lib/db/handle";
import { getContact, otherChats, saveContact } from "@/lib/db/queries/contacts";
import { getConversation } from "@/lib/db/queries/conversations";
import { getAgentById } from "@/lib/db/queries/agents";

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** The contact panel of a conversation: who the customer is, and their other chats. Undefined when there is no such conversation. */
export async function readContact(db: Db, conversationId: number): Promise<ContactResponse | undefined> {
  const conversation = await getConversation(db, conversationId);
  if (!conversation) return undefined;
  const [contact, others] = await Promise.all([getContact(db, conversation.destination), otherChats(db, conversation.destination, conversationId)]);
  return contactResponseSchema.parse({
    conversationId,
    destination: conversation.destination,
    platform: conversation.platform,
    channelName: conversation.channelName,
    displayName: contact?.displayName ?? null,
    note: contact?.note ?? "",
    updatedBy: contact?.updatedBy ? ((await getAgentById(db, contact.updatedBy))?.displayName ?? null) : null,
    updatedAt: iso(contact?.updatedAt),
    firstMessageAt: conversation.startedAt,
    lastMessageAt: conversation.lastMessage?.at ?? null,
    otherChats: others.map((chat) => ({ ...chat, lastMessageAt: iso(chat.lastMessageAt) })),
  });
}

/** Names a contact (or clears the name) and keeps a note; any agent may, for the whole team. False when the conversation is gone. */
export async function updateContact(db: Db, conversationId: number, fields: { displayName: string | null; note: string }, agentId: string): Promise<boolean> {
  const conversation = await getConversation(db, conversationId);
  if (!conversation) return false;
  await saveContact(db, conversation.destination, fields, agentId);
  return true;
}

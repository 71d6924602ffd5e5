"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Availability } from "@/lib/contract/queues";

/** Who is using this page, as the dashboard layout read them from the session. */
export interface SignedInAgent {
  id: string;
  name: string;
  role: "agent" | "supervisor";
  /** Their availability when the page was served; the header's control changes it. */
  availability: Availability;
}

const SignedInAgentContext = createContext<SignedInAgent | null>(null);

export function SignedInAgentProvider({ agent, children }: { agent: SignedInAgent; children: ReactNode }) {
  return <SignedInAgentContext.Provider value={agent}>{children}</SignedInAgentContext.Provider>;
}

/** The signed-in agent; null outside the dashboard (then nothing acts as "me"). */
export function useSignedInAgent(): SignedInAgent | null {
  return useContext(SignedInAgentContext);
}

/**
 * Whether this agent opening the conversation clears its unread count (the server's rule in
 * lib/inbox/work.ts): the assignee's look does, and an agent's on an unassigned conversation.
 */
export function lookClears(agent: Pick<SignedInAgent, "id" | "role"> | null, assignee: { id: string } | null): boolean {
  if (!agent) return false;
  return assignee ? assignee.id === agent.id : agent.role === "agent";
}

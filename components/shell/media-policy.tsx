"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { mediaDecision, type MediaDecision } from "@/lib/contract/media";

/*
 * The supervisors' allow-list of media hosts, handed down by the dashboard's layout, and the
 * decision it makes for each file. Outside the provider nothing loads by itself.
 */
const MediaHostsContext = createContext<readonly string[]>([]);

export function MediaPolicyProvider({ hosts, children }: { hosts: readonly string[]; children: ReactNode }) {
  return <MediaHostsContext.Provider value={hosts}>{children}</MediaHostsContext.Provider>;
}

/** The hosts in force, as the layout read them with this page. */
export function useMediaHosts(): readonly string[] {
  return useContext(MediaHostsContext);
}

const subscribeNothing = () => () => undefined;

/** The page's own protocol; while rendering on the server, the strict answer ("https:"). */
function usePageProtocol(): string {
  return useSyncExternalStore(subscribeNothing, () => window.location.protocol, () => "https:");
}

/**
 * What to do with a file a message names. Customer files load by themselves only from a listed
 * host; the team's own (its sends, a preview of an address the agent typed) load from any host.
 * Neither ever loads over http: on an https page.
 */
export function useMediaDecision(url: string, fromCustomer: boolean): MediaDecision {
  const hosts = useContext(MediaHostsContext);
  const protocol = usePageProtocol();
  const decision = mediaDecision(url, hosts, protocol);
  return decision.kind === "ask" && !fromCustomer ? { kind: "load" } : decision;
}

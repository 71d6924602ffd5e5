import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { addMediaHost, readMediaHosts, removeMediaHost, resetMediaHosts } from "@/lib/db/queries/media";
import { DEFAULT_MEDIA_HOSTS, MEDIA_HOSTS_MAX } from "@/lib/contract/media";

/*
 * The supervisors' allow-list of media hosts: customer files from these load by themselves in
 * the agents' browsers, others wait for a click. Hosts arrive normalised (lib/contract/media).
 */

/** The hosts in force: the kept list, or the platforms' own while nobody has changed it. */
export async function mediaAllowList(db: Db): Promise<string[]> {
  return (await readMediaHosts(db)) ?? [...DEFAULT_MEDIA_HOSTS];
}

/** For pages: the hosts in force now. */
export async function mediaAllowListNow(): Promise<string[]> {
  return mediaAllowList(await getDb());
}

export type AddHostResult = { ok: true; hosts: string[] } | { ok: false; reason: "full" };

/** Adds a host; adding one already listed changes nothing and is no error. */
export async function allowMediaHost(db: Db, host: string, agentId: string): Promise<AddHostResult> {
  const initial = [...new Set([...DEFAULT_MEDIA_HOSTS, host])];
  const hosts = await addMediaHost(db, host, initial, MEDIA_HOSTS_MAX, agentId);
  if (hosts) return { ok: true, hosts };
  const current = await mediaAllowList(db);
  return current.includes(host) ? { ok: true, hosts: current } : { ok: false, reason: "full" };
}

/** Removes a host; removing one not listed changes nothing and is no error. */
export async function disallowMediaHost(db: Db, host: string, agentId: string): Promise<string[]> {
  return removeMediaHost(db, host, DEFAULT_MEDIA_HOSTS.filter((entry) => entry !== host), agentId);
}

export async function restoreDefaultMediaHosts(db: Db): Promise<string[]> {
  await resetMediaHosts(db);
  return [...DEFAULT_MEDIA_HOSTS];
}

import { isApiMethod, type ApiMethod } from "./api";

export interface RequestRecord {
  at: string;
  httpMethod: string;
  /** The raw request URL, query string included: tests check no password ever travels in it. */
  url: string;
  contentType: string | null;
  basicAuth: boolean;
  method: string | null;
}

const KEEP_REQUESTS = 500;

/** Counts every call that reached /api/http/, erred and faulted ones included. */
export class Stats {
  private total = 0;
  private byMethod = emptyCounts();
  /** A ring of the last requests; `next` is where the following one goes. */
  private ring: RequestRecord[] = [];
  private next = 0;

  record(entry: RequestRecord): void {
    this.total++;
    const method = entry.method ?? undefined;
    if (isApiMethod(method)) this.byMethod[method]++;
    if (this.ring.length < KEEP_REQUESTS) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % KEEP_REQUESTS;
  }

  counts(): { total: number; byMethod: Record<ApiMethod, number> } {
    return { total: this.total, byMethod: { ...this.byMethod } };
  }

  /** Oldest first. */
  requests(): RequestRecord[] {
    if (this.ring.length < KEEP_REQUESTS) return [...this.ring];
    return [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
  }

  reset(): void {
    this.total = 0;
    this.byMethod = emptyCounts();
    this.ring = [];
    this.next = 0;
  }
}

function emptyCounts(): Record<ApiMethod, number> {
  return { getchatchannels: 0, getchats: 0, getmessages: 0, getunreadmessages: 0, sendmessage: 0, sendfile: 0 };
}

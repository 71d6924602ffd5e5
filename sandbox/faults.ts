import type { ServerResponse } from "node:http";
import { send } from "./http";

export const FAULT_KINDS = ["http500", "malformed", "hang", "reset", "code"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultConfig {
  latencyMs?: number;
  errorRate?: number;
  kind?: FaultKind;
  code?: string;
  methods?: string[];
  when?: "before" | "after";
  /** With when "after": the call is carried out this long after its faulted answer. */
  lateMs?: number;
  count?: number;
}

export interface Injection {
  kind: FaultKind;
  code?: string;
  /** after: the call is carried out, then its answer is lost; before: nothing happens. */
  when: "before" | "after";
  /** after only: carried out this long after the answer is lost, as an upstream that queued it. */
  lateMs?: number;
}

export interface FaultPlan {
  latencyMs: number;
  injection?: Injection;
}

const ERROR_PAGE =
  "<!doctype html><html><head><title>500 Internal Server Error</title></head>" +
  "<body><h1>Internal Server Error</h1><p>The server encountered an unexpected condition.</p></body></html>";
const MAINTENANCE_PAGE = "<html><body>Service temporarily unavailable. Please try again later.</body></html>";
const NOT_THE_ENVELOPE = JSON.stringify({ ok: true, data: null, message: "maintenance" });

/** A held socket is let go after this long, so a forgotten hang cannot pin memory forever. */
const HANG_LIMIT_MS = 120_000;

/** The faults currently injected into /api/http/ answers. */
export class Faults {
  private config: FaultConfig | undefined;
  private remaining: number | undefined;
  /** Malformed answers alternate between their two forms. */
  private malformedTurn = 0;

  constructor(private readonly random: () => number = Math.random) {}

  set(config: FaultConfig): void {
    this.config = { ...config };
    this.remaining = config.count;
  }

  clear(): void {
    this.config = undefined;
    this.remaining = undefined;
  }

  /** The current configuration, its count being what is left of it; null when none. */
  current(): FaultConfig | null {
    if (!this.config) return null;
    const { kind, errorRate } = this.config;
    return {
      ...this.config,
      ...(kind ? { errorRate: errorRate ?? 1, when: this.config.when ?? "before" } : {}),
      ...(this.remaining !== undefined ? { count: this.remaining } : {}),
    };
  }

  /** What to do to one call of `method`; counts the injection against `count`. */
  plan(method: string | null): FaultPlan {
    const config = this.config;
    if (!config) return { latencyMs: 0 };
    if (config.methods && !(method !== null && config.methods.includes(method))) return { latencyMs: 0 };
    const latencyMs = config.latencyMs ?? 0;
    if (!config.kind || this.random() >= (config.errorRate ?? 1)) return { latencyMs };
    const injection: Injection = {
      kind: config.kind,
      when: config.when ?? "before",
      ...(config.code ? { code: config.code } : {}),
      ...(config.lateMs ? { lateMs: config.lateMs } : {}),
    };
    if (this.remaining !== undefined) {
      this.remaining--;
      if (this.remaining <= 0) this.clear();
    }
    return { latencyMs, injection };
  }

  /**
   * Answers with the fault. `errorEnvelope` renders an ERROR envelope in the current dialect,
   * for kind "code".
   */
  perform(res: ServerResponse, injection: Injection, errorEnvelope: (code: string) => string): void {
    switch (injection.kind) {
      case "http500":
        send(res, 500, "text/html; charset=utf-8", ERROR_PAGE);
        return;
      case "malformed":
        // Alternate the two ways a body can fail to be the envelope: not JSON, and JSON of another shape.
        this.malformedTurn++;
        if (this.malformedTurn % 2 === 1) {
          send(res, 200, "text/html; charset=utf-8", MAINTENANCE_PAGE);
        } else {
          send(res, 200, "application/json; charset=utf-8", NOT_THE_ENVELOPE);
        }
        return;
      case "hang": {
        const socket = res.socket;
        const timer = setTimeout(() => socket?.destroy(), HANG_LIMIT_MS);
        timer.unref();
        socket?.once("close", () => clearTimeout(timer));
        return;
      }
      case "reset":
        // A TCP reset, as a proxy dropping the connection would send.
        res.socket?.resetAndDestroy();
        return;
      case "code":
        send(res, 200, "application/json; charset=utf-8", errorEnvelope(injection.code ?? "NO_CREDITS"));
        return;
    }
  }
}

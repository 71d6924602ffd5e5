import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAdminRequest } from "./admin";
import { handleApiRequest } from "./api-http";
import { createContext, type SandboxContext, type SandboxSettings } from "./context";
import { isLoopback, sendJson } from "./http";
import { createSaver, loadState, type Saver } from "./persistence";

export interface SandboxOptions extends SandboxSettings {
  /** Keep the state in this file across restarts. */
  dataFile?: string;
}

export interface Sandbox {
  /** Starts listening; answers the origin, e.g. http://127.0.0.1:3100. */
  listen(port: number, host: string): Promise<string>;
  /** Stops the customers, saves the data file, closes every connection. */
  close(): Promise<void>;
  readonly url: string | undefined;
  readonly context: SandboxContext;
  /** The state came from the data file rather than from the seed. */
  readonly restored: boolean;
}

function origin(address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Builds the sandbox. Throws a readable error when the data file cannot be read. */
export function createSandbox(options: SandboxOptions): Sandbox {
  const onError = options.onError ?? ((error: unknown) => console.error("sandbox:", error));
  let saver: Saver | undefined;
  const initial = options.dataFile ? loadState(options.dataFile) : undefined;
  const context = createContext({ ...options, onError }, initial, () => saver?.schedule());
  if (options.dataFile) {
    saver = createSaver(options.dataFile, () => context.store.snapshot(), onError);
    // A fresh seed is saved at once, so the file exists from the first start.
    if (!initial) saver.schedule();
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    if (url.pathname === "/api/http/" || url.pathname === "/api/http") return handleApiRequest(req, res, context);
    if (url.pathname === "/_sandbox" || url.pathname.startsWith("/_sandbox/")) {
      if (!isLoopback(req.socket.remoteAddress)) {
        return sendJson(res, 403, { error: "The sandbox admin API only answers callers on this machine (loopback)." });
      }
      return handleAdminRequest(req, res, context, url);
    }
    sendJson(res, 404, { error: `Nothing at ${url.pathname}. The API is at /api/http/, the admin API under /_sandbox/.` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      onError(error);
      sendJson(res, 500, { error: "The sandbox failed to handle this request; see its standard error." });
    });
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  let url: string | undefined;
  return {
    context,
    restored: initial !== undefined,
    get url() {
      return url;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address();
          if (address === null || typeof address === "string") return reject(new Error("the sandbox has no TCP address"));
          url = origin(address);
          resolve(url);
        });
      });
    },
    close() {
      context.customers.stop();
      saver?.flush();
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Held (hanging) and idle keep-alive sockets would keep close() waiting.
        server.closeAllConnections();
      });
    },
  };
}

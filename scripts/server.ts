import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/auth/client-address";
import { EnvError, loadEnv } from "../lib/env";

/*
 * The app's HTTP server: Next's own request handler (the one `next start` and `next dev` use)
 * behind a listener that knows the socket. It writes the client's address into one header,
 * replacing whatever the client sent there, because inside Next the socket is out of reach
 * and X-Forwarded-For is whatever the client chose to send (the sign-in throttle counts by
 * address). `npm run dev` and `npm start` run it; see scripts/launch.ts.
 */
async function main(): Promise<void> {
  const dev = process.argv[2] === "dev";
  // tsx turns source maps on for the whole process, and Next's production chunks come with
  // theirs: every chunk loaded after the start had its map read and kept (about 270 ms of
  // this thread as the first polls came in, and megabytes of heap). `next start` runs without
  // them; so does production here (stacks in the logs name .next's files, as theirs do).
  if (!dev) process.setSourceMapsEnabled(false);
  const env = loadEnv();
  const server = http.createServer();
  const app = next({ dev, hostname: env.listenHost, port: env.PORT, httpServer: server });
  await app.prepare();
  if (!dev) await readyBeforeListening(app);
  const handle = app.getRequestHandler();
  server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], env.TRUST_PROXY_HOPS);
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.once("error", (error: NodeJS.ErrnoException) => {
    console.error(`Cannot listen on ${env.listenHost}:${env.PORT} (${error.code ?? error.message}).`);
    process.exit(1);
  });
  server.listen(env.PORT, env.listenHost, () => {
    console.log(`  Listening on http://${env.listenHost.includes(":") ? `[${env.listenHost}]` : env.listenHost}:${env.PORT}`);
  });
}

/**
 * Next starts its server lazily, on the first request: instrumentation.ts (which returns once
 * the inbox can answer at speed, lib/start.ts) and then the loading of every route's module
 * (about half a second of this thread) ran as the first agents' polls came in, and made them
 * wait. Both are done here, before the port opens, through Next's own preload (it runs the
 * start first). That method is not a public API: were it gone, the start happens on the first
 * request as before.
 */
async function readyBeforeListening(app: ReturnType<typeof next>): Promise<void> {
  type Inner = { unstable_preloadEntries?: () => Promise<void> };
  const wrapper = (app as unknown as { server?: { getServer?: () => Promise<Inner> } }).server;
  const inner = await wrapper?.getServer?.();
  await inner?.unstable_preloadEntries?.();
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});

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
  const env = loadEnv();
  const server = http.createServer();
  const app = next({ dev, hostname: env.listenHost, port: env.PORT, httpServer: server });
  await app.prepare();
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

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});

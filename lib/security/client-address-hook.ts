// Why this exists: rate limits need the client's address, but Next.js route handlers and server
// actions only see headers, and Next fills X-Forwarded-For from the socket only when the client
// did not send one, so a client could name any address it liked. Before Next sees a request,
// this writes the address worked out from the socket (and, behind TRUSTED_PROXIES proxies,
// from X-Forwarded-For) into CLIENT_IP_HEADER, replacing any value the client sent.
import { Server, type IncomingMessage } from "node:http";
import { trustedProxies } from "@/lib/config";
import { CLIENT_IP_HEADER, clientAddressFrom } from "@/lib/rate-limit/rules";

const installed = Symbol.for("lagspill.clientAddressHook");

/** Installs the hook once per process (instrumentation's register() may run more than once in dev). */
export function installClientAddressHook(): void {
  const proto = Server.prototype as Server & { [installed]?: true };
  if (proto[installed]) return;
  const proxies = trustedProxies();
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") setClientAddress(args[0] as IncomingMessage, proxies);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Server["emit"];
  proto[installed] = true;
}

function setClientAddress(req: IncomingMessage, proxies: number): void {
  const forwarded = req.headers["x-forwarded-for"];
  const address = clientAddressFrom(
    req.socket?.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    proxies,
  );
  if (address) req.headers[CLIENT_IP_HEADER] = address;
  else delete req.headers[CLIENT_IP_HEADER];
}

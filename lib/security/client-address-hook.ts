// Why this exists: rate limits need the client's address, but Next.js route handlers and server
// actions only see headers, and Next fills X-Forwarded-For from the socket only when the client
// did not send one, so a client could name any address it liked. Before Next sees a request,
// this writes the address worked out from the socket (and, behind TRUSTED_PROXIES proxies,
// from X-Forwarded-For) into CLIENT_IP_HEADER, stamped with a secret of this process so that a
// client's own value, on a request that came before the hook, is never taken for it.
import { randomBytes } from "node:crypto";
import { Server, type IncomingMessage } from "node:http";
import { trustedProxies } from "@/lib/config";
import {
  CLIENT_IP_HEADER,
  clientAddressFrom,
  processStamp,
  setProcessStamp,
  stampedAddress,
} from "@/lib/rate-limit/rules";

/** Installs the hook once per process (instrumentation's register() may run more than once in dev). */
export function installClientAddressHook(): void {
  if (processStamp()) return;
  const stamp = randomBytes(18).toString("base64url");
  const proxies = trustedProxies();
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") setClientAddress(args[0] as IncomingMessage, proxies, stamp);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Server["emit"];
  setProcessStamp(stamp);
}

function setClientAddress(req: IncomingMessage, proxies: number, stamp: string): void {
  const forwarded = req.headers["x-forwarded-for"];
  const address = clientAddressFrom(
    req.socket?.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    proxies,
  );
  if (address) req.headers[CLIENT_IP_HEADER] = stampedAddress(address, stamp);
  else delete req.headers[CLIENT_IP_HEADER];
}

import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/rate-limit/rules";
import { installClientAddressHook } from "./client-address-hook";

// A real server, as `next start` creates one: the hook must act before the request listener runs.
let server: Server;
let seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  delete process.env.TRUSTED_PROXIES;
  installClientAddressHook();
  installClientAddressHook(); // a second register() in dev must not wrap twice
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>): Promise<void> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, headers }, (res) => res.resume().on("end", resolve))
      .on("error", reject)
      .end();
  });
}

describe("the client address hook", () => {
  it("marks each request with the socket's address, whatever the client claims", async () => {
    seen = [];
    await get({ "x-forwarded-for": "203.0.113.7", [CLIENT_IP_HEADER]: "198.51.100.1" });
    await get({});
    const headers = seen.map((h) => new Headers(h as Record<string, string>));
    expect(headers.map((h) => clientIp(h))).toEqual(["127.0.0.1", "127.0.0.1"]);
    expect(headers[0].get(CLIENT_IP_HEADER)).not.toContain("198.51.100.1");
    // Other headers stay as they came.
    expect(headers[0].get("x-forwarded-for")).toBe("203.0.113.7");
  });
});

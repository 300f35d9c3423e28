// A stand-in for the Resend API, shared by both app servers of the multi-server run.
// POST /emails answers like Resend (a repeated idempotency key sends nothing new);
// GET /__sent lists every idempotency key with its recipient and how many requests it got.
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 3303);
/** idempotency key → { to, requests } */
const byKey = new Map();

const server = createServer(async (req, res) => {
  let body = "";
  for await (const chunk of req) body += chunk;
  res.setHeader("content-type", "application/json");
  if (req.method === "GET" && req.url === "/health") return res.end("{}");
  if (req.method === "GET" && req.url === "/__sent") {
    return res.end(JSON.stringify([...byKey].map(([key, v]) => ({ key, ...v }))));
  }
  if (req.method === "POST" && req.url === "/emails") {
    const key = String(req.headers["idempotency-key"] ?? "");
    const to = [JSON.parse(body || "{}").to].flat().join(",");
    const entry = byKey.get(key) ?? { to, requests: 0, id: `stub-${byKey.size + 1}` };
    entry.requests++;
    byKey.set(key, entry);
    return res.end(JSON.stringify({ id: entry.id }));
  }
  res.statusCode = 404;
  res.end(JSON.stringify({ name: "not_found", message: "No such route", statusCode: 404 }));
});
server.listen(port, "127.0.0.1", () => console.log(`resend stub on ${port}`));

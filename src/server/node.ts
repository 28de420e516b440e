/**
 * The web service on Node's own `node:http`: each request is read (held to the byte
 * limit and the time limit as it arrives), handed to the Fetch handler as a `Request`,
 * and its `Response` written back. Shutting down stops accepting connections, answers
 * any request that still arrives on an open connection with 503 `shutting_down`, lets
 * the requests in flight finish, and closes idle connections.
 */
import { checkArgument, isObject } from "../arguments.js";
import { readFileSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { inputError, serviceError } from "./errors.js";
import type { HandlerOptions, ProvisionEntry, ServerLimits } from "./handler.js";
import { corsHeadersFor, createHandler, SERVER_LIMITS } from "./handler.js";

/** Options of {@link startServer}. */
export interface ServerOptions extends Omit<HandlerOptions, "shuttingDown"> {
  /** The address to listen on (default 127.0.0.1: this machine only). */
  readonly host?: string;
  /** The port (default 8080; 0: any free port). */
  readonly port?: number;
}

/** A running server. */
export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The Node server. */
  readonly server: Server;
  /** Requests being answered now. */
  readonly inFlight: () => number;
  /**
   * Stops: refuses new requests, finishes those in flight, then closes. Resolves to true when every
   * request in flight finished within `graceMs`, false when some were cut off.
   */
  readonly close: (graceMs?: number) => Promise<boolean>;
}

/**
 * The provision catalogue shipped with the package (law/provisions.json), read from the file,
 * when it is there. The handler does not need it (the same catalogue is compiled in); it is
 * for a caller who wants the file's rows as they are on disk.
 */
export function shippedProvisions(): readonly ProvisionEntry[] | undefined {
  // dist/*.js (ESM), or dist/*.cjs, where the bundler leaves `import.meta` empty and the module has its own __filename
  const meta: string | undefined = (import.meta as { url?: string }).url;
  const here = meta ?? (typeof __filename === "string" ? pathToFileURL(__filename).href : undefined);
  if (here === undefined) return undefined;
  for (const path of ["../law/provisions.json", "../../law/provisions.json"]) {
    try {
      const data = JSON.parse(readFileSync(new URL(path, here), "utf8")) as { provisions?: ProvisionEntry[] };
      if (Array.isArray(data.provisions)) {
        return data.provisions.map(({ id, document, clause, kind, summary, passage, otherPassages }) => ({
          id,
          document,
          clause,
          ...(kind === undefined ? {} : { kind }),
          ...(summary === undefined ? {} : { summary }),
          ...(passage === undefined ? {} : { passage }),
          ...(otherPassages === undefined ? {} : { otherPassages }),
        }));
      }
    } catch {
      // not at this path: try the next
    }
  }
  return undefined;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Uint8Array | string | null): void {
  if (res.headersSent) return;
  res.writeHead(status, headers);
  res.end(body ?? undefined);
}

function sendError(res: ServerResponse, error: ReturnType<typeof serviceError>, extra: Record<string, string> = {}): void {
  send(res, error.body.status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...error.headers, ...extra }, `${JSON.stringify(error.body)}\n`);
}

/** Starts the web service; resolves once it listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  checkArgument(isObject(options), "options", { zh: "选项对象或不给出", en: "an options object or absent" }, options);
  const limits: ServerLimits = { ...SERVER_LIMITS, ...options.limits };
  let closing = false;
  let active = 0;
  let drained: (() => void) | null = null;
  // The provision catalogue is compiled into the handler; `options.provisions` may replace it.
  // host and port are the server's; the rest is the handler's, which refuses a key it does not know.
  const { host: _host, port: _port, ...handlerOptions } = options;
  const handler = createHandler({ ...handlerOptions, limits, shuttingDown: () => closing });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    // The listener's own answers carry the CORS headers the handler's do (review 49: a 413 a browser page could not read).
    const origin = req.headers.origin;
    const cors = corsHeadersFor(options.cors, typeof origin === "string" ? origin : null);
    if (closing) {
      // A request on a connection opened before the shutdown: refused, and the connection closed.
      sendError(res, serviceError(503, "shutting_down"), { connection: "close", ...cors });
      req.resume();
      return;
    }
    active += 1;
    try {
      const body = await readRequest(req, res, limits, cors);
      if (body === null) return;
      const host = req.headers.host ?? "localhost";
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      const method = req.method ?? "GET";
      const request = new Request(new URL(req.url ?? "/", `http://${host}`), { method, headers, ...(method === "GET" || method === "HEAD" ? {} : { body }) });
      const response = await handler(request);
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      if (closing) out["connection"] = "close";
      const bytes = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
      send(res, response.status, out, bytes);
    } catch (error) {
      options.onError?.(error, new Request(`http://localhost${req.url ?? "/"}`));
      sendError(res, serviceError(500, "internal_error"), cors);
    } finally {
      active -= 1;
      if (active === 0 && drained !== null) drained();
    }
  });
  // Node's own timeout is a backstop; readRequest answers a slow body first, in JSON.
  server.requestTimeout = limits.timeLimitMs + 5_000;
  server.headersTimeout = Math.min(60_000, limits.timeLimitMs + 5_000);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    server,
    inFlight: () => active,
    close: (graceMs = 10_000) =>
      new Promise<boolean>((resolve) => {
        closing = true;
        server.close();
        server.closeIdleConnections();
        let done = false;
        const finish = (clean: boolean) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          server.closeAllConnections();
          resolve(clean);
        };
        const timer = setTimeout(() => finish(false), graceMs);
        if (active === 0) finish(true);
        else drained = () => finish(true);
      }),
  };
}

/**
 * Reads a request's body, held to the byte limit as it arrives and to the time limit;
 * answers 413 or 408 itself (and returns null) when one is passed. The rest of an
 * oversized body is read and dropped, so the client sees the answer.
 */
function readRequest(req: IncomingMessage, res: ServerResponse, limits: ServerLimits, cors: Record<string, string>): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "NaN");
    // The library's own code and message, as for a file over the limit on the command line.
    const tooLarge = inputError(413, "input_too_large", { limit: limits.maxBodyBytes });
    if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
      sendError(res, tooLarge, cors);
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const timer = setTimeout(() => {
      sendError(res, serviceError(408, "request_timeout", { limit: limits.timeLimitMs }), { connection: "close", ...cors });
      req.destroy();
      resolve(null);
    }, limits.timeLimitMs);
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      clearTimeout(timer);
      if (over) {
        sendError(res, tooLarge, cors);
        resolve(null);
      } else resolve(new Uint8Array(Buffer.concat(chunks, size)));
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

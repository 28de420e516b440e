/** `skills-subsidy serve`: the web service (src/server), until SIGTERM or SIGINT. */
import { parseArgs } from "node:util";
import { SERVER_LIMITS } from "../../server/handler.js";
import { startServer } from "../../server/node.js";
import type { Io } from "../io.js";
import { UsageError } from "../io.js";

export const SERVE_HELP = `Usage: skills-subsidy serve [--host <address>] [--port <n>] [--cors <origin>] [limits]

Serves the library as an HTTP JSON API (docs/server.md): POST /evaluate, /explain, /diff;
GET /policies, /parameters, /provisions, /schemas/{record}, /health, and the OpenAPI 3.1
document at /openapi.json (also shipped as schemas/openapi.json). Prints its URL when it
listens.

  --host <address>      the address to listen on (default 127.0.0.1: this machine only)
  --port <n>            the port (default 8080; 0: any free port)
  --cors <origin>       let pages from this origin (or *) call the service from a browser;
                        without it no CORS headers are sent
  --max-body <bytes>    the largest request body (default ${SERVER_LIMITS.maxBodyBytes}): 413 past it
  --max-claims <n>      the most claims in one request (default ${SERVER_LIMITS.maxClaims}): 413 past it
  --time-limit <ms>     the longest one request may take (default ${SERVER_LIMITS.timeLimitMs}): 503 past it
  --grace <ms>          on SIGTERM/SIGINT, how long requests in flight may take to finish (default 10000)

Shutdown: on SIGTERM or SIGINT the service refuses new requests (503 shutting_down),
finishes those in flight and exits 0; if some are still running after --grace, they are
cut off and it exits 143 (SIGTERM) or 130 (SIGINT). A second signal exits at once.

Exit codes: 0 stopped cleanly; 2 usage error or the address cannot be listened on;
130/143 stopped by a signal with requests cut off.
`;

function count(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not ${JSON.stringify(text)}`);
  return Number(text);
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export async function serve(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      host: { type: "string" },
      port: { type: "string" },
      cors: { type: "string" },
      "max-body": { type: "string" },
      "max-claims": { type: "string" },
      "time-limit": { type: "string" },
      grace: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    await io.stdout(SERVE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const port = count("port", values.port, 8080, 0);
  if (port > 65535) throw new UsageError(`--port must be 0 to 65535, not ${port}`);
  const limits = {
    maxBodyBytes: count("max-body", values["max-body"], SERVER_LIMITS.maxBodyBytes, 1),
    maxClaims: count("max-claims", values["max-claims"], SERVER_LIMITS.maxClaims, 1),
    timeLimitMs: count("time-limit", values["time-limit"], SERVER_LIMITS.timeLimitMs, 1),
  };
  const grace = count("grace", values.grace, 10_000, 0);
  if (values.cors !== undefined && values.cors !== "*" && !/^https?:\/\/[^/\s]+$/.test(values.cors)) {
    throw new UsageError(`--cors must be an origin such as https://example.gov.cn (scheme and host, no path) or *, not ${JSON.stringify(values.cors)}`);
  }
  let running;
  try {
    running = await startServer({
      host: values.host ?? "127.0.0.1",
      port,
      limits,
      ...(values.cors === undefined ? {} : { cors: values.cors }),
      onError: (error, request) => io.stderr(`skills-subsidy serve: ${request.method} ${new URL(request.url).pathname}: ${(error as Error).stack ?? String(error)}\n`),
    });
  } catch (error) {
    throw new UsageError(`cannot listen on ${values.host ?? "127.0.0.1"}:${port}: ${(error as Error).message}`);
  }
  const server = running;
  await io.stdout(`skills-subsidy serve: listening on ${server.url}\n`);
  // This command ends by a signal, gracefully: it replaces the command line's
  // "interrupted, exit now" handlers with ones that drain the requests in flight.
  return new Promise<number>((resolve) => {
    let stopping = false;
    for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
      process.removeAllListeners(signal);
      process.on(signal, () => {
        if (stopping) process.exit(code);
        stopping = true;
        io.stderr(`skills-subsidy serve: ${signal}：停止接受新请求，等待 ${server.inFlight()} 个请求完成 / ${signal}: refusing new requests, finishing ${server.inFlight()} in flight\n`);
        void server.close(grace).then((clean) => {
          io.stderr(clean ? "skills-subsidy serve: 已停止 / stopped\n" : `skills-subsidy serve: ${grace} 毫秒后仍有请求未完成，已中断 / requests still running after ${grace} ms were cut off\n`);
          resolve(clean ? 0 : code);
        });
      });
    }
  });
}

/** `skills-subsidy serve`: the web service (src/server), until SIGTERM or SIGINT. */
import { DEFAULT_POLICY, SERVER_LIMITS } from "../../server/handler.js";
import { startServer } from "../../server/node.js";
import { defineCommand } from "../frame.js";
import type { Io } from "../io.js";
import { UsageError } from "../io.js";
import { existsSync } from "node:fs";
import type { Policy } from "../../index.js";
import type { SubsidyCatalogue } from "../../records/catalogue.js";
import { POLICIES, subsidyCatalogue } from "../../index.js";
import { catalogueEditions, catalogueName, readJsonDocument } from "../options.js";

function count(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError("invalid_value", { option: `--${name}`, value: text, expected: { zh: `不小于 ${min} 的整数`, en: `a whole number ≥ ${min}` } });
  }
  return Number(text);
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Why the address cannot be listened on, naming the option at fault: the port (in use, not allowed) or the host (not this machine's, no such name). */
function cannotListen(address: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = (error as Error | null)?.message ?? String(error);
  if (code === "EADDRINUSE") return new UsageError("cannot_listen", { field: "--port", address, why: { zh: "端口已被占用", en: "the port is in use" } });
  if (code === "EACCES") return new UsageError("cannot_listen", { field: "--port", address, why: { zh: "没有使用该端口的权限", en: "permission denied for that port" } });
  if (code === "EADDRNOTAVAIL") return new UsageError("cannot_listen", { field: "--host", address, why: { zh: "本机没有这个地址", en: "this machine has no such address" } });
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new UsageError("cannot_listen", { field: "--host", address, why: { zh: "找不到这个主机名", en: "no such host name" } });
  return new UsageError("cannot_listen", { field: "--host", address, why: { zh: `监听失败（${detail}）`, en: detail } });
}

/**
 * `--catalogue [<policy>=]<file>`, each given: the catalogue editions by the policy they price (the
 * service's default policy, jiaxing-2019, when none is named). A policy named twice, a policy the
 * service does not serve, or one with no catalogue slot is a usage error naming the option.
 */
async function servedCatalogues(given: readonly string[], io: Io): Promise<Record<string, SubsidyCatalogue[]>> {
  const out: Record<string, SubsidyCatalogue[]> = {};
  for (const value of given) {
    const named = /^([a-z0-9-]+)=(.+)$/.exec(value);
    // `<word>=<file>` whose word is no policy the service serves, and which is no file either: a misspelt policy, said so.
    if (named !== null && !Object.hasOwn(POLICIES, named[1] as string) && !existsSync(value)) {
      const known = Object.keys(POLICIES);
      throw new UsageError("invalid_value", { option: "--catalogue", value, expected: { zh: `[<政策>=]<文件>，政策为服务提供的 ${known.join("、")} 之一（${named[1]} 不是）`, en: `[<policy>=]<file>, the policy one the service serves: ${known.join(", ")} (${named[1]} is not)` } });
    }
    const id = named !== null && Object.hasOwn(POLICIES, named[1] as string) ? (named[1] as string) : DEFAULT_POLICY;
    const file = named !== null && id === named[1] ? (named[2] as string) : value;
    if (Object.hasOwn(out, id)) {
      throw new UsageError("invalid_value", { option: "--catalogue", value, expected: { zh: `每个政策一个目录文件（${id} 已给出）`, en: `one catalogue file per policy (${id} was given one already)` } });
    }
    const policy = (POLICIES[id] as () => Policy)();
    if (policy.parameter(subsidyCatalogue.id) === undefined) {
      throw new UsageError("invalid_value", { option: "--catalogue", value, expected: { zh: `一个有补贴目录的政策（${id} 没有 ${subsidyCatalogue.id}）`, en: `a policy with a subsidy catalogue (${id} has no ${subsidyCatalogue.id})` } });
    }
    out[id] = catalogueEditions(await readJsonDocument(file, io), catalogueName(file));
  }
  return out;
}

export const SERVE = defineCommand({
  name: "serve",
  summary: "serve the library as an HTTP JSON API with an OpenAPI document (docs/server.md)",
  positionals: [],
  usage: "[--host <address>] [--port <n>] [--cors <origin>] [--catalogue [<policy>=]<file>]… [limits]",
  description: `Serves the library as an HTTP JSON API (docs/server.md): POST /evaluate, /explain, /diff;
GET /policies, /parameters, /provisions, /schemas/{record}, /health, and the OpenAPI 3.1
document at /openapi.json (also shipped as schemas/openapi.json). Prints its URL when it
listens.`,
  options: {
    host: { type: "string", value: "<address>", help: "the address to listen on (default 127.0.0.1: this machine only)" },
    port: { type: "string", value: "<n>", help: "the port (default 8080; 0: any free port)" },
    cors: { type: "string", value: "<origin>", help: "let pages from this origin (or *) call the service from a browser; without it no CORS headers are sent" },
    catalogue: {
      type: "string",
      multiple: true,
      value: "<[policy=]file>",
      help: "price a policy's training subsidy with this subsidy catalogue\n(a JSON edition or array of editions, as evaluate --catalogue);\n<policy>= names the policy (default jiaxing-2019); repeatable",
    },
    "max-body": { type: "string", value: "<bytes>", section: "Limits", help: `the largest request body (default ${SERVER_LIMITS.maxBodyBytes}): 413 past it` },
    "max-claims": { type: "string", value: "<n>", section: "Limits", help: `the most claims in one request (default ${SERVER_LIMITS.maxClaims}): 413 past it` },
    "time-limit": { type: "string", value: "<ms>", section: "Limits", help: `the longest one request may take (default ${SERVER_LIMITS.timeLimitMs}): 503 past it` },
    grace: { type: "string", value: "<ms>", section: "Limits", help: "on SIGTERM/SIGINT, how long requests in flight may take to finish (default 10000)" },
  },
  notes: `Shutdown: on SIGTERM or SIGINT the service refuses new requests (503 shutting_down),
finishes those in flight and exits 0; if some are still running after --grace, they are
cut off and it exits 143 (SIGTERM) or 130 (SIGINT). A second signal exits at once.`,
  exitCodes: [
    ["0", "stopped cleanly (SIGTERM or SIGINT, every request in flight finished)"],
    ["2", "usage error, or the address cannot be listened on"],
    ["130/143", "stopped by SIGINT/SIGTERM with requests cut off after --grace"],
  ],
  run: async ({ values }, io) => serve(values, io),
});

interface ServeValues {
  readonly host: string | undefined;
  readonly port: string | undefined;
  readonly cors: string | undefined;
  readonly catalogue: string[] | undefined;
  readonly "max-body": string | undefined;
  readonly "max-claims": string | undefined;
  readonly "time-limit": string | undefined;
  readonly grace: string | undefined;
}

async function serve(values: ServeValues, io: Io): Promise<number> {
  const port = count("port", values.port, 8080, 0);
  if (port > 65535) throw new UsageError("invalid_value", { option: "--port", value: String(values.port), expected: { zh: "0 至 65535 之间的整数", en: "0 to 65535" } });
  const limits = {
    maxBodyBytes: count("max-body", values["max-body"], SERVER_LIMITS.maxBodyBytes, 1),
    maxClaims: count("max-claims", values["max-claims"], SERVER_LIMITS.maxClaims, 1),
    timeLimitMs: count("time-limit", values["time-limit"], SERVER_LIMITS.timeLimitMs, 1),
  };
  const grace = count("grace", values.grace, 10_000, 0);
  if (values.cors !== undefined && values.cors !== "*" && !/^https?:\/\/[^/\s]+$/.test(values.cors)) {
    throw new UsageError("invalid_value", {
      option: "--cors",
      value: values.cors,
      expected: { zh: "来源（origin），如 https://example.gov.cn（协议和主机，不含路径），或 *", en: "an origin such as https://example.gov.cn (scheme and host, no path) or *" },
    });
  }
  const catalogues = await servedCatalogues(values.catalogue ?? [], io);
  let running;
  try {
    running = await startServer({
      catalogues,
      host: values.host ?? "127.0.0.1",
      port,
      limits,
      ...(values.cors === undefined ? {} : { cors: values.cors }),
      onError: (error, request) => io.stderr(`skills-subsidy serve: ${request.method} ${new URL(request.url).pathname}: ${(error as Error).stack ?? String(error)}\n`),
    });
  } catch (error) {
    throw cannotListen(`${values.host ?? "127.0.0.1"}:${port}`, error);
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

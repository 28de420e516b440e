/**
 * The shared/ folder that sits beside the checkout (the source texts and the provision
 * catalogue). Found by walking up from the working directory, so it is also found from
 * inside a mutation-testing sandbox, which lies below the checkout.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export function sharedPath(...parts: string[]): string {
  let dir = resolve(".");
  for (;;) {
    const candidate = join(dir, "..", "shared", ...parts);
    if (existsSync(candidate)) return relative(".", candidate) || ".";
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`shared/${parts.join("/")} not found beside the checkout`);
    dir = parent;
  }
}

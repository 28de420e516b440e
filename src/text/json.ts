/**
 * JSON texts read whole: the first key given twice in one object (which `JSON.parse` would
 * silently collapse to the last) and where a text stops being JSON. Used by the command line
 * (src/cli/input.ts) and the web service's Fetch handler (src/server/handler.ts).
 *
 * Browser-safe: no Node APIs.
 */

/**
 * The first key given twice in one object of a JSON text (which `JSON.parse` would
 * silently collapse to the last), with the path to it; keys are compared as decoded
 * (`"id"` and `"\u0069d"` are the same key). Only for text `JSON.parse` accepted. Given
 * what `JSON.parse` made of the text (`parsed`), a text with as many keys as its value
 * holds has none twice, and the answer (`null`) comes without walking the text's objects:
 * a key given twice is one key fewer in the value.
 * @example
 * duplicateKey('{"a":{"b":1,"b":2}}') // → {"key":"b","path":["a","b"]}
 * duplicateKey('{"a":{"b":1,"c":"b:"}}', JSON.parse('{"a":{"b":1,"c":"b:"}}')) // → null
 */
export function duplicateKey(text: string, parsed?: unknown): { key: string; path: (string | number)[] } | null {
  if (parsed !== undefined && keysInText(text) === keysIn(parsed)) return null;
  return firstDuplicateKey(text);
}

/**
 * What one walk of a parsed JSON value tells a reader of a text: how many own keys its
 * objects hold, nested ones included (a text with as many keys as that has no key twice:
 * {@link duplicateKey}), and whether an object or array lies deeper than `limit` (the
 * value itself at depth 1). Iterative, so depth cannot overflow the stack.
 * @example
 * jsonShape(JSON.parse('{"a":{"b":[{"c":1}]}}'), 3) // → {"keys":3,"deeper":true}
 * jsonShape(JSON.parse('{"a":{"b":[{"c":1}]}}'), 4) // → {"keys":3,"deeper":false}
 */
export function jsonShape(value: unknown, limit: number): { keys: number; deeper: boolean } {
  let keys = 0;
  let deeper = false;
  if (value === null || typeof value !== "object") return { keys, deeper };
  // Two stacks, each object with its depth: no pair is made per object.
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const v = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limit) deeper = true;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // Own keys only: an enumerable key inherited from a changed prototype must not stand in for one given twice.
    const own = Object.keys(v);
    keys += own.length;
    for (let i = 0; i < own.length; i++) {
      const child = (v as Record<string, unknown>)[own[i] as string];
      if (child !== null && typeof child === "object") {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return { keys, deeper };
}

/**
 * {@link duplicateKey} of a text whose keys {@link keysInText} counted as `keysInText` and whose parsed
 * value {@link jsonShape} found holding `keys`: `null` at once when the two agree, else the text's first
 * key given twice. The same answer as `duplicateKey(text, parsed)`, for a reader that walked the value already.
 */
export function duplicateKeyOf(text: string, keysInValue: number): { key: string; path: (string | number)[] } | null {
  return keysInText(text) === keysInValue ? null : firstDuplicateKey(text);
}

/** The first key given twice in one object of a text `JSON.parse` accepted, with its path, by walking the text. */
function firstDuplicateKey(text: string): { key: string; path: (string | number)[] } | null {
  const stack: { object: boolean; keys: Set<string> | null; at: string | number; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j === -1) return null;
        let backslashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        j += 1;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && top.object && top.expectKey) {
        const backslash = text.indexOf("\\", i + 1);
        const key = backslash !== -1 && backslash < j ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        const keys = top.keys as Set<string>;
        if (keys.has(key)) return { key, path: [...stack.slice(0, -1).map((f) => f.at), key] };
        keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) stack.push({ object: true, keys: new Set(), at: "", expectKey: true });
    else if (c === 0x5b) stack.push({ object: false, keys: null, at: 0, expectKey: false });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.object) top.expectKey = true;
        else top.at = (top.at as number) + 1;
      }
    }
  }
  return null;
}

/** How many keys a JSON text writes (strings followed by a colon), for a text `JSON.parse` accepted; -1 for an unterminated string. */
function keysInText(text: string): number {
  let keys = 0;
  // Outside a string the next quote always opens one: jump from string to string.
  for (let i = text.indexOf('"'); i !== -1; ) {
    let j = i + 1;
    for (;;) {
      j = text.indexOf('"', j);
      if (j === -1) return -1;
      let backslashes = 0;
      for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
      if (backslashes % 2 === 0) break;
      j += 1;
    }
    let k = j + 1;
    for (let c = text.charCodeAt(k); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++k));
    if (text.charCodeAt(k) === 0x3a) keys += 1;
    i = text.indexOf('"', j + 1);
  }
  return keys;
}

/** How many own keys the objects of a parsed JSON value hold, nested ones included; iterative, so depth cannot overflow the stack. */
function keysIn(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === "object") stack.push(item);
      continue;
    }
    // Own keys only: an enumerable key inherited from a changed prototype must not stand in for one given twice.
    const own = Object.keys(v);
    keys += own.length;
    for (const key of own) {
      const child = (v as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  return keys;
}

/**
 * Where a text that `JSON.parse` refused stops being JSON: the offset of the first
 * character that cannot continue it (the text's length when it ends too soon). An
 * iterative scan, so hostile depth cannot overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const stack: number[] = []; // 0 array, 1 object
  const ws = () => {
    for (let c = s.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = s.charCodeAt(++i));
  };
  const string = (): boolean => {
    if (s[i] !== '"') return false;
    for (i++; i < s.length; ) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c !== 92) i++;
      else if (s[i + 1] === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
        i += 6;
      } else if (s[i + 1] !== undefined && '"\\/bfnrt'.includes(s[i + 1] as string)) i += 2;
      else return false;
    }
    return false;
  };
  const key = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (s[i] !== ":") return false;
    i++;
    return true;
  };
  for (;;) {
    ws();
    const c = s[i];
    let done = true;
    if (c === "{" || c === "[") {
      i++;
      ws();
      if (s[i] === (c === "{" ? "}" : "]")) i++;
      else {
        stack.push(c === "{" ? 1 : 0);
        if (c === "{" && !key()) return i;
        done = false;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.slice(i, i + 512));
      if (m === null) return i;
      i += m[0].length;
    }
    if (!done) continue;
    for (;;) {
      ws();
      if (stack.length === 0) return i;
      const top = stack[stack.length - 1];
      if (s[i] === ",") {
        i++;
        if (top === 1 && !key()) return i;
        break;
      }
      if (s[i] === (top === 1 ? "}" : "]")) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

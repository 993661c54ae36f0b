// The built files after the terser pass: the script-tag global, and source maps chained back to the
// sources esbuild bundled (TeaVM's output and the entry module).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import vm from "node:vm";

const dist = new URL("../../../target/npm/dist/", import.meta.url);
const read = (name) => readFileSync(new URL(name, dist), "utf8");

test("the script-tag bundle defines one global, SwarmLoaderHls, and nothing else", () => {
  const context = vm.createContext({ console, performance, TextEncoder, TextDecoder, setTimeout, clearTimeout, crypto, Promise });
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(read("swarmloader-hlsjs.global.js"), context);
  const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k));
  assert.deepEqual(added, ["SwarmLoaderHls"]);
  assert.deepEqual(Object.keys(context.SwarmLoaderHls).sort(), ["CoreRequestError", "HlsJsP2PEngine", "RequestError", "generateStreamShortId"]);
});

for (const bundle of ["swarmloader-hlsjs.js", "swarmloader-hlsjs.global.js"]) {
  test(`${bundle}: its source map leads a string literal back to the same literal in its source`, () => {
    const code = read(bundle);
    assert.equal(code.trimEnd().split("\n").pop(), `//# sourceMappingURL=${bundle}.map`);
    const payload = JSON.parse(read(`${bundle}.map`));
    const map = new SourceMap(payload);
    for (const literal of ['"injectMixin needs the hls.js class"', '"manifest URL unknown: P2P stays off for this source"']) {
      const at = code.indexOf(literal);
      assert.ok(at > 0, literal);
      const lines = code.slice(0, at).split("\n");
      const entry = map.findEntry(lines.length - 1, lines[lines.length - 1].length);
      assert.match(entry.originalSource, /\/teavm\/swarmloader-hlsjs\.teavm\.js$/);
      const index = payload.sources.indexOf(entry.originalSource);
      assert.ok(existsSync(new URL(payload.sources[index], dist)), payload.sources[index]);
      const original = payload.sourcesContent[index].split("\n")[entry.originalLine];
      assert.equal(original.slice(entry.originalColumn, entry.originalColumn + literal.length), literal);
    }
  });
}

// Attributes a TeaVM bundle's bytes to Java classes and packages. Input: an UNMINIFIED TeaVM output,
// whose top-level declarations carry TeaVM's mangled class names (iscc_StreamConfig_build,
// ju_HashMap, $rt_...). The script minifies it with esbuild (with a source map), maps every minified
// byte back to the declaration it came from and sums per class or per package. The shares are
// indicative: the shipped bundle is minified by TeaVM first, which is about 17 % smaller in total.
//
// Build the input, then run (from the repository root):
//   mvn -q -B -o -Dquick process-classes -pl hlsjs-adapter -Dteavm.minify=false -Dteavm.dir=/tmp/unmin
//   node scripts/bundle-breakdown.mjs /tmp/unmin/swarmloader-hlsjs.teavm.js [package|class] [rows]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const [input, mode = "package", rows = "40"] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const code = readFileSync(input, "utf8");

// Owner of each source line: the top-level declaration (or class metadata row) it belongs to.
const owners = [];
let current = "$rt_prelude";
for (const line of code.split("\n")) {
  const m =
    /^function ([\w$]+)\(/.exec(line) ||
    /^(?:let |const |var )?([\w$]+) = /.exec(line) ||
    /^(?:\$rt_metadata\(\[)?([\w$]+), /.exec(line);
  if (m) {
    current = m[1];
  }
  owners.push(current);
}

const out = join(mkdtempSync(join(tmpdir(), "breakdown-")), "out.js");
execFileSync(join(root, "node_modules/.bin/esbuild"), [
  input, "--format=esm", "--minify", "--sourcemap", `--outfile=${out}`, "--log-level=error",
]);
const min = readFileSync(out, "utf8");
const map = JSON.parse(readFileSync(out + ".map", "utf8"));

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function vlq(s) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
const lineStarts = [];
let offset = 0;
for (const line of min.split("\n")) {
  lineStarts.push(offset);
  offset += line.length + 1;
}
const segments = [];
let sourceLine = 0;
map.mappings.split(";").forEach((line, i) => {
  let column = 0;
  for (const s of line ? line.split(",") : []) {
    const v = vlq(s);
    column += v[0];
    if (v.length > 1) {
      sourceLine += v[2];
      segments.push([lineStarts[i] + column, sourceLine]);
    }
  }
});

// TeaVM class prefix (iscc_StreamConfig) -> Java package, from the project's own sources.
const packages = new Map();
function scan(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      scan(path);
    } else if (name.endsWith(".java")) {
      const parts = relative(join(dir.slice(0, dir.indexOf("/java/") + 6)), path).split("/");
      const cls = parts.pop().replace(/\.java$/, "");
      packages.set(parts.map((p) => p[0]).join("") + "_" + cls, parts.join("."));
    }
  }
}
for (const module of ["core", "browser", "hlsjs-adapter", "shaka-adapter"]) {
  try {
    scan(join(root, module, "src/main/java"));
  } catch {
    // module absent in this checkout
  }
}
const CLASSLIB = { ju: "java.util", juf: "java.util", jl: "java.lang", jlr: "java.lang", ji: "java.io" };
function keyOf(decl) {
  if (decl.startsWith("$") || decl === "Long" || decl.startsWith("Long_")) {
    return "(TeaVM runtime, long emulation, string pool)";
  }
  const [prefix, cls = ""] = decl.split("_");
  const klass = prefix + "_" + cls.replace(/\$.*/, "");
  if (mode === "class") {
    return prefix + "_" + cls;
  }
  if (packages.has(klass) || CLASSLIB[prefix]) {
    return packages.get(klass) || CLASSLIB[prefix];
  }
  return prefix.startsWith("ot") ? "org.teavm (JSO and platform glue)" : "other (" + prefix + ")";
}

const bytes = new Map();
const text = new Map();
for (let i = 0; i < segments.length; i++) {
  const end = i + 1 < segments.length ? segments[i + 1][0] : min.length;
  const key = keyOf(owners[segments[i][1]]);
  bytes.set(key, (bytes.get(key) || 0) + end - segments[i][0]);
  text.set(key, (text.get(key) || "") + min.slice(segments[i][0], end));
}
const total = min.length;
console.log(`esbuild-minified total ${total} B, gzip ${gzipSync(min, { level: 9 }).length} B`);
console.log("  bytes  share  gzip-alone  " + mode);
for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
  const gz = gzipSync(text.get(key), { level: 9 }).length;
  console.log(`${String(n).padStart(7)} ${((100 * n) / total).toFixed(1).padStart(5)} % ${String(gz).padStart(8)}    ${key}`);
}

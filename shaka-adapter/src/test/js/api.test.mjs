// The package's JS surface: exports, the script-tag global, errors, config round trip, listeners.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import * as pkg from "../../../target/npm/dist/swarmloader-shaka.js";
import { ShakaP2PEngine, RequestError, CoreRequestError, generateStreamShortId } from "../../../target/npm/dist/swarmloader-shaka.js";
import { fakeShaka } from "./fakes.mjs";

test("exports exactly the public names", () => {
  assert.deepEqual(Object.keys(pkg).sort(), ["CoreRequestError", "RequestError", "ShakaP2PEngine", "generateStreamShortId"]);
});

test("the script-tag bundle defines one global, SwarmLoaderShaka, and nothing else", () => {
  const code = readFileSync(new URL("../../../target/npm/dist/swarmloader-shaka.global.js", import.meta.url), "utf8");
  const context = vm.createContext({ console, performance, TextEncoder, TextDecoder, setTimeout, clearTimeout, crypto, Promise });
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(code, context);
  const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k));
  assert.deepEqual(added, ["SwarmLoaderShaka"]);
  assert.deepEqual(Object.keys(context.SwarmLoaderShaka).sort(), ["CoreRequestError", "RequestError", "ShakaP2PEngine", "generateStreamShortId"]);
});

test("errors are real Error subclasses and short IDs follow the wire vectors", () => {
  const e = new RequestError("peer-closed", "gone");
  assert.ok(e instanceof RequestError && e instanceof Error);
  assert.equal(e.type, "peer-closed");
  const c = new CoreRequestError("aborted");
  assert.ok(c instanceof CoreRequestError && c instanceof Error && !(c instanceof RequestError));
  assert.equal(generateStreamShortId({ bitrate: 128000 }), "/RPXatgntdKVu5hXumPhUJEPAWs=");
});

test("constructor: needs a Shaka namespace (argument or global), errors name the key", () => {
  assert.throws(() => new ShakaP2PEngine({}), /Shaka Player namespace/);
  const { shaka } = fakeShaka();
  new ShakaP2PEngine(undefined, shaka);
  globalThis.shaka = shaka;
  try {
    new ShakaP2PEngine();
    new ShakaP2PEngine({ core: { swarmId: "s" }, somethingElse: 1 });
  } finally {
    delete globalThis.shaka;
  }
  assert.throws(() => new ShakaP2PEngine({ core: { simultaneousHttpDownloads: 0 } }, shaka), /core\.simultaneousHttpDownloads/);
  assert.throws(() => new ShakaP2PEngine({ core: { mainStream: { swarmId: 5 } } }, shaka), /core\.mainStream\.swarmId/);
});

test("getConfig, applyDynamicConfig and listeners work as in the hls.js engine", () => {
  const { shaka } = fakeShaka();
  const validate = async () => true;
  const engine = new ShakaP2PEngine({ core: { highDemandTimeWindow: 20, validateP2PSegment: validate, secondaryStream: { simultaneousP2PDownloads: 1 } } }, shaka);
  const config = engine.getConfig();
  assert.equal(config.core.highDemandTimeWindow, 20);
  assert.equal(config.core.mainStream.highDemandTimeWindow, 20);
  assert.equal(config.core.secondaryStream.simultaneousP2PDownloads, 1);
  assert.equal(config.core.validateP2PSegment, validate);
  config.core.highDemandTimeWindow = 99;
  assert.equal(engine.getConfig().core.highDemandTimeWindow, 20, "a deep copy");
  engine.applyDynamicConfig({ core: { httpErrorRetries: 7 } });
  assert.equal(engine.getConfig().core.mainStream.httpErrorRetries, 7);
  assert.throws(() => engine.applyDynamicConfig({ core: { announceTrackers: [] } }), /announceTrackers/);
  const fn = () => {};
  engine.addEventListener("onPeerConnect", fn);
  engine.removeEventListener("onPeerConnect", fn);
  engine.destroy();
  engine.destroy();
});

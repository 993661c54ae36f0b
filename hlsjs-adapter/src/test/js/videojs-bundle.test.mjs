// The built Video.js integration (dist/swarmloader-hlsjs-videojs*.js) with the real engine: the ES
// module shares the package's engine module, and the script-tag file works beside (and without)
// swarmloader-hlsjs.global.js. The handler's behaviour is tested on fakes in src/test/videojs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { HlsJsP2PEngine } from "../../../target/npm/dist/swarmloader-hlsjs.js";
import * as videojsEntry from "../../../target/npm/dist/swarmloader-hlsjs-videojs.js";
import { FakeHls } from "./fakes.mjs";

const dist = new URL("../../../target/npm/dist/", import.meta.url);
const read = (name) => readFileSync(new URL(name, dist), "utf8");
const HLS_SOURCE = { src: "https://cdn.example/master.m3u8", type: "application/x-mpegURL" };

/** hls.js as far as the source handler goes, on top of the engine tests' fake. */
class Hls extends FakeHls {
  static isSupported() {
    return true;
  }
  static Events = { MANIFEST_PARSED: "hlsManifestParsed", LEVELS_UPDATED: "hlsLevelsUpdated", LEVEL_SWITCHED: "hlsLevelSwitched", FRAG_BUFFERED: "hlsFragBuffered", ERROR: "hlsError" };
  attachMedia(media) {
    this.media = media;
  }
  loadSource(url) {
    this.url = url;
  }
  destroy() {
    this.destroyed = true;
  }
}

/** A videojs function with an Html5 tech, and a Video.js-style setSource on one tech. */
function fakeVideojs() {
  const Html5 = {
    sourceHandlers: [],
    registerSourceHandler(handler, index) {
      this.sourceHandlers.splice(index, 0, handler);
    },
  };
  const videojs = () => {};
  videojs.getTech = (name) => (name === "Html5" ? Html5 : undefined);
  videojs.getPlayer = () => undefined;
  const tech = { options_: {}, el: () => ({ tagName: "VIDEO" }) };
  const player = { tech: () => tech };
  const play = (source) => Html5.sourceHandlers.find((h) => h.canHandleSource(source)).handleSource(source, tech, tech.options_);
  return { videojs, Html5, tech, player, play };
}

test("the ES module imports the engine from ./swarmloader-hlsjs.js instead of bundling it", () => {
  const code = read("swarmloader-hlsjs-videojs.js");
  assert.match(code, /^import\{HlsJsP2PEngine as \w+\}from"\.\/swarmloader-hlsjs\.js";/);
  assert.ok(code.length < 20000, `${code.length} bytes: the engine must not be in this file`);
  assert.deepEqual(Object.keys(videojsEntry).sort(), ["getP2PEngine", "registerSwarmLoader"]);
});

test("the ES module plays an HLS source with the package's HlsJsP2PEngine", () => {
  const { videojs, Html5, tech, player, play } = fakeVideojs();
  assert.equal(videojsEntry.registerSwarmLoader(videojs, Hls, { p2p: { core: { swarmId: "esm" } } }), true);
  assert.equal(Html5.sourceHandlers.length, 1);
  const handler = play(HLS_SOURCE);
  const engine = videojsEntry.getP2PEngine(player);
  assert.ok(engine instanceof HlsJsP2PEngine, "one engine module, shared with the main entry");
  assert.equal(engine.getConfig().core.swarmId, "esm");
  assert.equal(tech.hls.url, HLS_SOURCE.src);
  assert.equal(tech.hls.userConfig.liveDurationInfinity, true);
  handler.dispose();
  assert.equal(videojsEntry.getP2PEngine(player), null);
});

test("the script-tag file defines SwarmLoaderVideojs only, and asks for SwarmLoaderHls when it is missing", () => {
  const context = vm.createContext({ console, setTimeout, clearTimeout });
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(read("swarmloader-hlsjs-videojs.global.js"), context);
  const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k));
  assert.deepEqual(added, ["SwarmLoaderVideojs"]);
  const api = context.SwarmLoaderVideojs;
  assert.deepEqual(Object.keys(api).sort(), ["getP2PEngine", "registerSwarmLoader"]);
  assert.equal(api.getP2PEngine(fakeVideojs().player), null);
  const { videojs, Html5 } = fakeVideojs();
  assert.throws(() => api.registerSwarmLoader(videojs, Hls), /SwarmLoaderHls is missing; load swarmloader-hlsjs\.global\.js/);
  assert.equal(Html5.sourceHandlers.length, 0);
});

test("the script-tag file takes its engine from swarmloader-hlsjs.global.js", () => {
  const context = vm.createContext({ console, performance, TextEncoder, TextDecoder, setTimeout, clearTimeout, crypto, Promise });
  // As two <script> tags, in this order; the page's globals are the context's.
  vm.runInContext(read("swarmloader-hlsjs.global.js"), context);
  vm.runInContext(read("swarmloader-hlsjs-videojs.global.js"), context);
  const { videojs, player, play } = fakeVideojs();
  assert.equal(context.SwarmLoaderVideojs.registerSwarmLoader(videojs, Hls, { p2p: { core: { swarmId: "global" } } }), true);
  const handler = play(HLS_SOURCE);
  const engine = context.SwarmLoaderVideojs.getP2PEngine(player);
  assert.ok(engine instanceof context.SwarmLoaderHls.HlsJsP2PEngine);
  assert.equal(engine.getConfig().core.swarmId, "global");
  handler.dispose();
  assert.equal(player.tech().hls, undefined);
});

for (const bundle of ["swarmloader-hlsjs-videojs.js", "swarmloader-hlsjs-videojs.global.js"]) {
  test(`${bundle}: its source map names the integration's source`, () => {
    assert.equal(read(bundle).trimEnd().split("\n").pop(), `//# sourceMappingURL=${bundle}.map`);
    const map = JSON.parse(read(`${bundle}.map`));
    assert.ok(map.sources.some((s) => s.endsWith("src/main/videojs/videojs-integration.js")), map.sources.join());
  });
}

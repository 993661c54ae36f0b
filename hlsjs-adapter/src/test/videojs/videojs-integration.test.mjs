// The Video.js source handler (src/main/videojs) driven in Node with fake Video.js, hls.js and
// engine objects (fakes.mjs): no browser and no TeaVM bundle needed.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { createSwarmLoaderVideojs, getP2PEngine } from "../../main/videojs/videojs-integration.js";
import { FakeEngine, FakeHls, fakeHtml5Tech, fakePlayer, fakeVideojs, levels } from "./fakes.mjs";

const HLS = "https://cdn.example/live/master.m3u8";
const { registerSwarmLoader } = createSwarmLoaderVideojs(FakeEngine);

beforeEach(() => {
  FakeHls.supported = true;
  FakeHls.instances = [];
  FakeEngine.mixinCalls = 0;
});

/** A registered videojs and one player with an HLS source set. */
function playing({ options, html5, qualityLevels } = {}) {
  const videojs = fakeVideojs();
  registerSwarmLoader(videojs, FakeHls, options);
  const player = fakePlayer(videojs, { html5, qualityLevels });
  const handler = player.setSource({ src: HLS, type: "application/x-mpegURL" });
  const hls = FakeHls.instances.at(-1);
  return { videojs, player, handler, hls };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("registers once, at index 0, ahead of VHS; a second call only updates the defaults", () => {
  const videojs = fakeVideojs();
  const Html5 = videojs.Html5;
  assert.equal(registerSwarmLoader(videojs, FakeHls, { p2p: { core: { swarmId: "a" } } }), true);
  assert.deepEqual(Html5.registerCalls, [0]);
  assert.equal(Html5.sourceHandlers.length, 2);
  assert.equal(Html5.sourceHandlers[0].name, "SwarmLoader");
  assert.equal(Html5.sourceHandlers[1].name, "VHS");

  assert.equal(registerSwarmLoader(videojs, FakeHls, { p2p: { core: { swarmId: "b" } } }), true);
  assert.deepEqual(Html5.registerCalls, [0]);
  assert.equal(Html5.sourceHandlers.length, 2);
  fakePlayer(videojs).setSource({ src: HLS, type: "application/x-mpegURL" });
  assert.equal(FakeHls.instances[0].p2pConfig.core.swarmId, "b");
});

test("a second copy of the integration (another engine class) finds the first registration", () => {
  const videojs = fakeVideojs();
  registerSwarmLoader(videojs, FakeHls);
  const other = createSwarmLoaderVideojs(class extends FakeEngine {});
  assert.equal(other.registerSwarmLoader(videojs, FakeHls), true);
  assert.deepEqual(videojs.Html5.registerCalls, [0]);
});

test("nothing is registered when hls.js is not supported (no MediaSource)", () => {
  FakeHls.supported = false;
  const videojs = fakeVideojs();
  assert.equal(registerSwarmLoader(videojs, FakeHls), false);
  assert.deepEqual(videojs.Html5.registerCalls, []);
});

test("bad arguments are TypeErrors that say what was expected", () => {
  const videojs = fakeVideojs();
  for (const bad of [undefined, {}, () => {}, Object.assign(() => {}, { getTech: () => undefined })]) {
    assert.throws(() => registerSwarmLoader(bad, FakeHls), (e) => e instanceof TypeError && /videojs/.test(e.message));
  }
  for (const bad of [undefined, {}, class {}, Object.assign(function () {}, { isSupported: () => true })]) {
    assert.throws(() => registerSwarmLoader(videojs, bad), (e) => e instanceof TypeError && /hls\.js class/.test(e.message));
  }
  assert.throws(() => registerSwarmLoader(videojs, FakeHls, 5), TypeError);
  assert.throws(() => registerSwarmLoader(videojs, FakeHls, { hlsConfig: {} }), (e) => e instanceof TypeError && /"hlsConfig"/.test(e.message));
  assert.throws(() => registerSwarmLoader(videojs, FakeHls, { p2p: "x" }), (e) => e instanceof TypeError && /p2p/.test(e.message));
  assert.throws(() => createSwarmLoaderVideojs({}), TypeError);
  assert.deepEqual(videojs.Html5.registerCalls, []);
});

test("canPlayType: the HLS MIME types, any case, with parameters; nothing else", () => {
  const videojs = fakeVideojs();
  registerSwarmLoader(videojs, FakeHls);
  const handler = videojs.Html5.sourceHandlers[0];
  for (const type of [
    "application/x-mpegURL",
    "application/vnd.apple.mpegurl",
    "audio/mpegurl",
    "audio/x-mpegurl",
    "APPLICATION/X-MPEGURL",
    'application/vnd.apple.mpegURL; codecs="avc1.64001f"',
  ]) {
    assert.equal(handler.canPlayType(type), "maybe", type);
  }
  for (const type of ["video/mp4", "application/dash+xml", "", undefined]) {
    assert.equal(handler.canPlayType(type), "", String(type));
  }
});

test("canHandleSource: by type when given, else by a .m3u8 URL (query and fragment ignored)", () => {
  const videojs = fakeVideojs();
  registerSwarmLoader(videojs, FakeHls);
  const handler = videojs.Html5.sourceHandlers[0];
  assert.equal(handler.canHandleSource({ src: "https://x/stream", type: "application/vnd.apple.mpegurl" }), "maybe");
  assert.equal(handler.canHandleSource({ src: "https://x/a.M3U8?token=1#t=3" }), "maybe");
  assert.equal(handler.canHandleSource({ src: "https://x/a.m3u8", type: "video/mp4" }), "");
  assert.equal(handler.canHandleSource({ src: "https://x/a.mp4" }), "");
  assert.equal(handler.canHandleSource({ src: "https://x/a.m3u8.mp4" }), "");
  assert.equal(handler.canHandleSource(undefined), "");
  // Video.js picks it over VHS for HLS and falls through to VHS otherwise.
  assert.equal(videojs.Html5.selectSourceHandler({ src: HLS, type: "application/x-mpegURL" }).name, "SwarmLoader");
  assert.equal(videojs.Html5.selectSourceHandler({ src: "a.mpd", type: "application/dash+xml" }).name, "VHS");
});

test("handleSource: hls.js with P2P, attached to the tech's video element, loading the source", () => {
  const onHlsJsCreated = (hls) => created.push(hls);
  const created = [];
  const { player, hls } = playing({ options: { p2p: { core: { announceTrackers: ["wss://t"] }, onHlsJsCreated } } });
  assert.equal(FakeEngine.mixinCalls, 1);
  assert.deepEqual(hls.calls, [["attachMedia", player.video], ["loadSource", HLS]]);
  assert.deepEqual(created, [hls]);
  assert.equal(player.tech_.hls, hls);
  assert.equal(getP2PEngine(player), hls.p2pEngine);
  assert.ok(hls.p2pEngine instanceof FakeEngine);
});

test("config: liveDurationInfinity by default; per-player options merged over the registration's", () => {
  const defaults = {
    p2p: { core: { announceTrackers: ["wss://a"], swarmId: "reg", mainStream: { simultaneousHttpDownloads: 2 } } },
    hlsjsConfig: { liveSyncDurationCount: 3, maxBufferLength: 30 },
  };
  const frozen = structuredClone(defaults);
  const html5 = {
    swarmloader: {
      p2p: { core: { swarmId: "player", mainStream: { simultaneousP2PDownloads: 5 } } },
      hlsjsConfig: { maxBufferLength: 10 },
    },
  };
  const { hls } = playing({ options: defaults, html5 });
  assert.equal(hls.config.liveDurationInfinity, true);
  assert.equal(hls.config.liveSyncDurationCount, 3);
  assert.equal(hls.config.maxBufferLength, 10);
  assert.deepEqual(hls.p2pConfig, {
    core: {
      announceTrackers: ["wss://a"],
      swarmId: "player",
      mainStream: { simultaneousHttpDownloads: 2, simultaneousP2PDownloads: 5 },
    },
  });
  // Copies, not the registration's objects.
  assert.notEqual(hls.p2pConfig.core, defaults.p2p.core);
  assert.notEqual(hls.p2pConfig.core.announceTrackers, defaults.p2p.core.announceTrackers);
  assert.deepEqual(defaults, frozen);

  // A page may turn liveDurationInfinity off.
  const off = playing({ options: { hlsjsConfig: { liveDurationInfinity: false } } });
  assert.equal(off.hls.config.liveDurationInfinity, false);
  const perPlayerOff = playing({ html5: { swarmloader: { hlsjsConfig: { liveDurationInfinity: false } } } });
  assert.equal(perPlayerOff.hls.config.liveDurationInfinity, false);
});

test("config: functions, classes and class instances are passed by reference; other realms' objects are plain", () => {
  class Abr {}
  const storage = new (class Storage {})();
  const factory = () => storage;
  const options = vm.runInNewContext("({ p2p: { core: { swarmId: 'frame' } }, hlsjsConfig: { cmcd: { sessionId: 's' } } })");
  options.hlsjsConfig.abrController = Abr;
  options.hlsjsConfig.fetchSetup = storage;
  options.p2p.core.customSegmentStorageFactory = factory;
  const { hls } = playing({ options });
  assert.equal(hls.config.abrController, Abr);
  assert.equal(hls.config.fetchSetup, storage);
  assert.equal(hls.p2pConfig.core.customSegmentStorageFactory, factory);
  assert.equal(hls.p2pConfig.core.swarmId, "frame");
  assert.deepEqual({ ...hls.config.cmcd }, { sessionId: "s" });
  assert.notEqual(hls.config.cmcd, options.hlsjsConfig.cmcd);
});

test("a bad per-player option becomes a Video.js error (code 4), not an exception in src()", async () => {
  const { player, handler } = playing({ html5: { swarmloader: { hlsjs: {} } } });
  assert.equal(FakeHls.instances.length, 0);
  assert.equal(getP2PEngine(player), null);
  assert.deepEqual(player.errors, []);
  await tick();
  assert.equal(player.errors.length, 1);
  assert.equal(player.errors[0].code, 4);
  assert.match(player.errors[0].message, /"hlsjs"/);
  handler.dispose();
});

test("an engine config error (thrown by the constructor) also becomes a Video.js error", async () => {
  class ThrowingEngine extends FakeEngine {
    static injectMixin() {
      return class {
        constructor() {
          throw new Error("Invalid config: core.simultaneousHttpDownloads");
        }
      };
    }
  }
  const videojs = fakeVideojs();
  createSwarmLoaderVideojs(ThrowingEngine).registerSwarmLoader(videojs, FakeHls);
  const player = fakePlayer(videojs);
  player.setSource({ src: HLS, type: "application/x-mpegURL" });
  await tick();
  assert.equal(player.errors[0].code, 4);
  assert.match(player.errors[0].message, /core\.simultaneousHttpDownloads/);
});

test("quality levels: one per hls.js level, with id, size and bitrate", () => {
  const { player, hls } = playing();
  assert.equal(player.list.length, 0);
  hls.parseManifest(levels());
  const list = player.list;
  assert.equal(list.length, 3);
  assert.deepEqual(
    list.levels_.map((l) => [l.id, l.width, l.height, l.bitrate, l.enabled]),
    [["0", 640, 360, 800000, true], ["1", 1280, 720, 2500000, true], ["2", 1920, 1080, 5000000, true]],
  );
});

test("quality levels: one enabled level is chosen in hls.js; all enabled is automatic", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  const list = player.list;
  hls.calls = [];

  // A quality menu selecting 720p: every other level disabled.
  list[0].enabled = false;
  list[2].enabled = false;
  assert.deepEqual(hls.calls, [["currentLevel", 1]]);
  assert.equal(hls.manualLevel, 1);
  assert.equal(list[1].enabled, true);
  assert.equal(list[0].enabled, false);

  // Selecting 1080p: the menu enables it first, then disables 720p.
  hls.calls = [];
  list[2].enabled = true; // two enabled: automatic
  list[1].enabled = false; // one enabled: 1080p
  assert.deepEqual(hls.calls, [["nextLevel", -1], ["currentLevel", 2]]);

  // "Auto": everything enabled again, without a buffer flush (nextLevel, not currentLevel).
  hls.calls = [];
  for (const level of list.levels_) level.enabled = true;
  assert.deepEqual(hls.calls, [["nextLevel", -1]]);
  assert.equal(hls.manualLevel, -1);
});

test("quality levels: LEVEL_SWITCHED sets selectedIndex and triggers 'change'", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  const list = player.list;
  list.events = [];
  hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 2 });
  assert.equal(list.selectedIndex, 2);
  assert.deepEqual(list.events, [{ type: "change", selectedIndex: 2 }]);
  hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 2 });
  assert.equal(list.events.length, 1, "no change event when the level stays");
  hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 0 });
  assert.equal(list.selectedIndex, 0);
  assert.deepEqual(list.events.at(-1), { type: "change", selectedIndex: 0 });
});

test("quality levels: LEVELS_UPDATED (a level removed by hls.js) rebuilds the list, keeping enabled flags", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  const list = player.list;
  list[0].enabled = false;
  hls.levels = hls.levels.slice(0, 2); // hls.js dropped 1080p
  hls.emit(FakeHls.Events.LEVELS_UPDATED, { levels: hls.levels });
  assert.deepEqual(list.levels_.map((l) => [l.id, l.enabled]), [["0", false], ["1", true]]);
});

test("quality levels: cleared on dispose and on a new source; none without the plugin", () => {
  const { player, hls, handler } = playing();
  hls.parseManifest(levels());
  hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 1 });
  handler.dispose();
  assert.equal(player.list.length, 0);
  assert.equal(player.list.selectedIndex, -1);

  // Levels another handler left behind are cleared when this one starts.
  player.list.addQualityLevel({ id: "stale", bandwidth: 1, enabled: () => true });
  player.setSource({ src: HLS, type: "application/x-mpegURL" });
  assert.equal(player.list.length, 0);

  const bare = playing({ qualityLevels: false });
  bare.hls.parseManifest(levels());
  bare.hls.emit(FakeHls.Events.LEVEL_SWITCHED, { level: 1 });
  bare.handler.dispose();
  assert.deepEqual(bare.hls.calls.at(-1), ["destroy"]);
});

test("errors: non-fatal ignored; fatal network → one startLoad(), then Video.js error code 2", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  hls.calls = [];
  const network = { type: "networkError", details: "fragLoadError", fatal: true, error: new Error("HTTP 503") };
  hls.emit(FakeHls.Events.ERROR, { ...network, fatal: false });
  assert.deepEqual(hls.calls, []);
  hls.emit(FakeHls.Events.ERROR, network);
  assert.deepEqual(hls.calls, [["startLoad"]]);
  assert.deepEqual(player.errors, []);
  hls.emit(FakeHls.Events.ERROR, network);
  assert.deepEqual(hls.calls, [["startLoad"]]);
  assert.deepEqual(player.errors, [{ code: 2, message: "hls.js networkError: fragLoadError (HTTP 503)" }]);
});

test("errors: fatal media → one recoverMediaError(), then Video.js error code 4", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  hls.calls = [];
  const media = { type: "mediaError", details: "bufferAppendError", fatal: true };
  hls.emit(FakeHls.Events.ERROR, media);
  assert.deepEqual(hls.calls, [["recoverMediaError"]]);
  hls.emit(FakeHls.Events.ERROR, media);
  assert.deepEqual(player.errors, [{ code: 4, message: "hls.js mediaError: bufferAppendError" }]);
});

test("errors: the retry budget comes back once a fragment is buffered again", () => {
  const { player, hls } = playing();
  hls.parseManifest(levels());
  hls.calls = [];
  const network = { type: "networkError", details: "fragLoadTimeOut", fatal: true };
  hls.emit(FakeHls.Events.ERROR, network);
  hls.emit(FakeHls.Events.FRAG_BUFFERED, {});
  hls.emit(FakeHls.Events.ERROR, network);
  assert.deepEqual(hls.calls, [["startLoad"], ["startLoad"]]);
  assert.deepEqual(player.errors, []);
});

test("errors: a fatal error before the manifest is parsed, or of another type, is reported at once", () => {
  const early = playing();
  early.hls.emit(FakeHls.Events.ERROR, { type: "networkError", details: "manifestLoadError", fatal: true });
  assert.deepEqual(early.player.errors, [{ code: 2, message: "hls.js networkError: manifestLoadError" }]);
  assert.ok(!early.hls.calls.some(([name]) => name === "startLoad"));

  const other = playing();
  other.hls.parseManifest(levels());
  other.hls.emit(FakeHls.Events.ERROR, { type: "keySystemError", details: "keySystemNoKeys", fatal: true });
  assert.deepEqual(other.player.errors, [{ code: 4, message: "hls.js keySystemError: keySystemNoKeys" }]);
});

test("errors: one reported before the video element's loadstart is shown again after it", () => {
  // Switching to a 404 manifest: hls.js fails before the element fires loadstart, on which
  // Video.js clears the player's error.
  const { player, hls } = playing();
  hls.emit(FakeHls.Events.ERROR, { type: "networkError", details: "manifestLoadError", fatal: true });
  player.tech_.trigger("loadstart");
  const error = { code: 2, message: "hls.js networkError: manifestLoadError" };
  assert.deepEqual(player.errors, [error, null, error]);
  player.tech_.trigger("loadstart");
  assert.equal(player.errors.length, 4, "only once");

  // After loadstart, an error is reported once.
  const later = playing();
  later.player.tech_.trigger("loadstart");
  later.hls.emit(FakeHls.Events.ERROR, { type: "otherError", details: "internalException", fatal: true });
  assert.deepEqual(later.player.errors, [null, { code: 4, message: "hls.js otherError: internalException" }]);
});

test("errors: without a player, the tech's error() gets them", () => {
  const videojs = fakeVideojs();
  registerSwarmLoader(videojs, FakeHls);
  const player = fakePlayer(videojs);
  delete videojs.players[player.id];
  player.setSource({ src: HLS, type: "application/x-mpegURL" });
  FakeHls.instances[0].emit(FakeHls.Events.ERROR, { type: "otherError", details: "internalException", fatal: true });
  assert.deepEqual(player.tech_.techErrors, [{ code: 4, message: "hls.js otherError: internalException" }]);
});

test("dispose: hls.destroy() (the engine with it), listeners off, tech.hls gone; idempotent", () => {
  const { player, hls, handler } = playing();
  const engine = hls.p2pEngine;
  assert.ok(hls.listenerCount() > 0);
  handler.dispose();
  handler.dispose();
  assert.deepEqual(hls.calls.filter(([name]) => name === "destroy"), [["destroy"]]);
  assert.equal(engine.destroyed, true);
  assert.equal(hls.listenerCount(), 0);
  assert.deepEqual(player.tech_.handlers.loadstart, []);
  assert.equal("hls" in player.tech_, false);
  assert.equal(getP2PEngine(player), null);
  // Events after dispose change nothing.
  hls.emit(FakeHls.Events.ERROR, { type: "networkError", details: "x", fatal: true });
  assert.deepEqual(player.errors, []);
});

test("a new source disposes the previous hls.js; getP2PEngine follows the current source", () => {
  const { player, hls } = playing();
  player.setSource({ src: "https://cdn.example/other.m3u8", type: "application/x-mpegURL" });
  const second = FakeHls.instances.at(-1);
  assert.notEqual(second, hls);
  assert.deepEqual(hls.calls.at(-1), ["destroy"]);
  assert.equal(player.tech_.hls, second);
  assert.equal(getP2PEngine(player), second.p2pEngine);

  // An MP4 next: VHS (standing in for the native handler here) plays it, SwarmLoader is gone.
  player.setSource({ src: "https://cdn.example/a.mp4", type: "video/mp4" });
  assert.deepEqual(second.calls.at(-1), ["destroy"]);
  assert.equal(getP2PEngine(player), null);
});

test("getP2PEngine: null for no player, a player without tech, or a tech without hls.js", () => {
  assert.equal(getP2PEngine(undefined), null);
  assert.equal(getP2PEngine({}), null);
  assert.equal(getP2PEngine({ tech: () => null }), null);
  assert.equal(getP2PEngine({ tech: () => ({ hls: {} }) }), null);
  let safety;
  const engine = {};
  assert.equal(getP2PEngine({ tech: (s) => ((safety = s), { hls: { p2pEngine: engine } }) }), engine);
  assert.deepEqual(safety, { IWillNotUseThisInPlugins: true });
});

test("the handler on a separate Html5 tech (another videojs copy) is registered separately", () => {
  const a = fakeVideojs();
  const b = fakeVideojs(fakeHtml5Tech());
  registerSwarmLoader(a, FakeHls);
  registerSwarmLoader(b, FakeHls);
  assert.deepEqual(a.Html5.registerCalls, [0]);
  assert.deepEqual(b.Html5.registerCalls, [0]);
});

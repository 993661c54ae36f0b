// The hls.js side, driven with a fake hls.js: mixin, loader classes, lazy binding, events.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HlsJsP2PEngine } from "../../../target/npm/dist/swarmloader-hlsjs.js";
import { FakeHls, FakeMedia, RecordingLoader, captureWarnings, details } from "./fakes.mjs";

const MASTER = "https://cdn.example/master.m3u8";
const LEVEL_URL = "https://cdn.example/v/720.m3u8";
const AUDIO_URL = "https://cdn.example/a/en.m3u8";

function manifestLoaded(hls, networkDetails = undefined) {
  hls.levels = [{ url: [LEVEL_URL], bitrate: 2000000 }];
  hls.audioTracks = [{ url: AUDIO_URL, name: "English" }];
  hls.emit("hlsManifestLoaded", {
    url: MASTER,
    networkDetails,
    levels: [{ url: LEVEL_URL, bitrate: 2000000, videoCodec: "avc1.64001f", width: 1280, height: 720, attrs: { "FRAME-RATE": "30" } }],
    audioTracks: [{ url: AUDIO_URL, audioCodec: "mp4a.40.2", lang: "en", name: "English", channels: "2" }, { name: "muxed" }],
  });
}

/** A storage that already holds every segment, so loads are answered without network. */
function fullStorage(log) {
  return {
    async initialize() {},
    onPlaybackUpdated(p, r) {
      log.push(["playback", p, r]);
    },
    onSegmentRequested(swarmId, streamId, segmentId) {
      log.push(["requested", swarmId, streamId, segmentId]);
    },
    async storeSegment() {},
    async getSegmentData(swarmId, streamId, segmentId) {
      return new Uint8Array([segmentId, 1, 2, 3]).buffer;
    },
    getUsage: () => ({ totalCapacity: 100, usedCapacity: 0 }),
    hasSegment: () => true,
    getStoredSegmentIds: () => [],
    setSegmentChangeCallback() {},
    destroy() {},
  };
}

function bound(config, userConfig = {}) {
  const engine = new HlsJsP2PEngine(config);
  const hls = new FakeHls(userConfig);
  Object.assign(hls.config, engine.getConfigForHlsJs());
  engine.bindHls(hls);
  const warnings = captureWarnings(() => hls.createPlaylistLoader());
  return { engine, hls, warnings };
}

test("injectMixin returns a real subclass wiring config, engine and onHlsJsCreated", () => {
  class Hls {
    constructor(config) {
      this.config = config;
    }
    static get version() {
      return "1.x";
    }
  }
  const HlsWithP2P = HlsJsP2PEngine.injectMixin(Hls);
  assert.equal(Object.getPrototypeOf(HlsWithP2P), Hls);
  assert.equal(HlsWithP2P.version, "1.x");
  let created;
  const userConfig = { maxBufferLength: 10, p2p: { core: { swarmId: "s1" }, onHlsJsCreated: (h) => (created = h) } };
  const hls = new HlsWithP2P(userConfig);
  assert.ok(hls instanceof Hls && hls instanceof HlsWithP2P);
  assert.equal(created, hls);
  assert.equal(hls.config.maxBufferLength, 10);
  assert.equal("p2p" in hls.config, false);
  assert.ok("p2p" in userConfig, "the application's object is not modified");
  assert.equal(typeof hls.config.fLoader, "function");
  assert.equal(typeof hls.config.pLoader, "function");
  assert.ok(hls.p2pEngine instanceof HlsJsP2PEngine);
  assert.equal(hls.config.fLoader.getEngine(), hls.p2pEngine);
  assert.equal(hls.p2pEngine.getConfig().core.swarmId, "s1");
  assert.throws(() => {
    "use strict";
    hls.p2pEngine = null;
  }, TypeError);
  assert.ok(new HlsWithP2P().p2pEngine instanceof HlsJsP2PEngine);
  class Deeper extends HlsWithP2P {}
  assert.ok(new Deeper({}).p2pEngine instanceof HlsJsP2PEngine);
  assert.throws(() => new HlsWithP2P({ p2p: { core: { p2pErrorRetries: "3" } } }), /core\.p2pErrorRetries/);
});

test("getConfigForHlsJs returns fresh classes bound to the engine", () => {
  const engine = new HlsJsP2PEngine();
  const a = engine.getConfigForHlsJs();
  const b = engine.getConfigForHlsJs();
  assert.deepEqual(Object.keys(a).sort(), ["fLoader", "pLoader"]);
  assert.notEqual(a.fLoader, b.fLoader);
  assert.notEqual(a.pLoader, b.pLoader);
  assert.equal(a.fLoader.getEngine(), engine);
  const f = new a.fLoader({ loader: RecordingLoader });
  assert.deepEqual(f.stats, {
    aborted: false, chunkCount: 0, bwEstimate: 0, retry: 0, total: 1, loaded: 1,
    loading: { start: 0, first: 0, end: 0 }, buffering: { start: 0, first: 0, end: 0 }, parsing: { start: 0, end: 0 },
  });
});

test("pLoader passes through to config.loader and binds lazily", () => {
  const { engine, hls } = bound();
  assert.ok(hls.handlerCount() >= 9, "hls.js events subscribed by name");
  for (const name of ["hlsManifestLoading", "hlsManifestLoaded", "hlsLevelUpdated", "hlsAudioTrackLoaded", "hlsDestroying"]) {
    assert.equal(hls.handlers.get(name)?.length, 1, name);
  }
  const p = hls.createPlaylistLoader();
  assert.equal(hls.handlerCount(), 9, "same instance: not subscribed twice");
  const inner = RecordingLoader.instances.at(-1);
  assert.equal(inner.config, hls.config);
  assert.equal(p.stats, inner.stats);
  p.load("ctx", "cfg", "cb");
  p.abort();
  p.destroy();
  assert.deepEqual(inner.calls.map((c) => c[0]), ["load", "abort", "destroy"]);
  assert.equal(p.getCacheAge(), 7);
  engine.destroy();
  assert.equal(hls.handlerCount(), 0, "destroy releases the binding");
});

test("a getter is evaluated at binding time and a new instance replaces the old one", () => {
  const engine = new HlsJsP2PEngine();
  const loaders = engine.getConfigForHlsJs();
  let current = null;
  engine.bindHls(() => current);
  new loaders.pLoader({ loader: RecordingLoader });
  const first = new FakeHls();
  current = first;
  new loaders.pLoader({ loader: RecordingLoader });
  assert.equal(first.handlerCount(), 9);
  const second = new FakeHls();
  second.media = new FakeMedia();
  current = second;
  new loaders.pLoader({ loader: RecordingLoader });
  assert.equal(first.handlerCount(), 0);
  assert.equal(second.handlerCount(), 9);
  assert.equal(second.media.count(), 3, "existing media element subscribed");
  second.emit("hlsDestroying", {});
  assert.equal(second.handlerCount(), 0);
  assert.equal(second.media.count(), 0);
  const third = new FakeHls();
  current = third;
  new loaders.pLoader({ loader: RecordingLoader });
  assert.equal(third.handlerCount(), 9, "the getter survives hls.destroy()");
});

test("unknown fragments go whole to the fallback loader with the same stats object", () => {
  const { hls } = bound();
  const f = hls.createFragmentLoader();
  const callbacks = { onSuccess() {}, onError() {} };
  const context = { url: "https://cdn.example/v/init.mp4", rangeStart: 0, rangeEnd: 0 };
  f.load(context, { timeout: 1 }, callbacks);
  const fallback = RecordingLoader.instances.at(-1);
  assert.equal(fallback.stats, f.stats);
  assert.equal(fallback.config, hls.config);
  assert.deepEqual(fallback.calls[0], ["load", context, { timeout: 1 }, callbacks]);
  f.abort();
  f.destroy();
  assert.deepEqual(fallback.calls.map((c) => c[0]), ["load", "abort", "destroy"]);
});

test("the application's own fLoader and pLoader are the fallbacks in mixin mode (§7 #16)", () => {
  class OwnF extends RecordingLoader {}
  class OwnP extends RecordingLoader {}
  class Hls extends FakeHls {}
  const HlsWithP2P = HlsJsP2PEngine.injectMixin(Hls);
  const hls = new HlsWithP2P({ fLoader: OwnF, pLoader: OwnP });
  assert.notEqual(hls.config.fLoader, OwnF);
  hls.config = { ...hls.config, loader: RecordingLoader };
  hls.createPlaylistLoader();
  assert.ok(RecordingLoader.instances.at(-1) instanceof OwnP);
  hls.createFragmentLoader().load({ url: "https://x.example/a.ts" }, {}, {});
  assert.ok(RecordingLoader.instances.at(-1) instanceof OwnF);
});

test("manifest URL falls back to the request URL with a warning (§7 #7)", () => {
  const { engine, hls } = bound({ core: { announceTrackers: [] } });
  const warnings = captureWarnings(() => manifestLoaded(hls, { custom: true }));
  assert.ok(warnings.some((w) => w.includes("redirects cannot be seen")), warnings.join("\n"));
  engine.destroy();
});

test("segments register by level index, so a redirected playlist still gets P2P (§7 #6)", async () => {
  const log = [];
  const { engine, hls } = bound({ core: { announceTrackers: [], customSegmentStorageFactory: () => fullStorage(log) } });
  captureWarnings(() => manifestLoaded(hls));
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: "https://redirected.example/720.m3u8", count: 6 }) });
  const f = hls.createFragmentLoader();
  const before = RecordingLoader.instances.length;
  const result = await new Promise((resolve, reject) => {
    const progress = [];
    f.load({ url: "https://cdn.example/v/seg2.ts", rangeStart: 0, rangeEnd: 0 }, {}, {
      onProgress: (...args) => progress.push(args),
      onSuccess: (response, stats, context, details) => resolve({ response, stats, context, details, progress }),
      onError: (e) => reject(new Error("onError " + JSON.stringify(e))),
    });
  });
  assert.equal(RecordingLoader.instances.length, before, "no fallback loader");
  assert.deepEqual([...new Uint8Array(result.response.data)], [2, 1, 2, 3], "VOD external ID = position 2");
  assert.equal(result.response.url, "https://cdn.example/v/seg2.ts");
  assert.equal(result.stats, f.stats);
  assert.equal(result.stats.total, 4);
  assert.equal(result.stats.loaded, 4);
  assert.ok(result.stats.loading.end >= result.stats.loading.first);
  assert.equal(result.stats.loading.start, result.stats.loading.first - 10);
  assert.ok(Number.isFinite(result.stats.loading.first), "no division by a zero bandwidth (§7 #17)");
  assert.equal(result.progress.length, 1);
  assert.equal(result.progress[0][2], result.response.data);
  assert.ok(log.some((e) => e[0] === "requested" && e[1] === MASTER && e[3] === 2));
  engine.destroy();
});

test("live playlists number by media sequence and sliding windows add and remove", async () => {
  const log = [];
  const { engine, hls } = bound({ core: { announceTrackers: [], customSegmentStorageFactory: () => fullStorage(log) } });
  captureWarnings(() => manifestLoaded(hls));
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, live: true, firstSn: 100, count: 6 }) });
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, live: true, firstSn: 102, count: 6 }) });
  const load = (url) =>
    new Promise((resolve) => {
      hls.createFragmentLoader().load({ url }, {}, {
        onSuccess: (r) => resolve(new Uint8Array(r.data)[0]),
        onError: (e) => resolve("error " + e.text),
      });
    });
  assert.equal(await load("https://cdn.example/v/seg107.ts"), 107);
  const before = RecordingLoader.instances.length;
  hls.createFragmentLoader().load({ url: "https://cdn.example/v/seg100.ts" }, {}, {});
  assert.equal(RecordingLoader.instances.length, before + 1, "a removed segment goes to the fallback");
  engine.destroy();
});

test("byte-range fragments match loader contexts with exclusive rangeEnd", async () => {
  const { engine, hls } = bound({ core: { announceTrackers: [], customSegmentStorageFactory: () => fullStorage([]) } });
  captureWarnings(() => manifestLoaded(hls));
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, ranges: true, count: 5 }) });
  const id = await new Promise((resolve) => {
    hls.createFragmentLoader().load({ url: "https://cdn.example/v/all.mp4", rangeStart: 3000, rangeEnd: 4000 }, {}, {
      onSuccess: (r) => resolve(new Uint8Array(r.data)[0]),
      onError: (e) => resolve("error " + e.text),
    });
  });
  assert.equal(id, 3);
  engine.destroy();
});

test("abort before the answer marks stats.aborted and calls onAbort; no success follows", async () => {
  const { engine, hls } = bound({ core: { announceTrackers: [], customSegmentStorageFactory: () => fullStorage([]) } });
  captureWarnings(() => manifestLoaded(hls));
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, count: 6 }) });
  const f = hls.createFragmentLoader();
  const events = [];
  f.load({ url: "https://cdn.example/v/seg1.ts" }, {}, {
    onSuccess: () => events.push("success"),
    onError: () => events.push("error"),
    onAbort: (stats, context, details) => events.push(["abort", stats === f.stats, typeof details]),
  });
  f.abort();
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(f.stats.aborted, true);
  assert.deepEqual(events, [["abort", true, "object"]]);
  engine.destroy();
});

test("tuning lowers buffers and sets liveSyncDurationCount only where the app did not", () => {
  const { engine, hls } = bound({ core: { announceTrackers: [] } }, { liveSyncDuration: undefined });
  captureWarnings(() => manifestLoaded(hls));
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, live: true, count: 10, target: 6 }) });
  assert.equal(hls.config.liveSyncDurationCount, 9);
  assert.equal(hls.config.maxBufferLength, 15);
  assert.equal(hls.config.maxMaxBufferLength, 15);
  const app = bound({ core: { announceTrackers: [] } }, { maxBufferLength: 60, liveSyncDurationCount: 3 });
  captureWarnings(() => manifestLoaded(app.hls));
  app.hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: LEVEL_URL, live: true, count: 10, target: 6 }) });
  assert.equal(app.hls.config.liveSyncDurationCount, 3);
  assert.equal(app.hls.config.maxBufferLength, 60);
  assert.equal(app.hls.config.maxMaxBufferLength, 600);
  engine.destroy();
  app.engine.destroy();
});

test("media element events report playback; detach removes them", () => {
  const log = [];
  const { engine, hls } = bound({ core: { announceTrackers: [], customSegmentStorageFactory: () => fullStorage(log) } });
  const media = new FakeMedia();
  hls.emit("hlsMediaAttached", { media });
  assert.equal(media.count(), 3);
  hls.emit("hlsMediaDetached", {});
  assert.equal(media.count(), 0);
  hls.emit("hlsMediaAttached", { media });
  engine.destroy();
  assert.equal(media.count(), 0);
});

// The Shaka side, driven with a fake Shaka namespace and player: plugin registration and restore,
// the scheme plugin (known and unknown requests, Range matching, abort, error mapping), the parser
// decorator, stream and segment registration, forced config and the player binding.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ShakaP2PEngine, CoreRequestError } from "../../../target/npm/dist/swarmloader-shaka.js";
import { FakePlayer, FakeReference, FakeIndex, FakeLazyIndex, FakeMetaIndex, captureWarnings, fakeShaka, fullStorage, manifest } from "./fakes.mjs";

const MPD = "https://cdn.example/manifest.mpd";
const DASH = "application/dash+xml";
const SEGMENT = 1;
const tick = () => new Promise((r) => setTimeout(r, 5));
const refs = (base, count, duration = 2) =>
  Array.from({ length: count }, (_, i) => new FakeReference([`${base}${i}.m4s`], i * duration, (i + 1) * duration));

function setup({ storage = () => fullStorage(), core = {}, fake = fakeShaka(), playerConfig } = {}) {
  ShakaP2PEngine.registerPlugins(fake.shaka);
  const engine = new ShakaP2PEngine({ core: { announceTrackers: [], customSegmentStorageFactory: storage, ...core } }, fake.shaka);
  const player = new FakePlayer(fake, playerConfig);
  engine.bindShakaPlayer(player);
  return { fake, engine, player };
}

async function loadDash(player, m) {
  const result = await player.load(MPD, DASH, m);
  for (const v of m.variants) {
    await v.video?.createSegmentIndex();
    await v.audio?.createSegmentIndex();
  }
  await tick();
  return result;
}

const firstByte = async (op) => new Uint8Array((await op.promise).data)[0];

test("registerPlugins takes http/https and the DASH/HLS MIME types; unregisterPlugins restores Shaka's own", () => {
  const fake = fakeShaka();
  const originalParsers = new Map(fake.parsers);
  ShakaP2PEngine.registerPlugins(fake.shaka);
  ShakaP2PEngine.registerPlugins(fake.shaka);
  assert.equal(fake.schemes.get("http").priority, 3);
  assert.equal(fake.schemes.get("https").priority, 3);
  assert.notEqual(fake.schemes.get("https").plugin, fake.fetchParse);
  assert.equal(fake.schemes.get("blob").plugin, fake.fetchParse, "other schemes untouched");
  assert.equal(fake.parsers.get("audio/x-mpegurl"), originalParsers.get("audio/x-mpegurl"));
  for (const mime of ["application/dash+xml", "application/x-mpegurl", "application/vnd.apple.mpegurl"]) {
    assert.notEqual(fake.parsers.get(mime), originalParsers.get(mime), mime);
  }
  ShakaP2PEngine.unregisterPlugins(fake.shaka);
  for (const s of ["http", "https"]) {
    assert.deepEqual(fake.schemes.get(s), { plugin: fake.fetchParse, priority: 2, progressSupport: true });
  }
  const dash = fake.parsers.get("application/dash+xml")();
  assert.ok(dash instanceof fake.DashParser);
  assert.equal(dash.start, fake.DashParser.prototype.start, "a plain parser, not a decorator");
  assert.ok(fake.parsers.get("application/x-mpegurl")() instanceof fake.HlsParser);
});

test("unregisterPlugins restores the XHR plugin at fallback priority where fetch is unsupported", () => {
  const fake = fakeShaka({ fetchSupported: false });
  ShakaP2PEngine.unregisterPlugins(fake.shaka);
  assert.equal(fake.schemes.get("http").plugin, fake.xhrParse, "never registered: nothing changes");
  ShakaP2PEngine.registerPlugins(fake.shaka);
  ShakaP2PEngine.unregisterPlugins(fake.shaka);
  assert.deepEqual(fake.schemes.get("https"), { plugin: fake.xhrParse, priority: 1, progressSupport: true });
  assert.throws(() => ShakaP2PEngine.registerPlugins(), /Shaka Player namespace/);
});

test("requests of unbound players go to Shaka's own plugin with the original arguments", () => {
  const fake = fakeShaka();
  ShakaP2PEngine.registerPlugins(fake.shaka);
  const request = { uris: ["https://cdn.example/a.m4s"], headers: {} };
  const progress = () => {};
  const op = fake.schemes.get("https").plugin("https://cdn.example/a.m4s", request, SEGMENT, progress);
  assert.ok(op instanceof fake.shaka.util.AbortableOperation);
  assert.equal(fake.httpCalls.length, 1);
  assert.deepEqual(fake.httpCalls[0].args.slice(0, 4), ["https://cdn.example/a.m4s", request, SEGMENT, progress]);
  ShakaP2PEngine.unregisterPlugins(fake.shaka);
});

test("the decorator forwards every parser method to the wrapped parser and leaves unbound loads alone", async () => {
  const fake = fakeShaka();
  ShakaP2PEngine.registerPlugins(fake.shaka);
  const decorated = fake.parsers.get(DASH)();
  decorated.configure({ a: 1 });
  assert.equal(decorated.someFutureMethod(2, 3), 5);
  await decorated.stop();
  const m = manifest();
  decorated.manifest = m;
  assert.equal(await decorated.start(MPD, { networkingEngine: {} }), m);
  const calls = decorated.calls.map((c) => c[0]);
  assert.deepEqual(calls, ["configure", "someFutureMethod", "stop", "start"]);
  const self = decorated.calls[0][1];
  assert.ok(decorated.calls.every((c) => c[1] === self), "one wrapped parser is `this` for every call");
  assert.ok(self instanceof fake.DashParser);
  ShakaP2PEngine.unregisterPlugins(fake.shaka);
});

test("bindShakaPlayer forces P2P-friendly config only where the app kept Shaka's defaults", () => {
  const a = setup();
  assert.equal(a.player.config.manifest.defaultPresentationDelay, 25);
  assert.equal(a.player.config.manifest.dash.ignoreSuggestedPresentationDelay, true);
  assert.equal(a.player.config.streaming.preferNativeHls, false);
  a.engine.destroy();
  const b = setup({ playerConfig: { manifest: { defaultPresentationDelay: 10, dash: { ignoreSuggestedPresentationDelay: false } } }, fake: fakeShaka({ version: "v4.16.3" }) });
  assert.equal(b.player.config.manifest.defaultPresentationDelay, 10, "the app's own delay is kept");
  assert.equal(b.player.config.manifest.dash.ignoreSuggestedPresentationDelay, false);
  assert.equal(b.player.config.streaming.useNativeHlsOnSafari, false, "Shaka 4 key");
  b.engine.destroy();
});

test("DASH: known segments are served by the engine under trunc(startTime / 0.5), unknown ones by Shaka", async () => {
  const log = [];
  const { engine, player, fake } = setup({ storage: () => fullStorage(log) });
  const m = manifest({ video: refs("https://cdn.example/v/", 5), audio: refs("https://cdn.example/a/", 5) });
  await loadDash(player, m);
  const { op, request } = player.request("https://cdn.example/v/3.m4s", SEGMENT);
  const response = await op.promise;
  assert.equal(new Uint8Array(response.data)[0], 12, "startTime 6 s → ID 12");
  assert.equal(response.uri, "https://cdn.example/v/3.m4s");
  assert.equal(response.originalUri, "https://cdn.example/v/3.m4s");
  assert.equal(response.originalRequest, request);
  assert.deepEqual(response.headers, {});
  assert.equal(await firstByte(player.request("https://cdn.example/a/1.m4s", SEGMENT).op), 4, "audio stream too");
  assert.ok(log.some((e) => e[0] === "requested" && e[1] === MPD && / main-|-main-/.test(e[2])));
  assert.ok(log.some((e) => e[0] === "requested" && /-secondary-/.test(e[2])));
  const calls = fake.httpCalls.length;
  player.request("https://cdn.example/v/init.mp4", SEGMENT);
  assert.equal(fake.httpCalls.length, calls + 1, "unknown segment → Shaka's plugin");
  player.request("https://cdn.example/v/2.m4s", 2);
  assert.equal(fake.httpCalls.length, calls + 2, "other request types → Shaka's plugin");
  engine.destroy();
});

test("Range headers: byte-range references match case-insensitively; open ranges fall back cleanly", async () => {
  const { engine, player, fake } = setup();
  const url = "https://cdn.example/v/all.mp4";
  const video = [new FakeReference([url], 0, 2, 1000, 1999), new FakeReference([url], 2, 4, 2000, 2999), new FakeReference([url], 4, 6, 3000, null)];
  await loadDash(player, manifest({ video }));
  assert.equal(await firstByte(player.request(url, SEGMENT, { range: "bytes=2000-2999" }).op), 4);
  assert.equal(await firstByte(player.request(url, SEGMENT, { Range: "bytes=1000-1999" }).op), 0);
  assert.equal(await firstByte(player.request(url, SEGMENT, { RANGE: "bytes=3000-" }).op), 8, "open range url|3000-");
  const calls = fake.httpCalls.length;
  player.request(url, SEGMENT, { Range: "bytes=0-" });
  player.request(url, SEGMENT, { Range: "bytes=1000-1500" });
  player.request(url, SEGMENT, { Range: "items=1-2" });
  assert.equal(fake.httpCalls.length, calls + 3);
  engine.destroy();
});

test("references with several URIs are registered under the first, which Shaka requests first", async () => {
  const { engine, player, fake } = setup();
  const video = [new FakeReference(["https://a.example/s0.m4s", "https://b.example/s0.m4s"], 0, 2)];
  await loadDash(player, manifest({ video }));
  assert.equal(await firstByte(player.request("https://a.example/s0.m4s", SEGMENT).op), 0);
  const calls = fake.httpCalls.length;
  player.request("https://b.example/s0.m4s", SEGMENT);
  assert.equal(fake.httpCalls.length, calls + 1, "the retry URI goes to HTTP");
  engine.destroy();
});

test("abort rejects with OPERATION_ABORTED and the data never arrives", async () => {
  let open;
  const gate = new Promise((r) => (open = r));
  const { engine, player, fake } = setup({ storage: () => fullStorage([], gate) });
  await loadDash(player, manifest({ video: refs("https://cdn.example/v/", 3) }));
  const { op } = player.request("https://cdn.example/v/1.m4s", SEGMENT);
  const settled = op.promise.then(() => "resolved", (e) => e);
  await op.abort();
  open();
  const error = await settled;
  assert.ok(error instanceof fake.ShakaError, String(error));
  assert.equal(error.code, 7001);
  assert.equal(error.severity, 1);
  assert.equal(error.category, 1);
  engine.destroy();
});

test("a failed load rejects with a recoverable HTTP_ERROR carrying the CoreRequestError", async () => {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = () => Promise.reject(new TypeError("network down"));
  try {
    const { engine, player, fake } = setup({ storage: () => fullStorage([], Promise.resolve(), () => false), core: { httpErrorRetries: 1 } });
    await loadDash(player, manifest({ video: refs("https://cdn.example/v/", 3) }));
    const error = await player.request("https://cdn.example/v/0.m4s", SEGMENT).op.promise.then(() => null, (e) => e);
    assert.ok(error instanceof fake.ShakaError, String(error));
    assert.equal(error.code, 1002);
    assert.equal(error.severity, 1);
    assert.equal(error.data[0], "https://cdn.example/v/0.m4s");
    assert.ok(error.data[1] instanceof CoreRequestError);
    assert.equal(error.data[1].type, "failed");
    assert.equal(error.data[2], SEGMENT);
    engine.destroy();
  } finally {
    globalThis.fetch = originalFetch;
  }
});

test("HLS VOD numbers segments by playlist position even when EXT-X-MEDIA-SEQUENCE is not 0", async () => {
  const { engine, player, fake } = setup();
  const base = "https://cdn.example/hls/";
  fake.responses.set(base + "master.m3u8", { text: "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2000000\nv.m3u8\n" });
  fake.responses.set(base + "v.m3u8", {
    text: "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:7\n" + [0, 1, 2, 3].map((i) => `#EXTINF:2,\nseg${i}.ts\n`).join("") + "#EXT-X-ENDLIST\n",
  });
  const m = manifest({ video: refs(base + "seg", 4).map((r, i) => new FakeReference([`${base}seg${i}.ts`], r.startTime, r.endTime)) });
  m.variants[0].audio = null;
  await player.load(base + "master.m3u8", "application/x-mpegurl", m);
  await player.request(base + "v.m3u8", 0).op.promise; // the media playlist, as Shaka loads it
  await m.variants[0].video.createSegmentIndex();
  await tick();
  assert.equal(await firstByte(player.request(base + "seg2.ts", SEGMENT).op), 2);
  engine.destroy();
});

test("HLS live numbers by media sequence and follows the sliding window", async () => {
  const { engine, player, fake } = setup();
  const base = "https://cdn.example/live/";
  const playlist = (first) =>
    "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:" + first + "\n" + [0, 1, 2].map((i) => `#EXTINF:2,\nseg${first + i}.ts\n`).join("");
  fake.responses.set(base + "v.m3u8", { text: playlist(100) });
  const ref = (n) => new FakeReference([`${base}seg${n}.ts`], n * 2, n * 2 + 2);
  const m = manifest({ live: true });
  player.live = true;
  m.variants[0].audio = null;
  const video = m.variants[0].video;
  video.createSegmentIndex = function () {
    this.segmentIndex = new FakeIndex([ref(100), ref(101), ref(102)]);
    return Promise.resolve();
  };
  await player.load(base + "master.m3u8", "application/x-mpegurl", m);
  await player.request(base + "v.m3u8", 0).op.promise;
  await video.createSegmentIndex();
  await tick();
  assert.equal(await firstByte(player.request(base + "seg101.ts", SEGMENT).op), 101);
  fake.responses.set(base + "v.m3u8", { text: playlist(102) });
  await player.request(base + "v.m3u8", 0).op.promise;
  video.segmentIndex.refs = [ref(102), ref(103), ref(104)];
  video.segmentIndex.evicted = 2;
  assert.equal(await firstByte(player.request(base + "seg104.ts", SEGMENT).op), 104, "re-read on request");
  const calls = fake.httpCalls.length;
  player.request(base + "seg100.ts", SEGMENT);
  assert.equal(fake.httpCalls.length, calls + 1, "evicted segment → HTTP");
  engine.destroy();
});

test("player events: playback tracking after loaded, bitrate on adaptation, unloading resets", async () => {
  const log = [];
  const { engine, player } = setup({ storage: () => fullStorage(log) });
  await loadDash(player, manifest({ video: refs("https://cdn.example/v/", 3) }));
  assert.equal(player.media.count(), 3, "timeupdate, seeking, ratechange");
  await player.request("https://cdn.example/v/0.m4s", SEGMENT).op.promise;
  player.media.currentTime = 3.5;
  player.media.emit("timeupdate");
  assert.ok(log.some((e) => e[0] === "playback" && e[1] === 3.5 && e[2] === 1));
  player.tracks = [{ active: false, bandwidth: 1 }, { active: true, bandwidth: 2000000 }];
  player.emit("adaptation");
  player.emit("unloading");
  assert.equal(player.media.count(), 0);
  engine.destroy();
});

test("destroy removes the request filter, the context and every listener; bind again works", async () => {
  const { engine, player, fake } = setup();
  assert.equal(player.filters.length, 1);
  assert.ok(player.networkingEngine.p2pml);
  await loadDash(player, manifest({ video: refs("https://cdn.example/v/", 3) }));
  engine.destroy();
  assert.equal(player.filters.length, 0);
  assert.equal(player.networkingEngine.p2pml, undefined);
  assert.equal(player.count(), 0);
  assert.equal(player.media.count(), 0);
  const calls = fake.httpCalls.length;
  player.request("https://cdn.example/v/1.m4s", SEGMENT);
  assert.equal(fake.httpCalls.length, calls + 1);
  engine.bindShakaPlayer(player);
  engine.bindShakaPlayer(player);
  assert.equal(player.filters.length, 1, "binding the same player twice does nothing");
  const other = new FakePlayer(fake);
  engine.bindShakaPlayer(other);
  assert.equal(player.filters.length, 0, "binding another player releases the first");
  assert.equal(other.filters.length, 1);
  engine.destroy();
  captureWarnings(() => engine.bindShakaPlayer({}));
  engine.destroy();
});

test("live DASH: a grown index is re-read (playback updates, segment requests) and its new segments are served", async () => {
  const log = [];
  const { engine, player, fake } = setup({ storage: () => fullStorage(log) });
  player.live = true;
  const m = manifest({ live: true, video: refs("https://cdn.example/v/", 3) });
  m.variants[0].audio = null;
  await loadDash(player, m);
  const index = m.variants[0].video.segmentIndex;
  index.refs.push(new FakeReference(["https://cdn.example/v/3.m4s"], 6, 8));
  player.media.currentTime = 1;
  player.media.emit("timeupdate");
  const calls = fake.httpCalls.length;
  assert.equal(await firstByte(player.request("https://cdn.example/v/3.m4s", SEGMENT).op), 12);
  assert.equal(fake.httpCalls.length, calls);
  engine.destroy();
});

test("live DASH: a dynamic MPD's MetaSegmentIndex (getNumReferences() = 0) over a lazy template index is read and slides", async () => {
  const { engine, player, fake } = setup();
  player.live = true;
  const m = manifest({ live: true });
  m.variants[0].audio = null;
  // Shaka's SegmentTemplate@duration with $Number$: segment n starts at 2n s; numbers 10..14.
  const template = new FakeLazyIndex(10, 5, (n) => new FakeReference([`https://cdn.example/v/live-${n}.m4s`], 2 * n, 2 * n + 2));
  m.variants[0].video.createSegmentIndex = function () {
    this.segmentIndex = new FakeMetaIndex([template]);
    return Promise.resolve();
  };
  await loadDash(player, m);
  const calls = fake.httpCalls.length;
  assert.equal(await firstByte(player.request("https://cdn.example/v/live-10.m4s", SEGMENT).op), 40, "start 20 s → ID 40");
  assert.equal(await firstByte(player.request("https://cdn.example/v/live-14.m4s", SEGMENT).op), 56);
  assert.equal(fake.httpCalls.length, calls, "every segment of the window went through the engine");
  template.slide(2); // numbers 12..16: 10 and 11 evicted, 15 and 16 published
  assert.equal(await firstByte(player.request("https://cdn.example/v/live-16.m4s", SEGMENT).op), 64);
  assert.equal(fake.httpCalls.length, calls);
  player.request("https://cdn.example/v/live-10.m4s", SEGMENT);
  assert.equal(fake.httpCalls.length, calls + 1, "an evicted segment is no longer the engine's");
  engine.destroy();
});

test("an audio-only variant is registered as the main stream; text streams are ignored", async () => {
  const log = [];
  const { engine, player } = setup({ storage: () => fullStorage(log) });
  const m = manifest({ audio: refs("https://cdn.example/a/", 3) });
  m.variants[0].video = null;
  m.textStreams = [{ id: 9, type: "text", createSegmentIndex: () => Promise.resolve() }];
  await loadDash(player, m);
  assert.equal(await firstByte(player.request("https://cdn.example/a/2.m4s", SEGMENT).op), 8);
  assert.ok(log.some((e) => e[0] === "requested" && /-main-/.test(e[2])), JSON.stringify(log));
  engine.destroy();
});

test("the engine's own HTTP downloads carry the request's filtered headers (without Range) and credentials flag", async () => {
  const originalFetch = globalThis.fetch;
  const seen = [];
  globalThis.fetch = (input, init) => {
    seen.push({ url: String(input.url ?? input), headers: new Headers(init?.headers ?? input.headers), credentials: init?.credentials ?? input.credentials });
    return Promise.resolve(new Response(new Uint8Array([9, 9, 9]), { status: 200 }));
  };
  try {
    const { engine, player } = setup({ storage: () => fullStorage([], Promise.resolve(), () => false) });
    player.filters.push((type, request) => {
      request.headers["X-Token"] = "t1";
      request.allowCrossSiteCredentials = true;
    });
    await loadDash(player, manifest({ video: refs("https://cdn.example/v/", 3) }));
    const response = await player.request("https://cdn.example/v/0.m4s", SEGMENT).op.promise;
    assert.deepEqual([...new Uint8Array(response.data)], [9, 9, 9]);
    const mine = seen.find((r) => r.url === "https://cdn.example/v/0.m4s");
    assert.ok(mine, JSON.stringify(seen));
    assert.equal(mine.headers.get("x-token"), "t1");
    assert.equal(mine.credentials, "include");
    engine.destroy();
  } finally {
    globalThis.fetch = originalFetch;
  }
});

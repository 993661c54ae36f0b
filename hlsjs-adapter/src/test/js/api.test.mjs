// The package's JS surface: exports, errors, short IDs, config round trip and listeners.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as pkg from "../../../target/npm/dist/swarmloader-hlsjs.js";
import { HlsJsP2PEngine, RequestError, CoreRequestError, generateStreamShortId } from "../../../target/npm/dist/swarmloader-hlsjs.js";

test("exports exactly the public names", () => {
  assert.deepEqual(Object.keys(pkg).sort(), ["CoreRequestError", "HlsJsP2PEngine", "RequestError", "generateStreamShortId"]);
});

test("RequestError and CoreRequestError are real Error subclasses", () => {
  const before = performance.now();
  const e = new RequestError("peer-closed", "gone");
  assert.ok(e instanceof RequestError);
  assert.ok(e instanceof Error);
  assert.equal(e.type, "peer-closed");
  assert.equal(e.message, "gone");
  assert.ok(e.timestamp >= before && e.timestamp <= performance.now());
  const c = new CoreRequestError("aborted");
  assert.ok(c instanceof CoreRequestError && c instanceof Error && !(c instanceof RequestError));
  assert.equal(c.type, "aborted");
  class Sub extends RequestError {}
  assert.ok(new Sub("abort") instanceof RequestError);
});

test("generateStreamShortId reproduces the wire-protocol vectors", () => {
  assert.equal(generateStreamShortId({ bitrate: 2149280, codecs: "avc1.64001f", width: 1280, height: 720, frameRate: "30.000" }), "3FLe7Dya7e9xv0TJuS0m614xjgc=");
  assert.equal(generateStreamShortId({ bitrate: 0, codecs: "mp4a.40.2", language: "eng", channels: "2", name: "English" }), "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=");
  assert.equal(generateStreamShortId({ bitrate: 800000, codecs: "AVC1.66.30", width: 640, height: 360, frameRate: "25.000", videoRange: " sdr" }), "s3q3DRcKVNSI49vz7+APhgJ5NFQ=");
  assert.equal(generateStreamShortId({ bitrate: 0, codecs: "ec-3", language: "und", channels: "16/JOC", name: " Dolby Atmos " }), "3tk5npcvr9zO5p2+d8wQKlsONAU=");
  assert.equal(generateStreamShortId({ bitrate: 128000 }), "/RPXatgntdKVu5hXumPhUJEPAWs=");
  assert.equal(generateStreamShortId({ bitrate: 5000000, codecs: "hvc1.2.4.L123.B0, avc1.640028", width: 1920, height: 1080, frameRate: 29.97, videoRange: "PQ" }), "IOVDuuun35Q9KNzCIFlUgNzt90s=");
  assert.equal(generateStreamShortId({ bitrate: 1000, codecs: "avc1.066.30", name: "Café\u00a0" }), "8a99QJEhfkHZwDFsxHX40Qy8ahw=");
  assert.equal(generateStreamShortId({ bitrate: 0, channels: 2, codecs: "mp4a.40.2", language: "eng", name: "English" }), "bdjQ1B4N2yrcTDHyU5j7iDGV9sY=");
});

test("constructor: defaults, unknown root keys ignored, errors name the key", () => {
  new HlsJsP2PEngine();
  new HlsJsP2PEngine({ onHlsJsCreated() {}, somethingElse: 1 });
  assert.throws(() => new HlsJsP2PEngine({ core: { simultaneousHttpDownloads: 0 } }), (e) => e instanceof Error && /core\.simultaneousHttpDownloads/.test(e.message));
  assert.throws(() => new HlsJsP2PEngine({ core: { mainStream: { swarmId: 5 } } }), /core\.mainStream\.swarmId/);
  assert.throws(() => new HlsJsP2PEngine({ core: { customSegmentStorageFactory: {} } }), /customSegmentStorageFactory/);
  assert.throws(() => new HlsJsP2PEngine({ core: JSON.parse('{"__proto__": {"x": 1}}') }), /__proto__/);
});

test("undefined is absent while 0 is a value", () => {
  const engine = new HlsJsP2PEngine({ core: { httpDownloadInitialTimeoutMs: undefined, highDemandTimeWindow: 0, mainStream: { isP2PDisabled: undefined } } });
  const core = engine.getConfig().core;
  assert.equal(core.httpDownloadInitialTimeoutMs, 0);
  assert.equal(core.highDemandTimeWindow, 0);
  assert.equal(core.mainStream.highDemandTimeWindow, 0);
  assert.equal(core.mainStream.isP2PDisabled, false);
});

test("getConfig is a deep copy with functions and rtcConfig by reference", () => {
  const certificateLike = { expires: 1 };
  const rtcConfig = { iceServers: [{ urls: "stun:stun.example:3478" }], certificates: [certificateLike] };
  const validate = async () => true;
  const setup = async () => undefined;
  const factory = () => ({});
  const engine = new HlsJsP2PEngine({
    core: {
      rtcConfig,
      validateP2PSegment: validate,
      httpRequestSetup: setup,
      customSegmentStorageFactory: factory,
      announceTrackers: ["wss://a.example"],
      secondaryStream: { swarmId: "audio" },
    },
  });
  const config = engine.getConfig();
  assert.equal(config.core.rtcConfig, rtcConfig);
  assert.equal(config.core.mainStream.rtcConfig, rtcConfig);
  assert.equal(config.core.mainStream.rtcConfig.certificates[0], certificateLike);
  assert.equal(config.core.validateP2PSegment, validate);
  assert.equal(config.core.httpRequestSetup, setup);
  assert.equal(config.core.customSegmentStorageFactory, factory);
  assert.deepEqual(config.core.announceTrackers, ["wss://a.example"]);
  assert.equal(config.core.secondaryStream.swarmId, "audio");
  assert.equal(config.core.mainStream.swarmId, undefined);
  assert.equal(config.core.mainStream.simultaneousHttpDownloads, 2);
  config.core.announceTrackers.push("wss://b.example");
  config.core.mainStream.simultaneousHttpDownloads = 9;
  const again = engine.getConfig();
  assert.deepEqual(again.core.announceTrackers, ["wss://a.example"]);
  assert.equal(again.core.mainStream.simultaneousHttpDownloads, 2);
  assert.notEqual(again, config);
});

test("SwarmLoader's scheduling options: defaults, per stream, dynamic, checked", () => {
  const engine = new HlsJsP2PEngine({ core: { secondaryStream: { initialPeerWaitMs: 0 } } });
  let core = engine.getConfig().core;
  assert.equal(core.httpFirstTimeWindow, 6);
  assert.equal(core.mainStream.initialPeerWaitMs, 3000);
  assert.equal(core.secondaryStream.initialPeerWaitMs, 0);
  engine.applyDynamicConfig({ core: { httpFirstTimeWindow: 15, mainStream: { initialPeerWaitMs: 0 } } });
  core = engine.getConfig().core;
  assert.equal(core.mainStream.httpFirstTimeWindow, 15);
  assert.equal(core.secondaryStream.httpFirstTimeWindow, 15);
  assert.equal(core.mainStream.initialPeerWaitMs, 0);
  assert.throws(() => engine.applyDynamicConfig({ core: { httpFirstTimeWindow: -1 } }), /core\.httpFirstTimeWindow/);
  assert.throws(() => new HlsJsP2PEngine({ core: { initialPeerWaitMs: "soon" } }), /core\.initialPeerWaitMs/);
});

test("applyDynamicConfig changes live values and rejects static keys by name", () => {
  const engine = new HlsJsP2PEngine({ core: { simultaneousP2PDownloads: 4 } });
  engine.applyDynamicConfig({ core: { highDemandTimeWindow: 20, secondaryStream: { p2pErrorRetries: 7 } } });
  const core = engine.getConfig().core;
  assert.equal(core.mainStream.highDemandTimeWindow, 20);
  assert.equal(core.secondaryStream.p2pErrorRetries, 7);
  assert.equal(core.mainStream.p2pErrorRetries, 3);
  assert.equal(core.mainStream.simultaneousP2PDownloads, 4);
  assert.throws(() => engine.applyDynamicConfig({ core: { swarmId: "x" } }), /core\.swarmId/);
  assert.throws(() => engine.applyDynamicConfig({ core: { httpErrorRetries: -1 } }), /core\.httpErrorRetries/);
  assert.equal(engine.getConfig().core.mainStream.httpErrorRetries, 3);
  engine.applyDynamicConfig(undefined);
  engine.applyDynamicConfig({});
});

test("listeners can be added, removed and survive destroy", () => {
  const engine = new HlsJsP2PEngine();
  const f = () => {};
  engine.addEventListener("onPeerConnect", f);
  engine.removeEventListener("onPeerConnect", f);
  engine.removeEventListener("onPeerConnect", f);
  engine.addEventListener("onPeerConnect", "not a function");
  engine.destroy();
  engine.destroy();
});

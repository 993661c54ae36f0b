// Type-checked in the build (tsc --noEmit), never run: code written against the
// p2p-media-loader-hlsjs 2.3 type names must compile against swarmloader-hlsjs's declarations.
import Hls from "hls.js";
import type { HlsConfig } from "hls.js";
import {
  CoreRequestError,
  HlsJsP2PEngine,
  RequestError,
  generateStreamShortId,
  type CoreConfig,
  type CoreEventMap,
  type DynamicHlsJsP2PEngineConfig,
  type HlsJsP2PEngineConfig,
  type HlsWithP2PConfig,
  type HlsWithP2PInstance,
  type PartialHlsJsP2PEngineConfig,
  type RequestErrorType,
  type Segment,
  type SegmentStorage,
  type StreamType,
} from "swarmloader-hlsjs";

// Mixin mode.
const HlsWithP2P = HlsJsP2PEngine.injectMixin(Hls);
const config: HlsWithP2PConfig<typeof Hls> = {
  maxBufferLength: 30,
  p2p: {
    core: { swarmId: "s1", mainStream: { simultaneousHttpDownloads: 1 } },
    onHlsJsCreated: (hls) => {
      hls.p2pEngine.addEventListener("onPeerConnect", ({ peerId, streamType }) => {
        const t: StreamType = streamType;
        console.log(peerId, t);
      });
    },
  },
};
const hls: HlsWithP2PInstance<Hls> = new HlsWithP2P(config);
hls.loadSource("https://example.com/master.m3u8");
const engineOfMixin: HlsJsP2PEngine = hls.p2pEngine;

// Manual mode.
const partial: PartialHlsJsP2PEngineConfig = {
  core: {
    announceTrackers: ["wss://tracker.example"],
    rtcConfig: { iceServers: [{ urls: "stun:stun.example:3478" }] },
    validateP2PSegment: async (url, byteRange, data) => data.byteLength > 0 && url.length > 0 && !byteRange,
    httpRequestSetup: async (url, range, signal) => new Request(url, { signal }),
  },
};
const engine = new HlsJsP2PEngine(partial);
const hlsConfig: Partial<HlsConfig> = { ...engine.getConfigForHlsJs() };
const plain = new Hls(hlsConfig);
engine.bindHls(plain);
engine.bindHls(() => plain);

const defined: HlsJsP2PEngineConfig = engine.getConfig();
const coreConfig: CoreConfig = defined.core;
const mainWindow: number = defined.core.mainStream.highDemandTimeWindow;
const httpFirst: number = defined.core.mainStream.httpFirstTimeWindow + defined.core.secondaryStream.initialPeerWaitMs;
const dynamic: DynamicHlsJsP2PEngineConfig = { core: { isP2PDisabled: true, secondaryStream: { p2pErrorRetries: 5 } } };
engine.applyDynamicConfig(dynamic);

const onLoaded: CoreEventMap["onSegmentLoaded"] = (d) => console.log(d.bytesLength, d.downloadSource, d.peerId);
engine.addEventListener("onSegmentLoaded", onLoaded);
engine.removeEventListener("onSegmentLoaded", onLoaded);
engine.addEventListener("onChunkDownloaded", (bytes, source, peerId) => console.log(bytes, source, peerId));
engine.addEventListener("onSegmentError", ({ error, segment }) => {
  const s: Segment = segment;
  if (error instanceof RequestError) {
    const type: RequestErrorType = error.type;
    console.log(type, error.timestamp, s.byteRange?.end);
  }
});
engine.destroy();

const err = new CoreRequestError("aborted");
const kind: "failed" | "aborted" = err.type;
const id: string = generateStreamShortId({ bitrate: 2149280, codecs: "avc1.64001f", width: 1280, height: 720 });

class MemoryStore implements SegmentStorage {
  async initialize() {}
  onPlaybackUpdated() {}
  onSegmentRequested() {}
  async storeSegment() {}
  async getSegmentData() {
    return undefined;
  }
  getUsage() {
    return { totalCapacity: 1, usedCapacity: 0 };
  }
  hasSegment() {
    return false;
  }
  getStoredSegmentIds() {
    return [];
  }
  setSegmentChangeCallback() {}
  destroy() {}
}
new HlsJsP2PEngine({ core: { customSegmentStorageFactory: () => new MemoryStore() } });

export { coreConfig, engineOfMixin, httpFirst, id, kind, mainWindow };

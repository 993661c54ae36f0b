// Type-checked in the build (tsc --noEmit), never run: code written against the
// p2p-media-loader-shaka 2.x type names must compile against swarmloader-shaka's declarations,
// with the real Shaka Player types of the shaka-player package.
import shaka from "shaka-player";
import {
  CoreRequestError,
  RequestError,
  ShakaP2PEngine,
  generateStreamShortId,
  type CoreConfig,
  type CoreEventMap,
  type DynamicShakaP2PEngineConfig,
  type PartialShakaEngineConfig,
  type RequestErrorType,
  type Segment,
  type SegmentStorage,
  type ShakaP2PEngineConfig,
  type StreamType,
} from "swarmloader-shaka";

ShakaP2PEngine.registerPlugins(shaka);
ShakaP2PEngine.registerPlugins();

const partial: PartialShakaEngineConfig = {
  core: {
    swarmId: "s1",
    announceTrackers: ["wss://tracker.example"],
    rtcConfig: { iceServers: [{ urls: "stun:stun.example:3478" }] },
    mainStream: { simultaneousHttpDownloads: 1 },
    validateP2PSegment: async (url, byteRange, data) => data.byteLength > 0 && url.length > 0 && !byteRange,
  },
};
const engine = new ShakaP2PEngine(partial, shaka);
const fromGlobal = new ShakaP2PEngine();
const player = new shaka.Player();
engine.bindShakaPlayer(player);
void player.load("https://example.com/manifest.mpd");

engine.addEventListener("onSegmentLoaded", ({ bytesLength, downloadSource, peerId, streamType }) => {
  const t: StreamType = streamType;
  console.log(bytesLength, downloadSource, peerId, t);
});
const onChunk: CoreEventMap["onChunkDownloaded"] = (bytes, source, peerId) => console.log(bytes, source, peerId);
engine.addEventListener("onChunkDownloaded", onChunk);
engine.removeEventListener("onChunkDownloaded", onChunk);

const defined: ShakaP2PEngineConfig = engine.getConfig();
const coreConfig: CoreConfig = defined.core;
const window: number = defined.core.secondaryStream.highDemandTimeWindow;
const dynamic: DynamicShakaP2PEngineConfig = { core: { isP2PDisabled: false, mainStream: { p2pErrorRetries: 5 } } };
engine.applyDynamicConfig(dynamic);

const storageFactory: (isLive: boolean) => SegmentStorage | undefined = () => undefined;
const segment: Segment | undefined = undefined;
const errorType: RequestErrorType = "abort";
console.log(coreConfig, window, storageFactory, segment, errorType, fromGlobal);
console.log(new RequestError("http-error") instanceof Error, CoreRequestError);
console.log(generateStreamShortId({ bitrate: 1, codecs: "avc1.4d401f" }));

engine.destroy();
ShakaP2PEngine.unregisterPlugins(shaka);

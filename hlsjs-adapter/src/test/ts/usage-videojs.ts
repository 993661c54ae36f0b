// Type-checked in the build (tsc --noEmit), never run: the Video.js integration's declarations
// accept the real videojs function, hls.js class and Video.js player.
import videojs from "video.js";
import Hls from "hls.js";
import type { HlsJsP2PEngine } from "swarmloader-hlsjs";
import {
  getP2PEngine,
  registerSwarmLoader,
  type SwarmLoaderVideojsOptions,
} from "swarmloader-hlsjs/videojs";

const registered: boolean = registerSwarmLoader(videojs, Hls, {
  p2p: {
    core: { announceTrackers: ["wss://tracker.example"], swarmId: "s1" },
    onHlsJsCreated(hls) {
      hls.p2pEngine.addEventListener("onPeerConnect", ({ peerId }) => console.log(peerId));
      hls.on(Hls.Events.MANIFEST_PARSED, () => console.log(hls.levels.length));
    },
  },
  hlsjsConfig: { liveSyncDurationCount: 3, liveDurationInfinity: true },
});
console.log(registered);

const perPlayer: SwarmLoaderVideojsOptions<typeof Hls> = {
  p2p: { core: { swarmId: "player" } },
  hlsjsConfig: { maxBufferLength: 10 },
};
const player = videojs("my-video", { html5: { swarmloader: perPlayer } });
player.src({ src: "https://example.com/master.m3u8", type: "application/x-mpegURL" });
const engine: HlsJsP2PEngine | null = getP2PEngine(player);
engine?.addEventListener("onSegmentLoaded", ({ bytesLength }) => console.log(bytesLength));
getP2PEngine(null);

// @ts-expect-error: the options key is hlsjsConfig
registerSwarmLoader(videojs, Hls, { hlsConfig: {} });
// @ts-expect-error: an hls.js config key that does not exist
registerSwarmLoader(videojs, Hls, { hlsjsConfig: { liveSyncDurationCounts: 3 } });
// @ts-expect-error: not an hls.js class
registerSwarmLoader(videojs, class {});

// Script-tag entry (dist/swarmloader-hlsjs-videojs.global.js, global SwarmLoaderVideojs). The engine
// is the one of swarmloader-hlsjs.global.js (global SwarmLoaderHls), looked up when
// registerSwarmLoader is called, so the two scripts need only be loaded before that call.
import { createSwarmLoaderVideojs, getP2PEngine } from "./videojs-integration.js";

let integration = null;

function engineIntegration() {
  const engine = globalThis.SwarmLoaderHls && globalThis.SwarmLoaderHls.HlsJsP2PEngine;
  if (typeof engine !== "function") {
    throw new Error(
      "SwarmLoaderVideojs: window.SwarmLoaderHls is missing; load swarmloader-hlsjs.global.js before calling registerSwarmLoader",
    );
  }
  if (!integration || integration.engine !== engine) {
    integration = { engine, ...createSwarmLoaderVideojs(engine) };
  }
  return integration;
}

export function registerSwarmLoader(videojs, Hls, options) {
  return engineIntegration().registerSwarmLoader(videojs, Hls, options);
}

export { getP2PEngine };

// Public entry of swarmloader-hlsjs. The TeaVM output beside this file (copied next to it by the
// build) exports the Java classes and helper functions; this module re-exports only the public
// names, so TeaVM's `main` and the helpers stay private. esbuild bundles both files into
// dist/swarmloader-hlsjs.js (ES module) and dist/swarmloader-hlsjs.global.js (one global,
// SwarmLoaderHls).
import {
  HlsJsP2PEngine,
  requestErrorClass,
  coreRequestErrorClass,
  generateStreamShortId,
} from "./swarmloader-hlsjs.teavm.js";

/** `class RequestError extends Error`: a failed download attempt (player-integration.md §1.6). */
export const RequestError = requestErrorClass();

/** `class CoreRequestError extends Error`: a player request the engine could not serve. */
export const CoreRequestError = coreRequestErrorClass();

export { HlsJsP2PEngine, generateStreamShortId };

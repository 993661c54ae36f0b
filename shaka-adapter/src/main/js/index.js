// Public entry of swarmloader-shaka. The TeaVM output beside this file (copied next to it by the
// build) exports the Java classes and helper functions; this module re-exports only the public
// names, so TeaVM's `main` and the helpers stay private. esbuild bundles both files into
// dist/swarmloader-shaka.js (ES module) and dist/swarmloader-shaka.global.js (one global,
// SwarmLoaderShaka).
import {
  ShakaP2PEngine,
  requestErrorClass,
  coreRequestErrorClass,
  generateStreamShortId,
} from "./swarmloader-shaka.teavm.js";

/** `class RequestError extends Error`: a failed download attempt (player-integration.md §1.6). */
export const RequestError = requestErrorClass();

/** `class CoreRequestError extends Error`: a player request the engine could not serve. */
export const CoreRequestError = coreRequestErrorClass();

export { ShakaP2PEngine, generateStreamShortId };

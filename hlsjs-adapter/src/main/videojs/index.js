// ES module entry of swarmloader-hlsjs/videojs (dist/swarmloader-hlsjs-videojs.js). The engine is
// imported from the package's main module beside it in dist; the build keeps this import external,
// so a page that also imports "swarmloader-hlsjs" loads one engine, not two.
import { HlsJsP2PEngine } from "./swarmloader-hlsjs.js";
import { createSwarmLoaderVideojs } from "./videojs-integration.js";

export const { registerSwarmLoader, getP2PEngine } = createSwarmLoaderVideojs(HlsJsP2PEngine);

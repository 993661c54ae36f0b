// Vidstack as an npm user gets it: their bundler resolves these imports (see docs/players.md).
// player-recipes/build.mjs bundles them with esbuild into target/vidstack.js for the demo and the
// browser tests. (Vidstack's prebuilt CDN files import their icons from cdn.jsdelivr.net, which
// pages served offline cannot reach.)
import "vidstack/player";
import "vidstack/player/layouts/default";
import "vidstack/player/ui";

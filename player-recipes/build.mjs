// Bundles the players that npm users consume through a bundler (Vidstack) into
// player-recipes/target/, as an application's build would. Run by the demo-web module's build
// (generate-resources); the demo and the browser tests serve the result.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, "vidstack.entry.js")],
  bundle: true,
  format: "esm",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  outfile: join(here, "target", "vidstack.js"),
});

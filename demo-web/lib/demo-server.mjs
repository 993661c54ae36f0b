// The demo server as a library: express 5 static files (Range, CORS, MIME types) for the page,
// the built bundles, a few player and chart libraries from node_modules and the test streams, plus
// the real bittorrent-tracker WebSocket server. All on 127.0.0.1. Used by demo-web/server.mjs
// (`npm run demo`) and by the swarm runner.
//
//   const demo = await startDemo({ port: 8080, trackerPort: 8000 });   // 0: any free port
//   demo.url, demo.trackerUrl, demo.streams; await demo.close();
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import TrackerServer from "bittorrent-tracker/server";
import { createStreamSource } from "./streams.mjs";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

/** The node_modules packages the page may load (nothing else of node_modules is served). */
const PACKAGES = ["hls.js", "shaka-player", "chart.js", "vis-network", "p2p-media-loader-core",
  "p2p-media-loader-hlsjs", "video.js", "@clappr/player", "@clappr/hlsjs-playback", "mediaelement",
  "flowplayer", "plyr", "dplayer", "openplayerjs", "vidstack"];

function cors(req, res, next) {
  res.set({
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "Range, Content-Type",
    "Access-Control-Expose-Headers": "Content-Length, Content-Range, Accept-Ranges",
  });
  if (req.method === "OPTIONS") return res.sendStatus(204);
  return next();
}

/** Starts the HTTP server and the tracker; resolves once both listen. */
export async function startDemo({ port = 8080, trackerPort = 8000, host = "127.0.0.1",
  log = console.log } = {}) {
  const streams = await createStreamSource({ root: ROOT, log });
  const tracker = new TrackerServer({ udp: false, http: false, ws: true, stats: false,
    trustProxy: false });
  tracker.on("error", (err) => log(`tracker error: ${err.message}`));
  tracker.on("warning", (err) => log(`tracker warning: ${err.message}`));
  await new Promise((done, fail) => {
    tracker.once("error", fail);
    tracker.listen(trackerPort, host, done);
  });
  const trackerUrl = `ws://${host}:${tracker.ws.address().port}`;

  const app = express();
  app.disable("x-powered-by");
  app.use(cors);
  app.get("/config.json", (req, res) => {
    res.json({ trackers: [trackerUrl], streams: streams.catalogue,
      shakaBundle: existsSync(join(ROOT, "shaka-adapter/target/npm/dist/swarmloader-shaka.js")) });
  });
  const noStore = { setHeaders: (res) => res.set("Cache-Control", "no-store") };
  app.use(streams.router);
  app.use("/dist/hlsjs", express.static(join(ROOT, "hlsjs-adapter/target/npm/dist"), noStore));
  app.use("/dist/shaka", express.static(join(ROOT, "shaka-adapter/target/npm/dist"), noStore));
  for (const name of PACKAGES) {
    app.use(`/node_modules/${name}`, express.static(join(ROOT, "node_modules", name)));
  }
  app.use("/player-recipes", express.static(join(ROOT, "player-recipes"), noStore));
  app.use(express.static(join(ROOT, "demo-web/public"), noStore));

  const server = createServer(app);
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const url = `http://${host}:${server.address().port}/`;

  let closing = null;
  const close = () => {
    closing ??= Promise.all([
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
      new Promise((done) => tracker.close(done)),
    ]);
    return closing;
  };
  return { url, trackerUrl, streams: streams.catalogue, segmentBytesServed: streams.segmentBytesServed,
    close };
}

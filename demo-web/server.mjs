// SwarmLoader demo server: serves the demo page and the built bundles on 127.0.0.1 and runs a local
// WebTorrent tracker (bittorrent-tracker's server module, WebSocket only). Ctrl-C stops both.
// Usage: node demo-web/server.mjs [--port 8080] [--tracker-port 8000]
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import TrackerServer from "bittorrent-tracker/server";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const port = option("--port", 8080);
const trackerPort = option("--tracker-port", 8000);
const host = "127.0.0.1";

// URL prefix -> directory served under it.
const mounts = [
  ["/dist/hlsjs/", join(root, "hlsjs-adapter/target/npm/dist")],
  ["/dist/shaka/", join(root, "shaka-adapter/target/npm/dist")],
  ["/node_modules/", join(root, "node_modules")],
  ["/", join(root, "demo-web/public")],
];
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".json": "application/json", ".map": "application/json", ".css": "text/css",
  ".m3u8": "application/vnd.apple.mpegurl", ".ts": "video/mp2t", ".mpd": "application/dash+xml",
  ".mp4": "video/mp4", ".m4s": "video/iso.segment",
};

function resolvePath(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (urlPath.startsWith(prefix)) {
      const file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
      if (!file.startsWith(dir)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) return join(file, "index.html");
      return file;
    }
  }
  return null;
}

const server = createServer((req, res) => {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Expose-Headers", "Content-Length, Content-Range");
  const file = resolvePath(new URL(req.url, `http://${host}`).pathname);
  if (!file || !existsSync(file)) {
    res.writeHead(404).end("not found");
    return;
  }
  const size = statSync(file).size;
  const type = types[extname(file)] ?? "application/octet-stream";
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
  if (range) {
    const start = range[1] === "" ? size - Number(range[2]) : Number(range[1]);
    const end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { "Content-Type": type, "Content-Length": end - start + 1,
      "Content-Range": `bytes ${start}-${end}/${size}`, "Accept-Ranges": "bytes" });
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { "Content-Type": type, "Content-Length": size, "Accept-Ranges": "bytes" });
  createReadStream(file).pipe(res);
});

const tracker = new TrackerServer({ udp: false, http: false, ws: true, stats: false, trustProxy: false });
tracker.on("error", (err) => console.error("tracker error:", err.message));
tracker.on("warning", (err) => console.warn("tracker warning:", err.message));

tracker.listen(trackerPort, host, () => {
  server.listen(port, host, () => {
    console.log(`SwarmLoader demo: http://${host}:${port}/`);
    console.log(`Tracker: ws://${host}:${trackerPort}`);
    console.log("Press Ctrl-C to stop.");
  });
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  tracker.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// The demo's built-in test streams behind one small interface, so the media source can change
// without touching the server or the page:
//
//   const source = await createStreamSource({ root, log });
//   source.catalogue   -> [{ id, title, kind: "hls" | "dash", live, path }]  (path: absolute URL path)
//   source.router      -> an express Router mounted at the server root
//
// Source: the shared test-streams module (test-streams/README.md): its ffmpeg media (made by
// `mvn install`, or here on first start when missing) served at /media/, its live HLS and DASH
// rewriters at /live/, and its catalogue.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import express from "express";
import { STREAMS, mediaDir } from "../../test-streams/lib/catalog.mjs";
import { createLiveStreams } from "../../test-streams/lib/live.mjs";

const LIVE_WINDOW = 20;
const MEDIA_OUTPUTS = ["vod", "dash", "hls-seq100"];

/** Creates the stream source; generates the media first when some of it is missing. */
export async function createStreamSource({ root, log = console.log }) {
  const dir = mediaDir();
  if (MEDIA_OUTPUTS.some((name) => !existsSync(join(dir, name, ".recipe")))) {
    log("Generating the test media with ffmpeg (once, under a minute)...");
    const made = spawnSync("node", [join(root, "test-streams/make-media.mjs"), dir], { stdio: "inherit" });
    if (made.status !== 0) throw new Error("test media generation failed (is ffmpeg installed?)");
  }
  const live = createLiveStreams({ mediaDir: dir, window: LIVE_WINDOW });
  const router = express.Router();
  // The origin's own count of the segment bytes it served (playlists and manifests excluded): what
  // "origin offload" is measured against, whatever the engines report.
  let segmentBytes = 0;
  router.use((req, res, next) => {
    if (SEGMENT_PATH.test(req.path)) {
      res.on("finish", () => {
        const length = Number(res.getHeader("Content-Length"));
        if (res.statusCode < 300 && Number.isFinite(length)) segmentBytes += length;
      });
    }
    next();
  });
  router.use("/media", express.static(dir, { index: false }));
  router.get("/live/*rel", (req, res) => {
    const r = live.handle(req.params.rel.join("/"));
    res.status(r.status).set("Cache-Control", "no-store").type(r.type);
    sendRange(req, res, r.body, r.status);
  });
  return {
    catalogue: STREAMS.map((s) => ({ id: s.id, title: s.name, kind: s.kind, live: s.live, path: s.path })),
    router,
    /** Segment bytes (init segments included) sent since the server started. */
    segmentBytesServed: () => segmentBytes,
  };
}

/** Media segment and init segment files; not playlists or manifests. */
const SEGMENT_PATH = /\.(ts|m4s|mp4|m4a|m4v|aac|webm)$/i;

/** Sends `body`, honouring a single-range Range header on a 200 response (206 / 416). */
function sendRange(req, res, body, status) {
  const ranges = status === 200 ? req.range(body.length) : undefined;
  res.set("Accept-Ranges", "bytes");
  if (ranges === -1) {
    res.status(416).set("Content-Range", `bytes */${body.length}`).end();
  } else if (Array.isArray(ranges) && ranges.type === "bytes" && ranges.length === 1) {
    const { start, end } = ranges[0];
    res.status(206).set("Content-Range", `bytes ${start}-${end}/${body.length}`);
    res.send(body.subarray(start, end + 1));
  } else {
    res.send(body);
  }
}

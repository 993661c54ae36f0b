// The demo server as the page and the runner use it: static files with CORS, MIME types and Range,
// only the listed node_modules packages, the catalogue, live playlists, and a clean close.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createConnection } from "node:net";
import { startDemo } from "../lib/demo-server.mjs";

let demo;
before(async () => {
  demo = await startDemo({ port: 0, trackerPort: 0, log: () => {} });
});
after(() => demo && demo.close());

const get = (path, headers = {}) => fetch(new URL(path, demo.url), { headers });

test("config lists the tracker and the catalogue's streams", async () => {
  const config = await (await get("/config.json")).json();
  assert.match(config.trackers[0], /^ws:\/\/127\.0\.0\.1:\d+$/);
  const ids = config.streams.map((s) => s.id);
  for (const id of ["hls-live", "hls-vod", "dash-live", "dash-vod", "hls-vod-audio"]) {
    assert.ok(ids.includes(id), `${id} in ${ids}`);
  }
});

test("the page, its scripts and the chart library are served with their types and CORS", async () => {
  const page = await get("/");
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type"), /^text\/html/);
  assert.equal(page.headers.get("access-control-allow-origin"), "*");
  const chart = await get("/node_modules/chart.js/dist/chart.umd.min.js");
  assert.equal(chart.status, 200);
  assert.match(chart.headers.get("content-type"), /javascript/);
  assert.equal((await get("/node_modules/typescript/package.json")).status, 404);
});

test("media honours Range with the right MIME type", async () => {
  const res = await get("/media/vod/v360p/seg000.ts", { Range: "bytes=0-187" });
  assert.equal(res.status, 206);
  assert.equal(res.headers.get("content-type"), "video/mp2t");
  const body = new Uint8Array(await res.arrayBuffer());
  assert.equal(body.length, 188);
  assert.equal(body[0], 0x47);
  assert.match(res.headers.get("content-range"), /^bytes 0-187\/\d+$/);
});

test("live HLS is a sliding window whose segments honour Range", async () => {
  const res = await get("/live/vod/v360p/index.m3u8");
  assert.equal(res.headers.get("content-type"), "application/vnd.apple.mpegurl");
  assert.equal(res.headers.get("cache-control"), "no-store");
  const text = await res.text();
  assert.match(text, /#EXT-X-MEDIA-SEQUENCE:\d+/);
  assert.doesNotMatch(text, /#EXT-X-ENDLIST/);
  const name = text.split("\n").find((l) => l && !l.startsWith("#"));
  const seg = await get(`/live/vod/v360p/${name}`, { Range: "bytes=188-375" });
  assert.equal(seg.status, 206);
  assert.equal((await seg.arrayBuffer()).byteLength, 188);
});

test("the origin counts the segment bytes it serves, not playlists, players or 404s", async () => {
  const before = demo.segmentBytesServed();
  await (await get("/media/vod/v360p/index.m3u8")).arrayBuffer();
  await (await get("/node_modules/hls.js/package.json")).arrayBuffer();
  await (await get("/media/vod/v360p/missing.ts")).arrayBuffer();
  assert.equal(demo.segmentBytesServed(), before);
  const whole = (await (await get("/media/vod/v360p/seg001.ts")).arrayBuffer()).byteLength;
  await (await get("/media/vod/v360p/seg001.ts", { Range: "bytes=0-187" })).arrayBuffer();
  const live = await (await get("/live/vod/v360p/index.m3u8")).text();
  const name = live.split("\n").find((l) => l && !l.startsWith("#"));
  const liveBytes = (await (await get(`/live/vod/v360p/${name}`)).arrayBuffer()).byteLength;
  assert.equal(demo.segmentBytesServed() - before, whole + 188 + liveBytes);
});

test("DASH live is a dynamic MPD", async () => {
  const res = await get("/live/dash/manifest.mpd");
  assert.equal(res.headers.get("content-type"), "application/dash+xml");
  assert.match(await res.text(), /type="dynamic"/);
});

test("close stops the HTTP server and the tracker", async () => {
  const ports = [new URL(demo.url).port, new URL(demo.trackerUrl.replace("ws:", "http:")).port];
  await demo.close();
  for (const port of ports) {
    const refused = await new Promise((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port: Number(port) });
      socket.on("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.on("error", () => resolve(true));
    });
    assert.ok(refused, `port ${port} still accepts connections`);
  }
  demo = null;
});

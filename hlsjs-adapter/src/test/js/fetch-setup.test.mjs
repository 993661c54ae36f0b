// hls.js fetchSetup shapes the engine's own HTTP downloads (player-integration.md §5.12, §7 #10),
// against a real local origin that refuses requests without the header fetchSetup adds.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { HlsJsP2PEngine } from "../../../target/npm/dist/swarmloader-hlsjs.js";
import { FakeHls, captureWarnings, details } from "./fakes.mjs";

/** An origin on 127.0.0.1 answering /v/seg<n>.ts only when X-Token is "secret". */
async function origin() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url, token: req.headers["x-token"], range: req.headers.range });
    if (req.headers["x-token"] !== "secret") {
      res.writeHead(403).end("token required");
      return;
    }
    const body = Buffer.from([Number(req.url.replace(/\D/g, "")), 7, 7, 7]);
    res.writeHead(200, { "Content-Type": "video/mp2t", "Content-Length": body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: "http://127.0.0.1:" + server.address().port + "/v/", seen, close: () => server.close() };
}

function engineWithHls(base, userConfig, warnings = []) {
  const engine = new HlsJsP2PEngine({ core: { announceTrackers: [] } });
  const hls = new FakeHls(userConfig);
  Object.assign(hls.config, engine.getConfigForHlsJs());
  engine.bindHls(hls);
  warnings.push(...captureWarnings(() => hls.createPlaylistLoader()));
  captureWarnings(() => {
    hls.levels = [{ url: [base + "index.m3u8"], bitrate: 1000000 }];
    hls.emit("hlsManifestLoaded", {
      url: base + "master.m3u8",
      networkDetails: { responseURL: base + "master.m3u8" },
      levels: [{ url: base + "index.m3u8", bitrate: 1000000, width: 640, height: 360 }],
      audioTracks: [],
    });
  });
  hls.emit("hlsLevelUpdated", { level: 0, details: details({ url: base + "index.m3u8", base, count: 4 }) });
  return { engine, hls };
}

function load(hls, url) {
  return new Promise((resolve) => {
    hls.createFragmentLoader().load({ url, rangeStart: 0, rangeEnd: 0 }, {}, {
      onSuccess: (r) => resolve([...new Uint8Array(r.data)]),
      onError: (e) => resolve("error " + e.code),
    });
  });
}

test("the engine's downloads go through hls.js fetchSetup", async () => {
  const o = await origin();
  const contexts = [];
  const { engine, hls } = engineWithHls(o.base, {
    fetchSetup(context, initParams) {
      contexts.push({ url: context.url, rangeEnd: context.rangeEnd, method: initParams.method });
      initParams.headers.set("X-Token", "secret");
      return new Request(context.url, initParams);
    },
  });
  try {
    assert.deepEqual(await load(hls, o.base + "seg1.ts"), [1, 7, 7, 7]);
    assert.ok(contexts.some((c) => c.url === o.base + "seg1.ts" && c.method === "GET"), JSON.stringify(contexts));
    assert.ok(o.seen.length > 0 && o.seen.every((r) => r.token === "secret"), JSON.stringify(o.seen));
  } finally {
    engine.destroy();
    o.close();
  }
});

test("without fetchSetup the engine sends no player header, and the origin's refusal is an error", async () => {
  const o = await origin();
  const { engine, hls } = engineWithHls(o.base, {});
  try {
    const answer = await load(hls, o.base + "seg2.ts");
    assert.notDeepEqual(answer, [2, 7, 7, 7]);
    assert.ok(o.seen.length > 0 && o.seen.every((r) => r.token === undefined));
  } finally {
    engine.destroy();
    o.close();
  }
});

test("xhrSetup alone cannot shape engine downloads: a warning says so; fetchSetup silences it", async () => {
  const o = await origin();
  const xhrOnly = [];
  const first = engineWithHls(o.base, { xhrSetup() {} }, xhrOnly);
  const both = [];
  const second = engineWithHls(o.base, { xhrSetup() {}, fetchSetup: (c, i) => new Request(c.url, i) }, both);
  try {
    assert.equal(xhrOnly.filter((w) => w.includes("xhrSetup is not applied")).length, 1, xhrOnly.join("\n"));
    assert.equal(both.filter((w) => w.includes("xhrSetup")).length, 0, both.join("\n"));
  } finally {
    first.engine.destroy();
    second.engine.destroy();
    o.close();
  }
});

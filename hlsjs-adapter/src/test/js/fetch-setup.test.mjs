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

function engineWithHls(base, userConfig, warnings = [], HlsClass = FakeHls) {
  const engine = new HlsJsP2PEngine({ core: { announceTrackers: [] } });
  const hls = new HlsClass(userConfig);
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

/**
 * A loader like hls.js's XhrLoader after an xhrSetup that adds the token: it fetches the whole
 * body, reports progress in stats.loaded and answers onSuccess({url, data, code}) at the end.
 */
class TokenLoader {
  static made = [];
  constructor(config) {
    this.config = config;
    this.stats = { loaded: 0 };
    this.aborted = false;
    TokenLoader.made.push(this);
  }
  load(context, config, callbacks) {
    this.context = context;
    const headers = { "X-Token": "secret" };
    if (context.rangeEnd) headers.Range = `bytes=${context.rangeStart}-${context.rangeEnd - 1}`;
    fetch(context.url, { headers })
      .then(async (r) => {
        const data = await r.arrayBuffer();
        this.stats.loaded = data.byteLength;
        if (this.aborted) return;
        if (r.status >= 200 && r.status < 300) callbacks.onSuccess({ url: context.url, data, code: r.status }, this.stats, context);
        else callbacks.onError({ code: r.status, text: r.statusText }, context, null, this.stats);
      })
      .catch(() => {
        // the test's origin closed under a download the engine no longer waits for
        if (!this.aborted) callbacks.onError({ code: 0, text: "network" }, context, null, this.stats);
      });
  }
  abort() {
    this.aborted = true;
  }
  destroy() {}
}

test("xhrSetup without fetchSetup: the engine downloads through new hls.config.loader(hls.config)", async () => {
  const o = await origin();
  TokenLoader.made.length = 0;
  const warnings = [];
  const { engine, hls } = engineWithHls(o.base, { xhrSetup() {}, loader: TokenLoader }, warnings);
  try {
    assert.deepEqual(await load(hls, o.base + "seg1.ts"), [1, 7, 7, 7]);
    const loading = TokenLoader.made.filter((l) => l.context); // the others are fallback loaders
    assert.ok(loading.length > 0 && loading.every((l) => l.config === hls.config));
    assert.ok(loading.some((l) => l.context.url === o.base + "seg1.ts" && l.context.responseType === "arraybuffer"));
    assert.ok(o.seen.length > 0 && o.seen.every((r) => r.token === "secret"), JSON.stringify(o.seen));
    assert.equal(warnings.filter((w) => w.includes("xhrSetup")).length, 0, warnings.join("\n"));
  } finally {
    engine.destroy();
    o.close();
  }
});

test("a custom loader alone (not hls.js's default) is used too; the default loader is not", async () => {
  class HlsWithDefaults extends FakeHls {
    static DefaultConfig = { loader: TokenLoader };
  }
  const o = await origin();
  const custom = engineWithHls(o.base, { loader: class extends TokenLoader {} }, [], HlsWithDefaults);
  try {
    assert.deepEqual(await load(custom.hls, o.base + "seg2.ts"), [2, 7, 7, 7]);
  } finally {
    custom.engine.destroy();
  }
  const before = o.seen.length;
  const plain = engineWithHls(o.base, { loader: TokenLoader }, [], HlsWithDefaults);
  try {
    assert.notDeepEqual(await load(plain.hls, o.base + "seg3.ts"), [3, 7, 7, 7]);
    assert.ok(o.seen.slice(before).every((r) => r.token === undefined), "the default loader is not used");
  } finally {
    plain.engine.destroy();
    o.close();
  }
});

test("an origin error through the player loader is an engine error, and the player hears it", async () => {
  const o = await origin();
  class NoTokenLoader extends TokenLoader {
    load(context, config, callbacks) {
      fetch(context.url)
        .then((r) => callbacks.onError({ code: r.status, text: "Forbidden" }, context, null, this.stats))
        .catch(() => callbacks.onError({ code: 0, text: "network" }, context, null, this.stats));
    }
  }
  const errors = [];
  const { engine, hls } = engineWithHls(o.base, { xhrSetup() {}, loader: NoTokenLoader });
  engine.addEventListener("onSegmentError", (e) => errors.push(e.error.message));
  try {
    assert.match(String(await load(hls, o.base + "seg2.ts")), /^error/);
    assert.ok(errors.some((m) => /player loader failed: HTTP 403/.test(m)), errors.join("\n"));
  } finally {
    engine.destroy();
    o.close();
  }
});

test("fetchSetup wins over xhrSetup and a custom loader", async () => {
  const o = await origin();
  TokenLoader.made.length = 0;
  const both = [];
  const { engine, hls } = engineWithHls(o.base, { xhrSetup() {}, loader: TokenLoader, fetchSetup: (c, i) => { i.headers.set("X-Token", "secret"); return new Request(c.url, i); } }, both);
  try {
    assert.equal(both.filter((w) => w.includes("xhrSetup")).length, 0, both.join("\n"));
    assert.deepEqual(await load(hls, o.base + "seg3.ts"), [3, 7, 7, 7]);
    assert.equal(TokenLoader.made.filter((l) => l.context).length, 0, "fetchSetup wins over the loader");
  } finally {
    engine.destroy();
    o.close();
  }
});

// Manual two-peer check (not part of the build): two headless Chromium instances play the same
// source through shaka.html with swarmloader-shaka and print bytes by source (http / p2p).
//
//   node e2e-tests/src/test/node/tracker.mjs 18732 &
//   node e2e-tests/src/test/node/test-server.mjs --port 18731 --root . \
//     --media e2e-tests/target/media --dist shaka-adapter/target/npm/dist \
//     --pages shaka-adapter/src/test/browser &
//   node shaka-adapter/src/test/browser/two-peers.mjs http://127.0.0.1:18731 ws://127.0.0.1:18732 \
//     http://127.0.0.1:18731/media/vod/master.m3u8 [seconds=40] [second peer delay=8]
//
// Demo page mode (test-streams' live streams): the demo page URL instead of base, tracker and src;
// prints the demo meter's figures and the engine's segments by stream type and source.
//
//   node demo-web/server.mjs --port 18741 --tracker-port 18742 &
//   node shaka-adapter/src/test/browser/two-peers.mjs --demo \
//     "http://127.0.0.1:18741/?player=shaka&engine=swarmloader&stream=dash-live" [seconds] [delay]
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const demo = process.argv[2] === "--demo";
const [base, tracker, src, seconds = "40", delayS = "8"] = demo
  ? [process.argv[3], null, null, ...process.argv.slice(4)]
  : process.argv.slice(2);
const profiles = [];
function make() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sl-shaka-profile-"));
  profiles.push(profile);
  const o = new chrome.Options();
  o.setChromeBinaryPath("/usr/bin/chromium");
  o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-breakpad",
    "--mute-audio", "--autoplay-policy=no-user-gesture-required",
    "--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns", "--use-fake-ui-for-media-stream",
    "--user-data-dir=" + profile);
  return new Builder().forBrowser("chrome").setChromeOptions(o).setChromeService(new chrome.ServiceBuilder("/usr/bin/chromedriver")).build();
}
const url = demo ? base
  : `${base}/pages/shaka.html?tracker=${encodeURIComponent(tracker)}&src=${encodeURIComponent(src)}`;
// Demo mode: counts the engine's onSegmentLoaded by stream type and source once the page has one.
const COUNT_SEGMENTS = `const w = window; const id = setInterval(() => {
  const e = w.swarmDemo && w.swarmDemo.session && w.swarmDemo.session.engine; if (!e) return;
  clearInterval(id); w.bySource = {};
  e.addEventListener("onSegmentLoaded", (d) => { const k = d.streamType + "/" + d.downloadSource;
    const c = (w.bySource[k] ??= { segments: 0, bytes: 0 }); c.segments++; c.bytes += d.bytesLength; });
}, 50);`;
async function open(d) {
  await d.get(url);
  if (demo) await d.executeScript(COUNT_SEGMENTS);
}
async function report(d) {
  if (demo) {
    const s = await d.executeScript("return Object.assign(window.swarmDemo.stats(), {bySource: window.bySource});");
    return { bytes: s.bytes, segments: s.segments, bySource: s.bySource, peerCount: s.peerCount, t: s.currentTime, playedS: s.playedS, stalls: s.stalls, phase: s.phase, error: s.error, fatal: s.fatal };
  }
  const s = await d.executeScript("return Object.assign({}, window.stats, {t: document.getElementById('v').currentTime, logs: undefined});");
  return { http: s.http, p2p: s.p2p, peers: s.peers, t: s.t, loadedOk: s.loadedOk, errors: s.errors, playerErrors: s.playerErrors, segs: s.loaded.length, p2pSegs: s.loaded.filter((x) => x[0] === "p2p").length };
}
const drivers = [];
try {
  const a = await make(); drivers.push(a);
  await open(a);
  await new Promise((r) => setTimeout(r, Number(delayS) * 1000));
  const b = await make(); drivers.push(b);
  await open(b);
  await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
  for (const [i, d] of drivers.entries()) {
    console.log(`peer ${i}:`, JSON.stringify(await report(d)));
    const logs = await d.manage().logs().get("browser").catch(() => []);
    for (const l of logs.slice(0, 15)) console.log("   log:", l.level.name, l.message.slice(0, 300));
  }
} finally {
  for (const d of drivers) await d.quit().catch(() => {});
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
}

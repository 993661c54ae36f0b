// Manual two-peer check (not part of the build): two headless Chromium instances play the same
// source through shaka.html with swarmloader-shaka and print bytes by source (http / p2p).
//
//   node e2e-tests/src/test/node/tracker.mjs 18732 &
//   node e2e-tests/src/test/node/test-server.mjs --port 18731 --root . \
//     --media e2e-tests/target/media --dist shaka-adapter/target/npm/dist \
//     --pages shaka-adapter/src/test/browser &
//   node shaka-adapter/src/test/browser/two-peers.mjs http://127.0.0.1:18731 ws://127.0.0.1:18732 \
//     http://127.0.0.1:18731/media/vod/master.m3u8 [seconds=40] [second peer delay=8]
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const [base, tracker, src, seconds = "40", delayS = "8"] = process.argv.slice(2);
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
const url = `${base}/pages/shaka.html?tracker=${encodeURIComponent(tracker)}&src=${encodeURIComponent(src)}`;
const drivers = [];
try {
  const a = await make(); drivers.push(a);
  await a.get(url);
  await new Promise((r) => setTimeout(r, Number(delayS) * 1000));
  const b = await make(); drivers.push(b);
  await b.get(url);
  await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
  for (const [i, d] of drivers.entries()) {
    const s = await d.executeScript("return Object.assign({}, window.stats, {t: document.getElementById('v').currentTime, logs: undefined});");
    console.log(`peer ${i}:`, JSON.stringify({ http: s.http, p2p: s.p2p, peers: s.peers, t: s.t, loadedOk: s.loadedOk, errors: s.errors, playerErrors: s.playerErrors, segs: s.loaded.length, p2pSegs: s.loaded.filter((x) => x[0] === "p2p").length }));
    const logs = await d.manage().logs().get("browser").catch(() => []);
    for (const l of logs.slice(0, 15)) console.log("   log:", l.level.name, l.message.slice(0, 300));
  }
} finally {
  for (const d of drivers) await d.quit().catch(() => {});
  for (const p of profiles) fs.rmSync(p, { recursive: true, force: true });
}

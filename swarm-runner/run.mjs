// Swarm runner: starts the demo server and tracker, opens N headless Chromium peers on the demo page
// (joining a few seconds apart, seeded), shows live progress, then prints a summary table and writes
// a JSON and an HTML report.
//
//   npm run swarm -- [--engine swarmloader|p2pml|http] [--player id] [--stream id] [--live-sync N]
//                    [--peers N] [--duration s] [--seed n] [--out dir]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startDemo } from "../demo-web/lib/demo-server.mjs";
import { launchChromium } from "./browser.mjs";
import { joinSchedule, parseArgs, playsDash, seededRandom, USAGE } from "./options.mjs";
import { progressLines, summarize, summaryTable, reportHtml } from "./report.mjs";

/** Reads every open page's window.swarmDemo.stats() and keeps a compact sample of it. */
function pollAll(peers, t) {
  return Promise.all(peers.map(async (p) => {
    if (!p.browser || p.error) return;
    try {
      const s = await p.browser.driver.executeScript(
        "return window.swarmDemo ? window.swarmDemo.stats() : null;");
      if (s) {
        p.stats = s;
        p.samples.push([t, s.bytes.http, s.bytes.p2p, s.bytes.upload, s.currentTime, s.peerCount, s.stalls]);
      }
    } catch (e) {
      p.error = `poll: ${e.message}`;
    }
  }));
}

const POLL_MS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`error: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (!opts) {
    console.log(USAGE);
    return 0;
  }
  const demo = await startDemo({ port: 0, trackerPort: 0, log: () => {} });
  const stream = demo.streams.find((s) => s.id === opts.stream);
  const refusal = !stream
    ? `unknown stream ${opts.stream}; built-in: ${demo.streams.map((s) => s.id).join(", ")}`
    : stream.kind === "dash" && !playsDash(opts.player)
      ? `${opts.player} plays HLS only: use --player shaka, plyr-shaka or dplayer-shaka`
      : null;
  if (refusal) {
    console.error(`error: ${refusal}`);
    await demo.close();
    return 2;
  }
  const random = seededRandom(opts.seed);
  const schedule = joinSchedule(opts.peers, random);
  const query = new URLSearchParams({ player: opts.player, engine: opts.engine, stream: opts.stream,
    headless: "1", trackers: demo.trackerUrl, liveSync: String(opts.liveSync), ...opts.core });
  const pageUrl = `${demo.url}?${query}`;
  const peers = schedule.map((at, i) => ({ name: String.fromCharCode(65 + i), joinAtMs: at,
    browser: null, stats: null, samples: [], error: null }));
  console.log(`Swarm: ${opts.peers} peers, ${opts.engine} + ${opts.player}, stream ${opts.stream}, `
    + `${opts.duration} s, seed ${opts.seed}, live sync ${opts.liveSync}; joins at ${schedule.map((t) => (t / 1000).toFixed(1)).join(", ")} s`
    + (Object.keys(opts.core).length ? `; core ${new URLSearchParams(opts.core)}` : ""));
  console.log(`Page: ${pageUrl}`);

  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Browsers start before the clock does (a launch takes seconds on a busy machine), so the join
  // schedule and the duration measure the swarm, not Chromium's start-up.
  process.stdout.write(`Launching ${peers.length} headless Chromium... `);
  const launchedAt = Date.now();
  await Promise.all(peers.map(async (p) => {
    try {
      p.browser = await launchChromium(p.name);
    } catch (e) {
      p.error = `launch: ${e.message}`;
    }
  }));
  console.log(`${((Date.now() - launchedAt) / 1000).toFixed(1)} s`);
  const t0 = Date.now();
  const endAt = t0 + opts.duration * 1000;
  const opens = peers.map(async (p) => {
    await sleep(p.joinAtMs);
    if (stopped || !p.browser) return;
    p.openedAtMs = Date.now() - t0;
    try {
      await p.browser.driver.get(pageUrl);
    } catch (e) {
      p.error = `open: ${e.message}`;
    }
  });
  const tty = process.stdout.isTTY;
  let drawn = 0;
  let lastPrint = 0;
  while (!stopped && Date.now() < endAt) {
    await sleep(POLL_MS);
    const t = Date.now() - t0;
    await pollAll(peers, t);
    const lines = progressLines(peers, t, opts.duration);
    if (tty) {
      process.stdout.write((drawn ? `\x1b[${drawn}A` : "") + lines.map((l) => `\x1b[2K${l}\n`).join(""));
      drawn = lines.length;
    } else if (t - lastPrint >= 10000) {
      console.log(lines.join("\n"));
      lastPrint = t;
    }
  }
  await Promise.all(opens);
  await pollAll(peers, Date.now() - t0);
  await Promise.all(peers.map((p) => p.browser?.quit()));
  const originBytes = demo.segmentBytesServed();
  await demo.close();

  const summary = summarize(peers, opts, originBytes);
  console.log(`\n${summaryTable(summary)}`);
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  const stamp = new Date(t0).toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const base = join(out, `swarm-${stamp}-${opts.engine}-${opts.player}-${opts.stream}`);
  const report = { date: new Date(t0).toISOString(), options: opts, pageUrl, summary,
    peers: peers.map((p) => ({ name: p.name, joinAtMs: p.joinAtMs, openedAtMs: p.openedAtMs ?? null,
      error: p.error, final: p.stats, samples: p.samples })) };
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(`${base}.html`, reportHtml(report));
  console.log(`Report: ${base}.json and ${base}.html`);
  return stopped ? 130 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(1);
});

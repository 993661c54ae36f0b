// The swarm runner's pure parts: options, the seeded join schedule and the summary.
import assert from "node:assert/strict";
import { test } from "node:test";
import { joinSchedule, parseArgs, playsDash, seededRandom } from "../options.mjs";
import { summarize, summaryTable } from "../report.mjs";

test("defaults: SwarmLoader with Hls.js, 4 peers, live HLS, 120 s", () => {
  const o = parseArgs([]);
  assert.deepEqual([o.engine, o.player, o.stream, o.peers, o.duration, o.seed],
    ["swarmloader", "hlsjs", "hls-live", 4, 120, 1]);
  assert.equal(parseArgs(["--peers", "6", "--engine", "http"]).peers, 6);
  assert.equal(parseArgs(["--help"]), null);
});

test("--core passes numeric engine options the demo page reads", () => {
  const o = parseArgs(["--core", "httpFirstTimeWindow=15", "--core", "initialPeerWaitMs=0"]);
  assert.deepEqual(o.core, { httpFirstTimeWindow: 15, initialPeerWaitMs: 0 });
  assert.deepEqual(parseArgs([]).core, {});
  assert.throws(() => parseArgs(["--core", "announceTrackers=1"]), /bad --core/);
  assert.throws(() => parseArgs(["--core", "initialPeerWaitMs=soon"]), /bad --core/);
  assert.throws(() => parseArgs(["--core", "initialPeerWaitMs"]), /bad --core/);
});

test("--player takes every player of the demo's picker", () => {
  for (const id of ["hlsjs", "shaka", "videojs", "clappr", "mediaelement", "flowplayer", "plyr",
    "plyr-shaka", "dplayer", "dplayer-shaka", "openplayer", "vidstack"]) {
    assert.equal(parseArgs(["--player", id]).player, id);
  }
  assert.throws(() => parseArgs(["--player", "jwplayer"]), /unknown player jwplayer; one of hlsjs/);
  assert.throws(() => parseArgs(["--engine", "p2pml", "--player", "plyr-shaka"]), /no 2\.3\.1/);
  assert.throws(() => parseArgs(["--engine", "p2pml", "--player", "videojs"]), /no Video\.js/);
  assert.equal(parseArgs(["--engine", "p2pml", "--player", "clappr"]).player, "clappr");
  assert.deepEqual(["shaka", "plyr-shaka", "dplayer-shaka", "hlsjs", "videojs"].map(playsDash),
    [true, true, true, false, false]);
});

test("p2p-media-loader with Shaka is refused with the reason", () => {
  assert.throws(() => parseArgs(["--engine", "p2pml", "--player", "shaka"]), /no 2\.3\.1/);
  assert.throws(() => parseArgs(["--engine", "other"]), /unknown engine/);
  assert.throws(() => parseArgs(["--peers", "0"]), /bad --peers/);
  assert.throws(() => parseArgs(["--bogus", "1"]), /unknown or incomplete/);
});

test("the seed fixes the join schedule: first at 0, then 2-5 s apart", () => {
  const a = joinSchedule(5, seededRandom(7));
  assert.deepEqual(a, joinSchedule(5, seededRandom(7)));
  assert.notDeepEqual(a, joinSchedule(5, seededRandom(8)));
  assert.equal(a[0], 0);
  for (let i = 1; i < a.length; i++) {
    const gap = a[i] - a[i - 1];
    assert.ok(gap >= 2000 && gap <= 5000, `gap ${gap}`);
  }
});

const peer = (name, http, p2p, extra = {}) => ({
  name, joinAtMs: 0, openedAtMs: 0, error: null,
  stats: { bytes: { http, p2p, upload: p2p }, stalls: 0, stallMs: 0, startupMs: 4000,
    firstP2pMs: 6000, playedS: 100, error: null, ...extra },
});

test("summary: swarm offload over all downloads, the 1 - 1/N bound, means and sums", () => {
  const s = summarize([peer("A", 300, 100), peer("B", 100, 300, { stalls: 2, stallMs: 1500,
    firstP2pMs: null })], { engine: "swarmloader", player: "hlsjs", stream: "hls-live", duration: 60, seed: 1 });
  assert.equal(s.rows[0].offload, 0.25);
  assert.equal(s.rows[1].offload, 0.75);
  assert.equal(s.swarm.offload, 0.5);
  assert.equal(s.swarm.bound, 0.5);
  assert.equal(s.swarm.stalls, 2);
  assert.equal(s.swarm.firstP2pMs, 6000, "peers without a P2P byte are left out of the mean");
  assert.match(summaryTable(s), /^swarm .* 50\.0 %/m);
});

test("a peer that never reported counts as zero and its error is listed", () => {
  const s = summarize([peer("A", 100, 100), { name: "B", joinAtMs: 3000, error: "launch: boom",
    stats: null }], { engine: "p2pml", player: "hlsjs", stream: "hls-live", duration: 60, seed: 1 });
  assert.equal(s.swarm.offload, 0.5);
  assert.equal(s.swarm.errors, 1);
  assert.match(summaryTable(s), /B: launch: boom/);
});

test("origin offload from the origin's own count, and each peer's latency behind the live edge", () => {
  const withPlayer = (name, player, latency) => peer(name, player / 2, player / 2,
    { bytes: { http: player / 2, p2p: player / 2, upload: 0, player }, latency });
  const s = summarize([withPlayer("A", 400, { lastS: 8, medianS: 7.5, maxS: 9.1 }),
    withPlayer("B", 600, { lastS: 8, medianS: 8.2, maxS: 8.8 })],
  { engine: "swarmloader", player: "hlsjs", stream: "hls-live", duration: 60, seed: 1 }, 250);
  assert.equal(s.swarm.originOffload, 0.75, "1 − 250 origin bytes / 1000 bytes the players received");
  assert.equal(s.swarm.latencyMaxS, 9.1);
  assert.deepEqual(s.rows.map((r) => r.latencyMedianS), [7.5, 8.2]);
  const table = summaryTable(s);
  assert.match(table, /^Origin offload 75\.0 %/m);
  assert.match(table, /7\.5 \/ 9\.1 s/);
  assert.equal(summarize([peer("A", 1, 1)], { engine: "http", player: "hlsjs", stream: "hls-vod",
    duration: 10, seed: 1 }).swarm.originOffload, null, "no origin count, no headline");
});

test("--live-sync sets hls.js liveSyncDurationCount (and Shaka's delay) on every page", () => {
  assert.equal(parseArgs([]).liveSync, 15);
  assert.equal(parseArgs(["--live-sync", "3"]).liveSync, 3);
  assert.throws(() => parseArgs(["--live-sync", "0"]), /bad --live-sync/);
});

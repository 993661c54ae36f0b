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

// The swarm runner's command line and its seeded join schedule.
import { join } from "node:path";
import { ROOT } from "../demo-web/lib/demo-server.mjs";
import { PLAYERS } from "../player-recipes/recipes.js";

/** --player values: bare Hls.js and Shaka Player, and the players of player-recipes/recipes.js. */
export const PLAYER_IDS = ["hlsjs", "shaka", ...Object.keys(PLAYERS)];

/** Whether --player `id` plays DASH (Shaka Player and the players built on it). */
export function playsDash(id) {
  return id === "shaka" || (PLAYERS[id] !== undefined && PLAYERS[id].kinds.includes("dash"));
}

export const USAGE = "usage: npm run swarm -- [--engine swarmloader|p2pml|http] [--player id]"
  + " [--stream id] [--peers N] [--duration s] [--seed n] [--live-sync N] [--out dir]"
  + " [--core key=number ...]";

/** Numeric engine options the demo page reads from its query (demo-web/public/app.js). */
export const CORE_NUMBER_KEYS = ["highDemandTimeWindow", "httpDownloadTimeWindow",
  "p2pDownloadTimeWindow", "simultaneousHttpDownloads", "simultaneousP2PDownloads",
  "httpDownloadInitialTimeoutMs", "httpFirstTimeWindow", "initialPeerWaitMs"];

export function parseArgs(argv) {
  const o = { engine: "swarmloader", player: "hlsjs", stream: "hls-live", peers: 4, duration: 120,
    seed: 1, liveSync: 15, out: join(ROOT, "swarm-runner/reports"), core: {} };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "").replace(/-([a-z])/g, (m, c) => c.toUpperCase());
    if (key === "help" || key === "h") return null;
    if (key === "core" && i + 1 < argv.length) {
      const [name, value] = argv[++i].split("=");
      if (!CORE_NUMBER_KEYS.includes(name) || value === undefined || value === "" || !Number.isFinite(Number(value))) {
        throw new Error(`bad --core ${argv[i]}: expected key=number with key one of ${CORE_NUMBER_KEYS.join(", ")}`);
      }
      o.core[name] = Number(value);
      continue;
    }
    if (!(key in o) || i + 1 >= argv.length) throw new Error(`unknown or incomplete option ${argv[i]}`);
    o[key] = typeof o[key] === "number" ? Number(argv[++i]) : argv[++i];
  }
  if (!["swarmloader", "p2pml", "http"].includes(o.engine)) throw new Error(`unknown engine ${o.engine}`);
  if (!PLAYER_IDS.includes(o.player)) {
    throw new Error(`unknown player ${o.player}; one of ${PLAYER_IDS.join(", ")}`);
  }
  if (o.engine === "p2pml" && (o.player === "shaka" || o.player.endsWith("-shaka"))) {
    throw new Error("--engine p2pml works with Hls.js players only: p2p-media-loader-shaka has no "
      + "2.3.1 release (its last is 2.2.2)");
  }
  if (o.engine === "p2pml" && o.player === "videojs") {
    throw new Error("--engine p2pml has no Video.js integration; SwarmLoader's is "
      + "swarmloader-hlsjs/videojs");
  }
  for (const k of ["peers", "duration", "seed", "liveSync"]) {
    if (!Number.isInteger(o[k]) || o[k] < (k === "seed" ? 0 : 1)) {
      throw new Error(`bad --${k === "liveSync" ? "live-sync" : k}`);
    }
  }
  return o;
}

/** mulberry32: a small seeded PRNG, so a seed reproduces the join schedule. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Join offsets in ms: the first peer at 0, then 2–5 s apart (seeded). */
export function joinSchedule(n, random) {
  const at = [0];
  for (let i = 1; i < n; i++) at.push(at[i - 1] + 2000 + Math.round(random() * 3000));
  return at;
}

// Player and engine wiring for the demo page: Hls.js or Shaka Player, or one of the players of
// player-recipes/recipes.js (Video.js, Clappr, ...), with SwarmLoader, p2p-media-loader 2.3.1
// (Hls.js-based players only) or no P2P engine at all. The engines are used through their public
// APIs only (README "Using it with Hls.js"; docs/players.md).
import { PLAYERS, importNamed, loadScript, mountPlayer } from "/player-recipes/recipes.js";

const SWARMLOADER_HLS = "/dist/hlsjs/swarmloader-hlsjs.js";
const SWARMLOADER_SHAKA = "/dist/shaka/swarmloader-shaka.js";
const SHAKA_SCRIPT = "/node_modules/shaka-player/dist/shaka-player.compiled.js";

/** Starts playback of `setup.src` in `video`; resolves with {player, engine}. */
export async function startPlayer(setup, video, meter) {
  if (PLAYERS[setup.player]) return startRecipe(setup, video, meter);
  if (setup.player === "shaka") return startShaka(setup, video, meter);
  return startHls(setup, video, meter);
}

async function startHls(setup, video, meter) {
  const { default: Hls } = await import("hls.js");
  const config = { liveSyncDurationCount: setup.liveSync, maxBufferLength: 30 };
  let hls;
  let engine = null;
  if (setup.engine === "http") {
    hls = new Hls(config);
    hls.on(Hls.Events.FRAG_LOADED, (e, d) => meter.addHttpBytes(d.frag.stats.loaded || 0));
  } else {
    const specifier = setup.engine === "p2pml" ? "p2p-media-loader-hlsjs" : SWARMLOADER_HLS;
    const HlsJsP2PEngine = await importNamed(specifier, "HlsJsP2PEngine");
    const HlsWithP2P = HlsJsP2PEngine.injectMixin(Hls);
    hls = new HlsWithP2P({
      ...config,
      p2p: {
        core: setup.core,
        onHlsJsCreated: (h) => meter.attachEngine(h.p2pEngine),
      },
    });
    engine = hls.p2pEngine;
  }
  meterHls(hls, meter);
  hls.on(Hls.Events.MANIFEST_PARSED, (e, d) => {
    meter.emit("player", `manifest: ${d.levels.map((l) => `${l.height}p`).join(", ")}`);
  });
  hls.on(Hls.Events.LEVEL_SWITCHED, (e, d) => {
    const level = hls.levels[d.level];
    meter.emit("player", `level switched to ${level ? `${level.height}p` : d.level}`);
  });
  hls.on(Hls.Events.ERROR, (e, d) => {
    if (d.fatal) meter.fail("hls.js", `${d.type} ${d.details}`);
    else meter.emit("warn", `hls.js ${d.details}`);
  });
  hls.on(Hls.Events.MEDIA_ATTACHED, () => play(video, meter));
  hls.loadSource(setup.src);
  hls.attachMedia(video);
  return { player: hls, engine };
}

async function startShaka(setup, video, meter) {
  if (setup.engine === "p2pml") {
    throw new Error("p2p-media-loader 2.3.1 has no Shaka adapter (p2p-media-loader-shaka stops at "
      + "2.2.2); choose Hls.js or another engine");
  }
  await loadScript(SHAKA_SCRIPT);
  const shaka = window.shaka;
  shaka.polyfill.installAll();
  let engine = null;
  if (setup.engine === "swarmloader") {
    const ShakaP2PEngine = await importNamed(SWARMLOADER_SHAKA, "ShakaP2PEngine");
    ShakaP2PEngine.registerPlugins(shaka);
    engine = new ShakaP2PEngine({ core: setup.core }, shaka);
    meter.attachEngine(engine);
  }
  const player = new shaka.Player();
  await player.attach(video);
  // Live: play liveSync segments (2 s each) behind the edge, outside the engine's high-demand
  // window, so P2P has time to work; the MPD's suggestedPresentationDelay (6 s) would otherwise win.
  player.configure(shakaConfig(setup));
  if (engine) engine.bindShakaPlayer(player);
  meterShaka(player, shaka, meter, !engine);
  player.addEventListener("error", (e) => meter.fail("shaka", `error ${e.detail.code}`));
  player.addEventListener("adaptation", () => {
    const track = player.getVariantTracks().find((t) => t.active);
    if (track) meter.emit("player", `variant ${track.height}p`);
  });
  await player.load(setup.src);
  meter.emit("player", `manifest loaded (${player.isLive() ? "live" : "VOD"})`);
  play(video, meter);
  return { player, engine };
}

/**
 * A player of player-recipes/recipes.js in place of the bare <video>; the meter counts the engine's
 * events, or with no engine the bytes hls.js or Shaka loaded.
 */
async function startRecipe(setup, video, meter) {
  const info = PLAYERS[setup.player];
  if (setup.engine === "p2pml" && (info.engine !== "hlsjs" || setup.player === "videojs")) {
    throw new Error(`p2p-media-loader 2.3.1 is offered here with the Hls.js-based players other `
      + `than Video.js; choose SwarmLoader or None for ${info.label}`);
  }
  const box = document.getElementById("player-box");
  video.hidden = true;
  box.hidden = false;
  const handle = await mountPlayer(setup.player, {
    container: box,
    src: setup.src,
    core: setup.engine === "http" ? null : setup.core,
    hlsConfig: { liveSyncDurationCount: setup.liveSync, maxBufferLength: 30 },
    shakaConfig: shakaConfig(setup),
    assets: {
      nodeModules: "/node_modules",
      hlsjs: setup.engine === "p2pml" ? "p2p-media-loader-hlsjs" : SWARMLOADER_HLS,
      videojs: "/dist/hlsjs/swarmloader-hlsjs-videojs.js",
      shaka: SHAKA_SCRIPT,
      shakaEngine: SWARMLOADER_SHAKA,
    },
    hooks: {
      engine: (engine) => meter.attachEngine(engine),
      video: (v) => meter.attachVideo(v),
      hls: (hls) => {
        meterHls(hls, meter);
        if (setup.engine === "http") {
          hls.on("hlsFragLoaded", (e, d) => meter.addHttpBytes(d.frag.stats.loaded || 0));
        }
      },
      shaka: (player, shaka) => meterShaka(player, shaka, meter, setup.engine === "http"),
    },
  });
  meter.emit("player", `${info.label}: ${handle.version}`);
  return { player: handle.player, engine: handle.engine, ui: handle };
}

/**
 * What the meter reads from hls.js whatever the engine: the fragment bytes hls.js received and,
 * on live streams, its latency behind the live edge.
 */
function meterHls(hls, meter) {
  hls.on("hlsFragLoaded", (e, d) => meter.addPlayerBytes(d.frag.stats.loaded || 0));
  meter.attachLatency(() => (hls.liveSyncPosition === null ? null : hls.latency));
}

/** The same from Shaka Player; `countHttp` also counts the bytes as HTTP (no engine to tell). */
function meterShaka(player, shaka, meter, countHttp) {
  player.getNetworkingEngine().registerResponseFilter((type, response) => {
    if (type === shaka.net.NetworkingEngine.RequestType.SEGMENT) {
      meter.addPlayerBytes(response.data.byteLength);
      if (countHttp) meter.addHttpBytes(response.data.byteLength);
    }
  });
  meter.attachLatency(() => (player.isLive() ? player.getLiveLatency() / 1000 : null));
}

/** Live: play liveSync segments (2 s each) behind the edge, like hls.js; 30 s buffers. */
function shakaConfig(setup) {
  return {
    manifest: {
      defaultPresentationDelay: setup.liveSync * 2,
      dash: { ignoreSuggestedPresentationDelay: true },
    },
    streaming: { bufferingGoal: 30 },
  };
}

function play(video, meter) {
  const p = video.play();
  if (p && p.catch) p.catch((e) => meter.emit("warn", `play() rejected: ${e.message}`));
}

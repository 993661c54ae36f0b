// One recipe per player: how a page puts SwarmLoader into Video.js, Clappr, MediaElement.js,
// Flowplayer 7, Plyr, DPlayer, OpenPlayerJS and Vidstack, with Hls.js and (Plyr, DPlayer) Shaka
// Player. The demo page and the browser tests both mount players through this module, and
// docs/players.md shows the same wiring as copy-paste snippets, so what the docs promise is what
// the tests run.
//
// A recipe does what a user of that player would do: it loads the player from node_modules the
// way the player's own docs say (script tags for UMD builds, ES modules where the player ships
// them), hands SwarmLoader to it through the hls.js class or config the player accepts, and then
// uses the player's own API for play, pause and seek. The only extras are `hooks`, the page's
// instrumentation: it sees each hls.js instance, engine, Shaka player and the playing <video>.

/** The players this module mounts: id -> label, the stream kinds it plays, its engine. */
export const PLAYERS = {
  videojs: { label: "Video.js 8 + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  clappr: { label: "Clappr + hlsjs-playback", kinds: ["hls"], engine: "hlsjs" },
  mediaelement: { label: "MediaElement.js + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  flowplayer: { label: "Flowplayer 7 + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  plyr: { label: "Plyr + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  "plyr-shaka": { label: "Plyr + Shaka Player", kinds: ["hls", "dash"], engine: "shaka" },
  dplayer: { label: "DPlayer + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  "dplayer-shaka": { label: "DPlayer + Shaka Player", kinds: ["hls", "dash"], engine: "shaka" },
  openplayer: { label: "OpenPlayerJS + Hls.js", kinds: ["hls"], engine: "hlsjs" },
  vidstack: { label: "Vidstack + Hls.js", kinds: ["hls"], engine: "hlsjs" },
};

/**
 * Mounts player `id` into `options.container` and starts playing `options.src` (muted).
 *
 * options:
 *   container   the element the player renders into
 *   src         the HLS or DASH URL
 *   core        SwarmLoader's core config, or null for the player without P2P
 *   hlsConfig   hls.js options (liveSyncDurationCount, ...); shakaConfig: Shaka options
 *   assets      {nodeModules, hlsjs, videojs, shaka, shakaEngine}: where the page serves
 *               node_modules, SwarmLoader's Hls.js ES module, its Video.js glue, Shaka's compiled
 *               build and SwarmLoader's Shaka ES module
 *   hooks       optional {hls(hls), engine(engine), shaka(player, shaka), video(video)}
 *
 * Resolves with a handle: {id, version, video, engine, play(), pause(), seek(seconds),
 * controlsRendered(), destroy()}; play, pause and seek go through the player's own API.
 */
export async function mountPlayer(id, options) {
  const recipe = RECIPES[id];
  if (!recipe) {
    throw new Error(`unknown player "${id}"; one of ${Object.keys(RECIPES).join(", ")}`);
  }
  const ctx = context(options);
  const handle = await recipe(ctx);
  handle.id = id;
  handle.video = await ctx.playingVideo();
  handle.engine = ctx.engine();
  return handle;
}

function context(options) {
  const hooks = { hls() {}, engine() {}, shaka() {}, video() {}, ...options.hooks };
  const seen = new WeakSet();
  let engine = null;
  const ctx = {
    ...options,
    p2p: options.core !== null && options.core !== undefined,
    nm: (path) => `${options.assets.nodeModules}/${path}`,
    engine: () => engine,
    /** Reports an engine to the hooks once. */
    seenEngine(e) {
      if (e && !seen.has(e)) {
        seen.add(e);
        engine = e;
        hooks.engine(e);
      }
      return e;
    },
    /** Reports an hls.js instance (and its engine) to the hooks once. */
    seenHls(hls) {
      if (hls && !seen.has(hls)) {
        seen.add(hls);
        hooks.hls(hls);
        ctx.seenEngine(hls.p2pEngine);
      }
      return hls;
    },
    seenShaka(player, shaka) {
      hooks.shaka(player, shaka);
    },
    /**
     * The hls.js class a player gets: `HlsJsP2PEngine.injectMixin(Hls)` with P2P, plain Hls.js
     * without; a subclass reports each instance to the hooks as the player creates it.
     */
    async hlsClass() {
      const { default: Hls } = await import("hls.js");
      const Base = ctx.p2p ? (await importNamed(options.assets.hlsjs, "HlsJsP2PEngine")).injectMixin(Hls) : Hls;
      return class PageHls extends Base {
        constructor(config) {
          super(config);
          ctx.seenHls(this);
        }
      };
    },
    /** The hls.js config a player passes to `new Hls(...)`: the page's options plus `p2p`. */
    hlsConfig(extra) {
      const config = { ...options.hlsConfig, ...extra };
      if (ctx.p2p) config.p2p = { core: options.core };
      return config;
    },
    /** Loads Shaka Player (the compiled build, window.shaka) and, with P2P, SwarmLoader's plugins. */
    async shakaSetup() {
      await loadScript(options.assets.shaka);
      const shaka = window.shaka;
      shaka.polyfill.installAll();
      let p2pEngine = null;
      if (ctx.p2p) {
        const ShakaP2PEngine = await importNamed(options.assets.shakaEngine, "ShakaP2PEngine");
        ShakaP2PEngine.registerPlugins(shaka);
        p2pEngine = ctx.seenEngine(new ShakaP2PEngine({ core: options.core }, shaka));
      }
      return { shaka, p2pEngine };
    },
    /** Attaches a Shaka player to `video` with SwarmLoader bound, then loads `src`. */
    async shakaPlay(video, src, setup) {
      const { shaka, p2pEngine } = setup || (await ctx.shakaSetup());
      const player = new shaka.Player();
      await player.attach(video);
      if (options.shakaConfig) player.configure(options.shakaConfig);
      ctx.seenShaka(player, shaka);
      if (p2pEngine) p2pEngine.bindShakaPlayer(player);
      await player.load(src);
      return player;
    },
    /** The <video> the player plays into: the one in the container with a MediaSource attached. */
    playingVideo() {
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const poll = () => {
          const video = [...options.container.querySelectorAll("video")]
            .find((v) => (v.currentSrc || v.src || "").startsWith("blob:"));
          if (video) {
            hooks.video(video);
            resolve(video);
          } else if (performance.now() - started > 30000) {
            reject(new Error("no <video> with a MediaSource appeared in 30 s"));
          } else {
            setTimeout(poll, 50);
          }
        };
        poll();
      });
    },
  };
  return ctx;
}

const RECIPES = {
  /** Video.js: SwarmLoader's source handler (swarmloader-hlsjs/videojs) plays HLS through Hls.js. */
  async videojs(ctx) {
    await loadCss(ctx.nm("video.js/dist/video-js.min.css"));
    await loadScript(ctx.nm("video.js/dist/video.min.js"));
    const videojs = window.videojs;
    if (ctx.p2p) {
      const { default: Hls } = await import("hls.js");
      const { registerSwarmLoader } = await import(ctx.assets.videojs);
      registerSwarmLoader(videojs, Hls, {
        hlsjsConfig: ctx.hlsConfig(),
        p2p: { core: ctx.core, onHlsJsCreated: (hls) => ctx.seenHls(hls) },
      });
    }
    const el = document.createElement("video-js");
    el.className = "vjs-default-skin vjs-fluid";
    ctx.container.append(el);
    const player = videojs(el, { controls: true, muted: true, autoplay: "muted", liveui: true });
    player.src({ src: ctx.src, type: "application/x-mpegURL" });
    return {
      version: `video.js ${videojs.VERSION}`,
      player,
      play: () => player.play(),
      pause: () => player.pause(),
      seek: (t) => player.currentTime(t),
      controlsRendered: () => player.controls() && visible(ctx.container, ".vjs-control-bar"),
      destroy: () => player.dispose(),
    };
  },

  /**
   * Clappr: hlsjs-playback bundles its own hls.js (1.6.2 in hlsjs-playback 1.9.4), so the engine
   * goes in through the playback's hlsjsConfig (getConfigForHlsJs) and is bound to the hls.js
   * instance the playback creates.
   */
  async clappr(ctx) {
    await loadScript(ctx.nm("@clappr/player/dist/clappr.min.js"));
    await loadScript(ctx.nm("@clappr/hlsjs-playback/dist/hlsjs-playback.min.js"));
    const { Clappr, HlsjsPlayback } = window;
    let engine = null;
    if (ctx.p2p) {
      const HlsJsP2PEngine = await importNamed(ctx.assets.hlsjs, "HlsJsP2PEngine");
      engine = ctx.seenEngine(new HlsJsP2PEngine({ core: ctx.core }));
    }
    const hlsjsConfig = { ...ctx.hlsConfig(), ...(engine ? engine.getConfigForHlsJs() : {}) };
    delete hlsjsConfig.p2p;
    const parent = document.createElement("div");
    ctx.container.append(parent);
    const player = new Clappr.Player({
      parent,
      source: ctx.src,
      mimeType: "application/x-mpegURL",
      mute: true,
      autoPlay: true,
      width: "100%",
      plugins: [HlsjsPlayback],
      playback: { hlsjsConfig },
    });
    const currentHls = () => {
      const playback = player.core && player.core.getCurrentPlayback();
      return playback && playback._hls ? ctx.seenHls(playback._hls) : null;
    };
    if (engine) engine.bindHls(currentHls);
    else player.on(Clappr.Events.PLAYER_PLAY, currentHls);
    return {
      version: `Clappr ${Clappr.version}, hlsjs-playback with hls.js ${HlsjsPlayback.HLSJS ? HlsjsPlayback.HLSJS.version : "?"}`,
      player,
      play: () => player.play(),
      pause: () => player.pause(),
      seek: (t) => player.seek(t),
      controlsRendered: () => visible(ctx.container, ".media-control"),
      destroy: () => player.destroy(),
    };
  },

  /** MediaElement.js: its native_hls renderer builds `new Hls(options.hls)` from window.Hls. */
  async mediaelement(ctx) {
    window.Hls = await ctx.hlsClass();
    await loadCss(ctx.nm("mediaelement/build/mediaelementplayer.min.css"));
    await loadScript(ctx.nm("mediaelement/build/mediaelement-and-player.min.js"));
    const video = mediaTag(ctx, "video", "application/x-mpegURL");
    const player = await new Promise((resolve, reject) => {
      // eslint-disable-next-line no-new
      new window.MediaElementPlayer(video, {
        renderers: ["native_hls", "html5"],
        hls: ctx.hlsConfig(),
        iconSprite: ctx.nm("mediaelement/build/mejs-controls.svg"),
        stretching: "responsive",
        success: (media, node, instance) => resolve(instance),
        error: (e) => reject(new Error(`MediaElement.js could not set up: ${e && e.message ? e.message : e}`)),
      });
    });
    player.play();
    return {
      version: `MediaElement.js ${window.mejs.version}`,
      player,
      play: () => player.play(),
      pause: () => player.pause(),
      seek: (t) => player.setCurrentTime(t),
      controlsRendered: () => visible(ctx.container, ".mejs__controls"),
      destroy: () => player.remove(),
    };
  },

  /** Flowplayer 7 (GPL): its hlsjs-lite engine builds `new Hls(conf.hlsjs)` from window.Hls. */
  async flowplayer(ctx) {
    window.Hls = await ctx.hlsClass();
    await loadCss(ctx.nm("flowplayer/dist/skin/skin.css"));
    await loadScript(ctx.nm("flowplayer/dist/flowplayer.min.js"));
    const root = document.createElement("div");
    ctx.container.append(root);
    const api = window.flowplayer(root, {
      clip: { sources: [{ type: "application/x-mpegurl", src: ctx.src }] },
      hlsjs: ctx.hlsConfig(),
      autoplay: true,
      muted: true,
      share: false,
      embed: false,
    });
    return {
      version: `Flowplayer ${window.flowplayer.version}`,
      player: api,
      play: () => api.resume(),
      pause: () => api.pause(),
      seek: (t) => api.seek(t),
      controlsRendered: () => visible(ctx.container, ".fp-ui") && visible(ctx.container, ".fp-controls"),
      destroy: () => api.shutdown(),
    };
  },

  /** Plyr is a UI around a <video>: the page attaches Hls.js (with SwarmLoader) to it. */
  async plyr(ctx) {
    const Plyr = await loadPlyr(ctx);
    const Hls = await ctx.hlsClass();
    const video = mediaTag(ctx, "video");
    const hls = new Hls(ctx.hlsConfig());
    hls.loadSource(ctx.src);
    hls.attachMedia(video);
    return plyrHandle(ctx, new Plyr(video, plyrOptions(ctx)), () => hls.destroy());
  },

  /** Plyr around a <video> played by Shaka Player with SwarmLoader's Shaka engine. */
  async "plyr-shaka"(ctx) {
    const Plyr = await loadPlyr(ctx);
    const video = mediaTag(ctx, "video");
    const plyr = new Plyr(video, plyrOptions(ctx));
    const shakaPlayer = await ctx.shakaPlay(video, ctx.src);
    return plyrHandle(ctx, plyr, () => shakaPlayer.destroy());
  },

  /**
   * DPlayer: its built-in "hls" type builds `new window.Hls(pluginOptions.hls)`, but only where the
   * browser cannot play HLS natively; a customType, as DPlayer's docs show, always uses Hls.js.
   */
  async dplayer(ctx) {
    const Hls = await ctx.hlsClass();
    await loadScript(ctx.nm("dplayer/dist/DPlayer.min.js"));
    const config = ctx.hlsConfig();
    return dplayerHandle(ctx, "p2pHls", (video, dp) => {
      const hls = new Hls(config);
      hls.loadSource(video.src);
      hls.attachMedia(video);
      dp.on("destroy", () => hls.destroy());
    });
  },

  /** DPlayer with a customType that plays DASH or HLS through Shaka Player and SwarmLoader. */
  async "dplayer-shaka"(ctx) {
    const setup = await ctx.shakaSetup();
    await loadScript(ctx.nm("dplayer/dist/DPlayer.min.js"));
    return dplayerHandle(ctx, "p2pShaka", (video, dp) => {
      ctx.shakaPlay(video, video.src, setup).then(
        (player) => {
          dp.on("destroy", () => player.destroy());
          dp.play(); // DPlayer's own autoplay ran before Shaka had loaded the manifest
        },
        (e) => console.error("Shaka could not load", e),
      );
    });
  },

  /** OpenPlayerJS: its HLS media builds `new Hls(options.hls)` from window.Hls. */
  async openplayer(ctx) {
    window.Hls = await ctx.hlsClass();
    await loadCss(ctx.nm("openplayerjs/dist/openplayer.min.css"));
    await loadScript(ctx.nm("openplayerjs/dist/openplayer.min.js"));
    const video = mediaTag(ctx, "video", "application/x-mpegURL");
    video.autoplay = false; // OpenPlayerJS starts playback itself: play() below
    video.id = `op-${Math.random().toString(36).slice(2)}`;
    video.className = "op-player__media";
    const player = new window.OpenPlayerJS(video.id, { hls: ctx.hlsConfig() });
    await player.init();
    player.play();
    return {
      version: `OpenPlayerJS ${window.OpenPlayerJS.version || "2.14.10"}`,
      player,
      play: () => player.play(),
      pause: () => player.pause(),
      seek: (t) => {
        player.getMedia().currentTime = t;
      },
      controlsRendered: () => visible(ctx.container, ".op-controls"),
      destroy: () => player.destroy(),
    };
  },

  /** Vidstack: on provider-change, the HLS provider gets the hls.js class and config. */
  async vidstack(ctx) {
    const Hls = await ctx.hlsClass();
    await loadCss(ctx.nm("vidstack/player/styles/default/theme.css"));
    await loadCss(ctx.nm("vidstack/player/styles/default/layouts/video.css"));
    await importBuilt("vidstack.js");
    const player = document.createElement("media-player");
    player.setAttribute("muted", "");
    player.setAttribute("autoplay", "");
    player.setAttribute("playsinline", "");
    player.addEventListener("provider-change", (event) => {
      const provider = event.detail;
      if (provider && provider.type === "hls") {
        provider.library = Hls;
        provider.config = ctx.hlsConfig();
      }
    });
    player.append(document.createElement("media-provider"));
    player.append(document.createElement("media-video-layout"));
    ctx.container.append(player);
    player.src = { src: ctx.src, type: "application/x-mpegurl" };
    return {
      version: "Vidstack 1.15",
      player,
      play: () => player.play(),
      pause: () => player.pause(),
      seek: (t) => {
        player.currentTime = t;
      },
      controlsRendered: () => visible(ctx.container, "media-video-layout [data-media-controls], media-video-layout .vds-controls"),
      destroy: () => player.destroy(),
    };
  },
};

// ---- per-player helpers ----

async function loadPlyr(ctx) {
  await loadCss(ctx.nm("plyr/dist/plyr.css"));
  const { default: Plyr } = await import(ctx.nm("plyr/dist/plyr.min.mjs"));
  return Plyr;
}

function plyrOptions(ctx) {
  // The icons from node_modules; blankVideo "" keeps Plyr from fetching its CDN file on destroy.
  return { muted: true, autoplay: true, iconUrl: ctx.nm("plyr/dist/plyr.svg"), blankVideo: "" };
}

function plyrHandle(ctx, plyr, stop) {
  plyr.play();
  return {
    version: "Plyr 3",
    player: plyr,
    play: () => plyr.play(),
    pause: () => plyr.pause(),
    seek: (t) => {
      plyr.currentTime = t;
    },
    controlsRendered: () => visible(ctx.container, ".plyr__controls"),
    destroy: () => {
      stop();
      plyr.destroy();
    },
  };
}

function dplayerHandle(ctx, type, play) {
  const el = document.createElement("div");
  ctx.container.append(el);
  const dp = new window.DPlayer({
    container: el,
    autoplay: true,
    mutex: false,
    video: { url: ctx.src, type, customType: { [type]: (video, player) => play(video, player) } },
  });
  dp.video.muted = true;
  dp.play();
  return {
    version: `DPlayer ${window.DPlayer.version || ""}`.trim(),
    player: dp,
    play: () => dp.play(),
    pause: () => dp.pause(),
    seek: (t) => dp.seek(t),
    controlsRendered: () => visible(ctx.container, ".dplayer-controller"),
    destroy: () => dp.destroy(),
  };
}

// ---- DOM helpers ----

/** A muted <video> (with a <source> of `type`, for players that pick a renderer by MIME type). */
function mediaTag(ctx, tag, type) {
  const media = document.createElement(tag);
  media.muted = true;
  media.autoplay = true;
  media.playsInline = true;
  media.controls = true;
  media.preload = "auto";
  media.style.width = "100%";
  if (type) {
    const source = document.createElement("source");
    source.src = ctx.src;
    source.type = type;
    media.append(source);
  }
  ctx.container.append(media);
  return media;
}

function visible(root, selector) {
  const el = root.querySelector(selector);
  return !!el && el.getClientRects().length > 0;
}

/** The export `name` of ES module `specifier`, with a clear error when either is missing. */
export async function importNamed(specifier, name) {
  let module;
  try {
    module = await import(specifier);
  } catch (e) {
    throw new Error(`cannot load ${specifier} (is it built?): ${e.message}`);
  }
  if (typeof module[name] !== "function") throw new Error(`${specifier} does not export ${name}`);
  return module[name];
}

/** Imports a bundle that player-recipes/build.mjs wrote into player-recipes/target/. */
async function importBuilt(file) {
  const url = new URL(`./target/${file}`, import.meta.url).href;
  try {
    return await import(url);
  } catch (e) {
    throw new Error(`cannot load ${url}: run node player-recipes/build.mjs (the demo-web build does): ${e.message}`);
  }
}

const loaded = new Map();

/** Loads a classic script once per page (later calls share the first load). */
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(el);
    }));
  }
  return loaded.get(src);
}

function loadCss(href) {
  if (!loaded.has(href)) {
    loaded.set(href, new Promise((resolve) => {
      const el = document.createElement("link");
      el.rel = "stylesheet";
      el.href = href;
      el.onload = resolve;
      el.onerror = resolve; // a missing stylesheet leaves the player unstyled, not broken
      document.head.append(el);
    }));
  }
  return loaded.get(href);
}

// Video.js 8 integration of swarmloader-hlsjs: a source handler for Video.js's Html5 tech that plays
// HLS through hls.js with the SwarmLoader P2P engine inside, instead of Video.js's own engine (VHS),
// which no hls.js loader reaches. Video.js keeps its controls, events, live UI and quality levels.
//
// Plain JS, no TeaVM: the engine class comes in as a parameter, so this file runs (and is tested)
// without the engine bundle. The two entries beside it hand over the real class: index.js imports
// it from the package's main module, global.js reads it from the SwarmLoaderHls script-tag global.
//
// How Video.js drives a source handler (Tech.withSourceHandlers in Video.js):
//   - Html5.registerSourceHandler(handler, index) puts it in the tech's list; the first handler
//     whose canHandleSource(source, techOptions) is non-empty plays the source;
//   - handler.handleSource(source, tech, techOptions) returns an object Video.js keeps while the
//     source plays and whose dispose() it calls on the next source and when the tech goes away;
//   - techOptions are the player's `html5` options, so `html5: { swarmloader }` arrives as
//     techOptions.swarmloader, and techOptions.playerId names the player.

const HLS_MIME_TYPES = new Set([
  "application/x-mpegurl",
  "application/vnd.apple.mpegurl",
  "audio/mpegurl",
  "audio/x-mpegurl",
]);

/**
 * Where the registration lives on Video.js's Html5 tech. Symbol.for, so that two copies of this
 * file (say the ES module and the script-tag build on one page) still register only once.
 */
const REGISTRATION = Symbol.for("swarmloader.videojs.registration");

const OPTION_KEYS = ["p2p", "hlsjsConfig"];

/** MediaError codes Video.js understands (MEDIA_ERR_NETWORK, MEDIA_ERR_SRC_NOT_SUPPORTED). */
const MEDIA_ERR_NETWORK = 2;
const MEDIA_ERR_SRC_NOT_SUPPORTED = 4;

/** An object literal (or Object.create(null)), from any realm (an iframe's objects included). */
function isPlainObject(value) {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Deep merge of plain objects, later sources winning. Plain objects are copied (so hls.js and the
 * engine never share, or mutate, the registration's objects); arrays are copied one level;
 * anything else (functions, classes, class instances) is taken by reference.
 */
function merge(...sources) {
  const out = {};
  for (const source of sources) {
    if (!source) continue;
    for (const key of Object.keys(source)) {
      if (key === "__proto__") continue;
      const value = source[key];
      if (isPlainObject(value)) {
        out[key] = merge(isPlainObject(out[key]) ? out[key] : undefined, value);
      } else {
        out[key] = Array.isArray(value) ? value.slice() : value;
      }
    }
  }
  return out;
}

/** `{ p2p?, hlsjsConfig? }`, or a TypeError naming what is wrong (typos such as `hlsConfig`). */
function checkOptions(options, where) {
  if (options === undefined || options === null) return {};
  if (!isPlainObject(options)) throw new TypeError(`${where} must be an object`);
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new TypeError(`${where}: unknown option "${key}" (known: ${OPTION_KEYS.join(", ")})`);
    }
  }
  for (const key of OPTION_KEYS) {
    if (options[key] !== undefined && !isPlainObject(options[key])) {
      throw new TypeError(`${where}.${key} must be an object`);
    }
  }
  return options;
}

function html5TechOf(videojs) {
  const Html5 =
    typeof videojs === "function" && typeof videojs.getTech === "function"
      ? videojs.getTech("Html5")
      : undefined;
  if (!Html5 || typeof Html5.registerSourceHandler !== "function") {
    throw new TypeError(
      "registerSwarmLoader: the first argument must be videojs (the Video.js 8 function, with its Html5 tech)",
    );
  }
  return Html5;
}

function checkHlsClass(Hls) {
  if (
    typeof Hls !== "function" ||
    typeof Hls.isSupported !== "function" ||
    !Hls.Events ||
    typeof Hls.prototype.loadSource !== "function"
  ) {
    throw new TypeError("registerSwarmLoader: the second argument must be the hls.js class (import Hls from \"hls.js\")");
  }
}

function isHlsType(type) {
  // "application/x-mpegURL; codecs=..." counts too: only the essence is compared.
  return typeof type === "string" && HLS_MIME_TYPES.has(type.split(";")[0].trim().toLowerCase());
}

function isM3u8Url(src) {
  return typeof src === "string" && /\.m3u8$/i.test(src.split(/[?#]/)[0]);
}

/** Index of a QualityLevel in a QualityLevelList (which is indexable but not an array), or -1. */
function indexInList(list, qualityLevel) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === qualityLevel) return i;
  }
  return -1;
}

function setSelectedIndex(list, index) {
  if (list.selectedIndex_ === index) return;
  // selectedIndex is a read-only view of selectedIndex_, which the list's owner (VHS, or here this
  // handler) keeps; 'change' is the event quality menus listen to.
  list.selectedIndex_ = index;
  list.trigger({ type: "change", selectedIndex: index });
}

function findPlayer(videojs, tech) {
  const id = tech.options_ && tech.options_.playerId;
  if (!id) return null;
  if (typeof videojs.getPlayer === "function") return videojs.getPlayer(id) || null;
  return (videojs.players && videojs.players[id]) || null;
}

/**
 * The HlsJsP2PEngine of the source playing in a Video.js player, or null (no player, no tech, or a
 * source this integration does not play).
 */
export function getP2PEngine(player) {
  if (!player || typeof player.tech !== "function") return null;
  const tech = player.tech({ IWillNotUseThisInPlugins: true });
  const hls = tech && tech.hls;
  return (hls && hls.p2pEngine) || null;
}

/** One HLS source playing through hls.js on one Html5 tech; Video.js disposes it. */
class SwarmLoaderSourceHandler {
  constructor(source, tech, techOptions, settings) {
    this.tech = tech;
    this.Hls = settings.Hls;
    this.player = findPlayer(settings.videojs, tech);
    this.hls = null;
    this.listeners = [];
    this.qualityList = null;
    this.entries = []; // { level: hls.js Level, enabled, qualityLevel }, in hls.levels order
    this.manifestParsed = false;
    this.networkRetried = false;
    this.mediaRecovered = false;
    this.errorTimer = null;
    this.loadStarted = false;
    this.errorBeforeLoadStart = null;
    this.disposed = false;

    let hls;
    try {
      const perPlayer = checkOptions(techOptions && techOptions.swarmloader, "html5.swarmloader");
      const defaults = settings.defaults;
      // liveDurationInfinity first, so a page may still turn it off: with it hls.js reports a live
      // stream's duration as Infinity, which Video.js's live tracker and live UI key on.
      const config = merge({ liveDurationInfinity: true }, defaults.hlsjsConfig, perPlayer.hlsjsConfig);
      config.p2p = merge(defaults.p2p, perPlayer.p2p);
      hls = new settings.HlsWithP2P(config);
    } catch (e) {
      // A bad config (the engine names the key) shows in Video.js's error display, rather than as
      // an exception thrown somewhere inside player.src(). Deferred: Video.js is still setting up
      // this source.
      this.errorTimer = this.later(() => this.fail(MEDIA_ERR_SRC_NOT_SUPPORTED, `SwarmLoader: ${e.message}`));
      return;
    }
    this.hls = hls;
    tech.hls = hls;

    const Events = this.Hls.Events;
    this.listen(Events.MANIFEST_PARSED, () => {
      this.manifestParsed = true;
      this.syncQualityLevels();
    });
    this.listen(Events.LEVELS_UPDATED, () => this.syncQualityLevels());
    this.listen(Events.LEVEL_SWITCHED, (event, data) => this.onLevelSwitched(data));
    this.listen(Events.FRAG_BUFFERED, () => {
      // Playback moves again: a later failure gets its own retry.
      this.networkRetried = false;
      this.mediaRecovered = false;
    });
    this.listen(Events.ERROR, (event, data) => this.onError(data));

    // Video.js clears the player's error when the video element fires loadstart. A manifest that
    // fails faster than that (a 404 when switching sources) would lose its error: it is shown again.
    this.onLoadStart = () => {
      this.loadStarted = true;
      const error = this.errorBeforeLoadStart;
      this.errorBeforeLoadStart = null;
      if (error) this.fail(error.code, error.message);
    };
    if (typeof tech.on === "function") tech.on("loadstart", this.onLoadStart);

    if (this.player && typeof this.player.qualityLevels === "function") {
      this.qualityList = this.player.qualityLevels();
      // Levels still listed belong to an earlier source.
      this.clearList();
    }

    hls.attachMedia(tech.el());
    hls.loadSource(source.src);
  }

  listen(event, listener) {
    this.hls.on(event, listener);
    this.listeners.push([event, listener]);
  }

  later(fn) {
    // Tech#setTimeout is cleared when the tech is disposed.
    return typeof this.tech.setTimeout === "function" ? this.tech.setTimeout(fn, 0) : setTimeout(fn, 0);
  }

  /** Mirrors hls.levels into the player's QualityLevelList; keeps each level's enabled flag. */
  syncQualityLevels() {
    const list = this.qualityList;
    if (!list) return;
    const previous = this.entries;
    this.removeOwnLevels();
    this.entries = (this.hls.levels || []).map((level, index) => {
      const before = previous.find((entry) => entry.level === level);
      const entry = { level, enabled: before ? before.enabled : true, qualityLevel: null };
      entry.qualityLevel = list.addQualityLevel({
        // The index: hls.js's Level.id is 0 for every variant, and the list drops duplicate ids.
        id: String(index),
        width: level.width,
        height: level.height,
        bandwidth: level.bitrate, // QualityLevel exposes it as `bitrate`
        bitrate: level.bitrate,
        frameRate: level.frameRate,
        // QualityLevel's `enabled` accessor calls this with no argument to read, one to write.
        enabled: (...args) => {
          if (args.length === 0) return entry.enabled;
          entry.enabled = Boolean(args[0]);
          this.applyEnabledLevels();
          return entry.enabled;
        },
      });
      return entry;
    });
    this.onLevelSwitched({ level: this.hls.currentLevel });
  }

  /**
   * hls.js picks one level or adapts over all of them: exactly one enabled level is chosen
   * manually; any other combination (all, several, none) means automatic selection.
   */
  applyEnabledLevels() {
    const hls = this.hls;
    const enabled = this.entries.filter((entry) => entry.enabled);
    if (enabled.length === 1) {
      const index = hls.levels.indexOf(enabled[0].level);
      // currentLevel switches now (flushing the buffer ahead), as a quality menu should.
      if (index !== -1 && hls.manualLevel !== index) hls.currentLevel = index;
    } else if (hls.manualLevel !== -1) {
      // nextLevel, not currentLevel: back to auto without throwing away what is buffered.
      hls.nextLevel = -1;
    }
  }

  onLevelSwitched(data) {
    const list = this.qualityList;
    if (!list || !data) return;
    const level = this.hls.levels && this.hls.levels[data.level];
    const entry = level && this.entries.find((e) => e.level === level);
    setSelectedIndex(list, entry ? indexInList(list, entry.qualityLevel) : -1);
  }

  onError(data) {
    if (!data || !data.fatal) return; // hls.js retries non-fatal errors itself
    const types = this.Hls.ErrorTypes || {};
    const network = data.type === (types.NETWORK_ERROR || "networkError");
    const media = data.type === (types.MEDIA_ERROR || "mediaError");
    // Before the manifest is parsed there is nothing to resume: a manifest that cannot be loaded or
    // has no playable level is reported at once.
    if (this.manifestParsed) {
      if (network && !this.networkRetried) {
        this.networkRetried = true;
        this.hls.startLoad();
        return;
      }
      if (media && !this.mediaRecovered) {
        this.mediaRecovered = true;
        this.hls.recoverMediaError();
        return;
      }
    }
    const cause = data.error && data.error.message ? ` (${data.error.message})` : "";
    this.fail(
      network ? MEDIA_ERR_NETWORK : MEDIA_ERR_SRC_NOT_SUPPORTED,
      `hls.js ${data.type}: ${data.details}${cause}`,
    );
  }

  /**
   * Shows the error in Video.js. Through the player, as VHS does: the Html5 tech's error() only
   * reads the video element's own error and ignores an argument.
   */
  fail(code, message) {
    if (this.disposed) return;
    const error = { code, message };
    if (this.hls && !this.loadStarted) this.errorBeforeLoadStart = error;
    if (this.player && typeof this.player.error === "function") {
      this.player.error(error);
    } else if (typeof this.tech.error === "function") {
      this.tech.error(error);
    }
  }

  removeOwnLevels() {
    const list = this.qualityList;
    for (const entry of this.entries) {
      if (entry.qualityLevel) list.removeQualityLevel(entry.qualityLevel);
    }
    this.entries = [];
  }

  clearList() {
    const list = this.qualityList;
    while (list.length > 0) list.removeQualityLevel(list[list.length - 1]);
    setSelectedIndex(list, -1);
  }

  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    if (this.errorTimer !== null) {
      if (typeof this.tech.clearTimeout === "function") this.tech.clearTimeout(this.errorTimer);
      else clearTimeout(this.errorTimer);
    }
    if (this.qualityList) {
      this.removeOwnLevels();
      setSelectedIndex(this.qualityList, -1);
    }
    if (this.onLoadStart && typeof this.tech.off === "function") this.tech.off("loadstart", this.onLoadStart);
    const hls = this.hls;
    if (hls) {
      for (const [event, listener] of this.listeners) hls.off(event, listener);
      this.listeners = [];
      hls.destroy(); // destroys hls.p2pEngine too
      if (this.tech.hls === hls) delete this.tech.hls;
      this.hls = null;
    }
  }
}

/**
 * The Video.js integration bound to one HlsJsP2PEngine class: `{ registerSwarmLoader, getP2PEngine }`.
 */
export function createSwarmLoaderVideojs(HlsJsP2PEngine) {
  if (typeof HlsJsP2PEngine !== "function" || typeof HlsJsP2PEngine.injectMixin !== "function") {
    throw new TypeError("createSwarmLoaderVideojs needs the HlsJsP2PEngine class of swarmloader-hlsjs");
  }

  /**
   * Registers the source handler on Video.js's Html5 tech, ahead of VHS. Returns true when it is
   * registered, false when hls.js cannot play here (no MediaSource): Video.js then keeps VHS or
   * native HLS. A second call registers nothing more: it replaces the hls.js class and the
   * defaults for sources set from then on.
   */
  function registerSwarmLoader(videojs, Hls, options) {
    const Html5 = html5TechOf(videojs);
    checkHlsClass(Hls);
    const defaults = merge(checkOptions(options, "registerSwarmLoader options"));
    if (!Hls.isSupported()) return false;

    const settings = { videojs, Hls, HlsWithP2P: HlsJsP2PEngine.injectMixin(Hls), defaults };
    const registered = Html5[REGISTRATION];
    if (registered) {
      Object.assign(registered.settings, settings);
      return true;
    }
    const handler = {
      name: "SwarmLoader",
      canPlayType: (type) => (isHlsType(type) ? "maybe" : ""),
      canHandleSource(source) {
        if (!source) return "";
        if (source.type) return handler.canPlayType(source.type);
        return isM3u8Url(source.src) ? "maybe" : "";
      },
      handleSource: (source, tech, techOptions) =>
        new SwarmLoaderSourceHandler(source, tech, techOptions, registration.settings),
    };
    const registration = { handler, settings };
    Html5.registerSourceHandler(handler, 0);
    Html5[REGISTRATION] = registration;
    return true;
  }

  return { registerSwarmLoader, getP2PEngine };
}

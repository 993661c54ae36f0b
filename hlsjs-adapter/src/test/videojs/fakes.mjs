// Test doubles for the Video.js integration, run in Node without a browser: just enough of
// Video.js (videojs function, Html5 tech with its source-handler list, player, tech,
// QualityLevelList), hls.js and the P2P engine for the source handler to be driven end to end.

/** hls.js look-alike: events by name, levels, manual level, and a record of calls. */
export class FakeHls {
  static supported = true;
  static isSupported() {
    return FakeHls.supported;
  }
  static Events = {
    MANIFEST_PARSED: "hlsManifestParsed",
    LEVELS_UPDATED: "hlsLevelsUpdated",
    LEVEL_SWITCHED: "hlsLevelSwitched",
    FRAG_BUFFERED: "hlsFragBuffered",
    ERROR: "hlsError",
  };
  static ErrorTypes = { NETWORK_ERROR: "networkError", MEDIA_ERROR: "mediaError", OTHER_ERROR: "otherError" };
  static instances = [];

  constructor(config = {}) {
    this.config = config;
    this.handlers = new Map();
    this.levels = [];
    this.manualLevel = -1;
    this.playingLevel = -1;
    this.calls = [];
    FakeHls.instances.push(this);
  }
  on(event, fn) {
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push(fn);
  }
  off(event, fn) {
    const list = this.handlers.get(event) || [];
    const at = list.indexOf(fn);
    if (at !== -1) list.splice(at, 1);
  }
  emit(event, data) {
    for (const fn of [...(this.handlers.get(event) || [])]) fn(event, data);
  }
  listenerCount() {
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
  get currentLevel() {
    return this.playingLevel;
  }
  set currentLevel(level) {
    this.calls.push(["currentLevel", level]);
    this.manualLevel = level;
  }
  get nextLevel() {
    return this.manualLevel;
  }
  set nextLevel(level) {
    this.calls.push(["nextLevel", level]);
    this.manualLevel = level;
  }
  attachMedia(media) {
    this.calls.push(["attachMedia", media]);
  }
  loadSource(url) {
    this.calls.push(["loadSource", url]);
  }
  startLoad() {
    this.calls.push(["startLoad"]);
  }
  recoverMediaError() {
    this.calls.push(["recoverMediaError"]);
  }
  destroy() {
    this.calls.push(["destroy"]);
  }
  /** Manifest with the given levels parsed. */
  parseManifest(levels) {
    this.levels = levels;
    this.emit(FakeHls.Events.MANIFEST_PARSED, { levels });
  }
}

/** HlsJsP2PEngine look-alike: injectMixin as in swarmloader-hlsjs (p2p config, hls.p2pEngine). */
export class FakeEngine {
  static mixinCalls = 0;
  constructor(config) {
    this.config = config;
    this.destroyed = false;
  }
  destroy() {
    this.destroyed = true;
  }
  static injectMixin(Hls) {
    FakeEngine.mixinCalls++;
    return class HlsWithP2P extends Hls {
      constructor(config = {}) {
        const { p2p, ...hlsConfig } = config;
        super(hlsConfig);
        this.p2pConfig = p2p;
        this.p2pEngine = new FakeEngine(p2p);
        if (p2p && p2p.onHlsJsCreated) p2p.onHlsJsCreated(this);
      }
      destroy() {
        super.destroy();
        this.p2pEngine.destroy();
      }
    };
  }
}

/** As Video.js's QualityLevel: bitrate from the representation's bandwidth, enabled through it. */
class QualityLevel {
  constructor(representation) {
    this.id = representation.id;
    this.label = this.id;
    this.width = representation.width;
    this.height = representation.height;
    this.bitrate = representation.bandwidth;
    this.frameRate = representation.frameRate;
    this.enabled_ = representation.enabled;
    Object.defineProperty(this, "enabled", {
      get: () => this.enabled_(),
      set: (value) => this.enabled_(value),
    });
  }
}

/** As Video.js's QualityLevelList (videojs-contrib-quality-levels 4), events recorded. */
export class FakeQualityLevelList {
  constructor() {
    this.levels_ = [];
    this.selectedIndex_ = -1;
    this.events = [];
  }
  get selectedIndex() {
    return this.selectedIndex_;
  }
  get length() {
    return this.levels_.length;
  }
  addQualityLevel(representation) {
    const existing = this.getQualityLevelById(representation.id);
    if (existing) return existing;
    const index = this.levels_.length;
    const level = new QualityLevel(representation);
    if (!(String(index) in this)) {
      Object.defineProperty(this, index, { get: () => this.levels_[index] });
    }
    this.levels_.push(level);
    this.trigger({ type: "addqualitylevel", qualityLevel: level });
    return level;
  }
  removeQualityLevel(level) {
    const at = this.levels_.indexOf(level);
    if (at === -1) return null;
    this.levels_.splice(at, 1);
    if (this.selectedIndex_ === at) this.selectedIndex_ = -1;
    else if (this.selectedIndex_ > at) this.selectedIndex_--;
    this.trigger({ type: "removequalitylevel", qualityLevel: level });
    return level;
  }
  getQualityLevelById(id) {
    return this.levels_.find((level) => level.id === id) || null;
  }
  trigger(event) {
    this.events.push(event);
  }
}

/** Video.js's Html5 tech class as far as source handlers go (Tech.withSourceHandlers). */
export function fakeHtml5Tech() {
  const vhs = { name: "VHS", canPlayType: () => "maybe", canHandleSource: () => "maybe", handleSource: () => ({}) };
  const Html5 = {
    sourceHandlers: [vhs],
    registerCalls: [],
    registerSourceHandler(handler, index) {
      this.registerCalls.push(index);
      this.sourceHandlers.splice(index === undefined ? this.sourceHandlers.length : index, 0, handler);
    },
    selectSourceHandler(source, options) {
      return this.sourceHandlers.find((h) => h.canHandleSource(source, options)) || null;
    },
  };
  return Html5;
}

/** The videojs function: getTech("Html5"), getPlayer(id). */
export function fakeVideojs(Html5 = fakeHtml5Tech()) {
  const players = {};
  const videojs = function videojs() {};
  videojs.getTech = (name) => (name === "Html5" ? Html5 : undefined);
  videojs.getPlayer = (id) => players[id];
  videojs.players = players;
  videojs.Html5 = Html5;
  return videojs;
}

let playerCount = 0;

/**
 * A player with one Html5 tech; `html5` as in videojs(id, { html5 }). setSource does what
 * Tech#setSource does: picks a handler, disposes the previous one, calls handleSource.
 */
export function fakePlayer(videojs, { html5 = {}, qualityLevels = true } = {}) {
  const playerId = `player_${++playerCount}`;
  const video = { tagName: "VIDEO" };
  const timers = new Set();
  const tech = {
    options_: { playerId, ...html5 },
    el: () => video,
    setTimeout(fn, ms) {
      const id = setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.add(id);
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
      clearTimeout(id);
    },
    handlers: {},
    on(type, fn) {
      (this.handlers[type] ||= []).push(fn);
    },
    off(type, fn) {
      this.handlers[type] = (this.handlers[type] || []).filter((f) => f !== fn);
    },
    /** Tech#trigger; on loadstart the player first clears its error, as Video.js does. */
    trigger(type) {
      if (type === "loadstart") player.error(null);
      for (const fn of [...(this.handlers[type] || [])]) fn({ type });
    },
    techErrors: [],
    error(e) {
      this.techErrors.push(e);
    },
  };
  const list = new FakeQualityLevelList();
  const player = {
    id: playerId,
    video,
    tech_: tech,
    errors: [],
    sourceHandler: null,
    tech: () => player.tech_,
    error(e) {
      player.errors.push(e);
    },
    setSource(source) {
      const sh = videojs.Html5.selectSourceHandler(source, tech.options_);
      if (player.sourceHandler && player.sourceHandler.dispose) player.sourceHandler.dispose();
      player.sourceHandler = sh.handleSource(source, tech, tech.options_);
      return player.sourceHandler;
    },
  };
  if (qualityLevels) player.qualityLevels = () => list;
  player.list = list;
  videojs.players[playerId] = player;
  return player;
}

/** hls.js-style levels, lowest first; as in hls.js 1.7, every variant's Level.id is 0. */
export function levels() {
  return [
    { id: 0, width: 640, height: 360, bitrate: 800000 },
    { id: 0, width: 1280, height: 720, bitrate: 2500000 },
    { id: 0, width: 1920, height: 1080, bitrate: 5000000 },
  ];
}

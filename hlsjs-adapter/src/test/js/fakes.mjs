// Test doubles for the Node bundle tests: a minimal hls.js look-alike (events by string name,
// config/userConfig, levels, audioTracks, media), a recording base loader and a media element.

/** Records constructions and calls; answers loads through a script the test sets. */
export class RecordingLoader {
  static instances = [];
  constructor(config) {
    this.config = config;
    this.stats = { own: true };
    this.calls = [];
    RecordingLoader.instances.push(this);
  }
  load(context, config, callbacks) {
    this.calls.push(["load", context, config, callbacks]);
  }
  abort() {
    this.calls.push(["abort"]);
  }
  destroy() {
    this.calls.push(["destroy"]);
  }
  getCacheAge() {
    return 7;
  }
}

export class FakeMedia {
  constructor() {
    this.currentTime = 0;
    this.playbackRate = 1;
    this.listeners = new Map();
  }
  addEventListener(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(fn);
  }
  removeEventListener(name, fn) {
    this.listeners.get(name)?.delete(fn);
  }
  count() {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
  fire(name) {
    for (const fn of [...(this.listeners.get(name) ?? [])]) fn({ type: name });
  }
}

/** Just enough of hls.js: the adapter only uses on/off, config, userConfig, levels, audioTracks, media. */
export class FakeHls {
  constructor(userConfig = {}) {
    this.userConfig = userConfig;
    this.config = { loader: RecordingLoader, maxBufferLength: 30, maxMaxBufferLength: 600, ...userConfig };
    this.handlers = new Map();
    this.levels = [];
    this.audioTracks = [];
    this.media = null;
  }
  on(name, fn) {
    if (!this.handlers.has(name)) this.handlers.set(name, []);
    this.handlers.get(name).push(fn);
  }
  off(name, fn) {
    const list = this.handlers.get(name) ?? [];
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
  }
  emit(name, data) {
    for (const fn of [...(this.handlers.get(name) ?? [])]) fn(name, data);
  }
  handlerCount() {
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
  /** What hls.js's playlist loader does: construct the pLoader from the config. */
  createPlaylistLoader() {
    return new this.config.pLoader(this.config);
  }
  createFragmentLoader() {
    return new this.config.fLoader(this.config);
  }
}

/** A VOD or live media playlist's details, hls.js style. */
export function details({ url, live = false, firstSn = 0, count = 6, target = 6, base = "https://cdn.example/v/", ranges = false }) {
  const fragments = [];
  for (let k = 0; k < count; k++) {
    const sn = firstSn + k;
    fragments.push({
      url: ranges ? base + "all.mp4" : base + "seg" + sn + ".ts",
      sn,
      byteRange: ranges ? [k * 1000, (k + 1) * 1000] : [],
      start: k * target,
      end: (k + 1) * target,
    });
  }
  return { url, live, fragments, targetduration: target };
}

/** Collects console.warn lines while fn runs. */
export function captureWarnings(fn) {
  const lines = [];
  const original = console.warn;
  console.warn = (...args) => lines.push(args.map(String).join(" "));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

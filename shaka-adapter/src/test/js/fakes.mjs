// Test doubles for the Node bundle tests: a fake Shaka namespace (scheme and parser registries,
// default HTTP plugins, AbortableOperation, Error, DASH/HLS parsers), a fake player driving one
// load the way Shaka does, segment indexes and references, and a storage that answers every
// segment with [externalId, 1, 2, 3] so tests can read the wire ID a request was served under.

export class FakeReference {
  constructor(uris, startTime, endTime, startByte = 0, endByte = null) {
    Object.assign(this, { uris, startTime, endTime, startByte, endByte });
  }
  getUris() {
    return this.uris;
  }
  getStartTime() {
    return this.startTime;
  }
  getEndTime() {
    return this.endTime;
  }
  getStartByte() {
    return this.startByte;
  }
  getEndByte() {
    return this.endByte;
  }
}

export class FakeIndex {
  constructor(refs, evicted = 0) {
    this.refs = refs;
    this.evicted = evicted;
  }
  getNumReferences() {
    return this.refs.length;
  }
  getNumEvicted() {
    return this.evicted;
  }
  get(position) {
    return this.refs[position - this.evicted] ?? null;
  }
}

/**
 * Shaka's fixed-duration DASH template index (`SegmentTemplate@duration`): positions are stable,
 * references are created on first `get`, and the live window slides by `slide()` (the work of
 * Shaka's `updateEvery` timer: evict the oldest, append new ones).
 */
export class FakeLazyIndex extends FakeIndex {
  constructor(first, count, create) {
    super(new Array(count));
    Object.assign(this, { first, create });
  }
  get(position) {
    const i = position - this.evicted;
    if (i < 0 || i >= this.refs.length) return null;
    this.refs[i] ??= this.create(this.first + position);
    return this.refs[i];
  }
  slide(n) {
    this.refs = this.refs.slice(n).concat(new Array(n));
    this.evicted += n;
  }
}

/**
 * Shaka's `MetaSegmentIndex`, what the period combiner gives every stream of a dynamic (live) MPD,
 * even single-period: its own reference list stays empty, so its exported `getNumReferences()` is
 * 0 however many references the inner indexes hold; `get` and `forEachTopLevelReference` delegate.
 */
export class FakeMetaIndex {
  constructor(indexes) {
    this.indexes = indexes;
  }
  getNumReferences() {
    return 0;
  }
  getNumEvicted() {
    return 0;
  }
  get(position) {
    let passed = 0;
    for (const ix of this.indexes) {
      const r = ix.get(position - passed);
      if (r) return r;
      passed += ix.getNumEvicted() + ix.getNumReferences();
    }
    return null;
  }
  forEachTopLevelReference(fn) {
    for (const ix of this.indexes) {
      for (let i = 0; i < ix.getNumReferences(); i++) fn(ix.get(ix.getNumEvicted() + i));
    }
  }
}

export class FakeEventTarget {
  constructor() {
    this.listeners = new Map();
  }
  addEventListener(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(fn);
  }
  removeEventListener(name, fn) {
    this.listeners.get(name)?.delete(fn);
  }
  emit(name, event = {}) {
    for (const fn of [...(this.listeners.get(name) ?? [])]) fn(event);
  }
  count() {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}

const encoder = new TextEncoder();

/** A fake `shaka` namespace registered the way Shaka registers its defaults at load time. */
export function fakeShaka({ fetchSupported = true, version = "v5.2.12" } = {}) {
  const schemes = new Map();
  const parsers = new Map();
  const httpCalls = [];
  /** What the default HTTP plugins answer, by URI: {text, uri?} or an Error. */
  const responses = new Map();

  class AbortableOperation {
    constructor(promise, onAbort) {
      this.promise = promise;
      this.onAbort = onAbort;
    }
    abort() {
      return this.onAbort();
    }
  }
  class ShakaError extends Error {
    constructor(severity, category, code, ...data) {
      super(`shaka error ${code}`);
      Object.assign(this, { severity, category, code, data });
    }
  }
  ShakaError.Severity = { RECOVERABLE: 1, CRITICAL: 2 };
  ShakaError.Category = { NETWORK: 1, MANIFEST: 4 };
  ShakaError.Code = { HTTP_ERROR: 1002, OPERATION_ABORTED: 7001 };

  const httpPlugin = (name) =>
    function (uri, request, type) {
      httpCalls.push({ plugin: name, uri, request, type, args: [...arguments] });
      const r = responses.get(uri) ?? { text: "segment" };
      const promise = r instanceof Error ? Promise.reject(r) : Promise.resolve({ uri: r.uri ?? uri, originalUri: uri, data: encoder.encode(r.text).buffer, headers: {} });
      return new AbortableOperation(promise, () => Promise.resolve());
    };
  const fetchParse = httpPlugin("fetch");
  const xhrParse = httpPlugin("xhr");

  class FakeParser {
    constructor() {
      this.calls = [];
      this.manifest = null;
    }
    configure(config) {
      this.calls.push(["configure", this, config]);
    }
    start(uri, playerInterface) {
      this.calls.push(["start", this, uri]);
      return Promise.resolve(this.manifest ?? FakeParser.nextManifest);
    }
    stop() {
      this.calls.push(["stop", this]);
      return Promise.resolve();
    }
    someFutureMethod(a, b) {
      this.calls.push(["someFutureMethod", this, a, b]);
      return a + b;
    }
  }
  FakeParser.nextManifest = null;
  class DashParser extends FakeParser {}
  class HlsParser extends FakeParser {}

  const NetworkingEngine = {
    RequestType: { MANIFEST: 0, SEGMENT: 1, LICENSE: 2 },
    PluginPriority: { FALLBACK: 1, PREFERRED: 2, APPLICATION: 3 },
    registerScheme(scheme, plugin, priority, progressSupport) {
      schemes.set(scheme, { plugin, priority, progressSupport });
    },
    unregisterScheme(scheme) {
      schemes.delete(scheme);
    },
  };
  const ManifestParser = {
    registerParserByMime(mime, factory) {
      parsers.set(mime, factory);
    },
    unregisterParserByMime(mime) {
      parsers.delete(mime);
    },
  };
  const shaka = {
    net: { NetworkingEngine, HttpFetchPlugin: { isSupported: () => fetchSupported, parse: fetchParse }, HttpXHRPlugin: { parse: xhrParse } },
    media: { ManifestParser },
    util: { AbortableOperation, Error: ShakaError },
    dash: { DashParser },
    hls: { HlsParser },
    Player: { version },
  };
  for (const s of ["http", "https", "blob"]) {
    if (fetchSupported) NetworkingEngine.registerScheme(s, fetchParse, 2, true);
    else NetworkingEngine.registerScheme(s, xhrParse, 1, true);
  }
  NetworkingEngine.registerScheme("data", function dataPlugin() {}, 2, true);
  ManifestParser.registerParserByMime("application/dash+xml", () => new DashParser());
  ManifestParser.registerParserByMime("application/x-mpegurl", () => new HlsParser());
  ManifestParser.registerParserByMime("application/vnd.apple.mpegurl", () => new HlsParser());
  ManifestParser.registerParserByMime("audio/x-mpegurl", () => new HlsParser());
  return { shaka, schemes, parsers, httpCalls, responses, fetchParse, xhrParse, DashParser, HlsParser, ShakaError };
}

/** A `shaka.Player` look-alike: config, networking engine with request filters, events. */
export class FakePlayer extends FakeEventTarget {
  constructor(fake, config = {}) {
    super();
    this.fake = fake;
    this.config = {
      manifest: { defaultPresentationDelay: 0, dash: { ignoreSuggestedPresentationDelay: false }, ...config.manifest },
      streaming: { preferNativeHls: true, ...config.streaming },
    };
    this.filters = [];
    this.live = false;
    this.media = new FakeEventTarget();
    this.media.currentTime = 0;
    this.media.playbackRate = 1;
    this.tracks = [];
    const player = this;
    this.networkingEngine = {
      registerRequestFilter(f) {
        player.filters.push(f);
      },
      unregisterRequestFilter(f) {
        player.filters = player.filters.filter((x) => x !== f);
      },
    };
  }
  getNetworkingEngine() {
    return this.networkingEngine;
  }
  getConfiguration() {
    return structuredClone(this.config);
  }
  configure(path, value) {
    const keys = path.split(".");
    let o = this.config;
    for (const k of keys.slice(0, -1)) o = o[k];
    o[keys.at(-1)] = value;
    return true;
  }
  getMediaElement() {
    return this.media;
  }
  isLive() {
    return this.live;
  }
  getVariantTracks() {
    return this.tracks;
  }

  /** A request as Shaka makes it: filters first, then the scheme plugin. */
  request(uri, type, headers = {}) {
    const request = { uris: [uri], method: "GET", headers: { ...headers }, allowCrossSiteCredentials: false };
    for (const f of this.filters) f(type, request);
    const scheme = uri.slice(0, uri.indexOf(":"));
    const plugin = this.fake.schemes.get(scheme).plugin;
    return { request, op: plugin(uri, request, type, () => {}, () => {}, {}) };
  }

  /** Shaka's `load()`: loading, the manifest request, the parser, loaded. */
  async load(uri, mime, manifest) {
    this.emit("loading");
    await this.request(uri, 0).op.promise;
    const parser = this.fake.parsers.get(mime)();
    parser.manifest = manifest;
    const parsed = await parser.start(uri, { networkingEngine: this.networkingEngine });
    this.emit("loaded");
    return { parser, parsed };
  }
}

/** A storage that holds every segment: answers [externalId, 1, 2, 3] after `gate` resolves. */
export function fullStorage(log = [], gate = Promise.resolve(), has = () => true) {
  return {
    async initialize() {},
    onPlaybackUpdated(p, r) {
      log.push(["playback", p, r]);
    },
    onSegmentRequested(swarmId, streamId, segmentId) {
      log.push(["requested", swarmId, streamId, segmentId]);
    },
    async storeSegment() {},
    async getSegmentData(swarmId, streamId, segmentId) {
      await gate;
      return new Uint8Array([segmentId, 1, 2, 3]).buffer;
    },
    getUsage: () => ({ totalCapacity: 100, usedCapacity: 0 }),
    hasSegment: has,
    getStoredSegmentIds: () => [],
    setSegmentChangeCallback() {},
    destroy() {},
  };
}

/** A DASH-like manifest: one video stream and one audio stream with the given references. */
export function manifest({ live = false, video = [], audio = [] } = {}) {
  const stream = (id, type, refs, extra) => ({ id, type, segmentIndex: null, createSegmentIndex() { this.segmentIndex = new FakeIndex(refs); return Promise.resolve(); }, ...extra });
  const v = stream(1, "video", video, { codecs: "avc1.64001f", width: 1280, height: 720, frameRate: 30 });
  const a = stream(2, "audio", audio, { codecs: "mp4a.40.2", language: "en", channelsCount: 2, label: "English" });
  return {
    presentationTimeline: { isLive: () => live },
    variants: [{ bandwidth: 2000000, video: v, audio: a }],
    textStreams: [],
  };
}

export function captureWarnings(fn) {
  const original = console.warn;
  const lines = [];
  console.warn = (...args) => lines.push(args.join(" "));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return lines;
}

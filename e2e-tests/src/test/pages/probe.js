// E2eProbe: instrumentation shared by the e2e player pages (classic script, no modules).
//
// Publishes a plain-JSON snapshot as window.__result (browser-testing.md §4.5, style.md §2.15) and
// a promise window.testResult that settles once, when the page finishes or its deadline passes.
// The snapshot holds:
//   code               "running" | "ok" | "deadline" | "load-error" | "fatal"
//   logs               the page's own log lines, plus console warnings and errors
//   consoleErrors      how many console.error calls the page saw (engine and player included)
//   uncaught           window "error" and "unhandledrejection" reports
//   errors, fatal      player errors: hls.js "hls <type> <details>[ FATAL]", Shaka "shaka <code>
//                      <category> severity <s>[ FATAL]"; fatal (critical) ones also in `fatal`
//   bytes              {http, p2p} from the engine's onChunkDownloaded; p2pByPeer per peer ID
//   seg                {http, p2p, httpBytes, p2pBytes} from onSegmentLoaded; segByStream the same
//                      per streamType (main, secondary). onSegmentLoaded fires only when a player
//                      request is satisfied by a download, not for prefetched segments, so:
//   lastAttempt        segment URL -> source of its latest download attempt ("http" | "p2p" from
//                      onSegmentStart), suffixed "-failed" after onSegmentError or onSegmentAbort
//   eventCounts        engine event name -> count; eventLog the last 400 non-chunk events
//   peersConnected, peersClosed   peer IDs from onPeerConnect / onPeerClose
//   hashes             fragment URL -> SHA-256 (hex) of the bytes hls.js's fragment loader
//                      delivered to hls.js (hashed before hls.js can transfer the buffer), or
//                      of the segment responses Shaka's networking engine handed to Shaka
//   hashConflicts      URLs delivered twice with different bytes
//   samples            every second: [ms since page start, currentTime, readyState, paused,
//                      buffered ahead, Date.now()]
//   currentTime        the latest currentTime; advancedS: media seconds played since start,
//                      seek jumps excluded
//   playingAtMs        first "playing" with currentTime advancing; stalls: stall episodes after
//                      it ({atMs, ms, currentTime}) where currentTime did not advance for >= 1 s
//                      while not paused, seeking or ended; waiting: "waiting" events after start
//                      outside seeks
//   levelSwitches      [ms, level] from hlsLevelSwitched; seeks [ms, from, to]
//   mediaErrors        the video element's "error" events (code and message)
//   pauses             [ms, currentTime] of "pause" events before the end: the pages never
//                      pause, so each one is the browser giving up on playback
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var pageStart = performance.now();
  var EVENT_LOG_CAP = 400;
  var LOG_CAP = 600;
  var SAMPLE_CAP = 600;
  var ENGINE_EVENTS = [
    'onSegmentLoaded', 'onSegmentError', 'onSegmentAbort', 'onSegmentStart', 'onPeerConnect',
    'onPeerClose', 'onPeerError', 'onChunkDownloaded', 'onChunkUploaded', 'onTrackerError',
    'onTrackerWarning'];

  var state = {
    code: 'running',
    reason: null,
    tag: params.get('tag') || 'page',
    engine: params.get('engine') || 'swarm',
    src: params.get('src'),
    logs: [],
    consoleErrors: 0,
    uncaught: [],
    errors: [],
    fatal: [],
    bytes: { http: 0, p2p: 0 },
    p2pByPeer: {},
    uploadedBytes: 0,
    seg: { http: 0, p2p: 0, httpBytes: 0, p2pBytes: 0 },
    segByStream: {},
    lastAttempt: {},
    segUrls: { http: [], p2p: [] },
    eventCounts: {},
    eventLog: [],
    peersConnected: [],
    peersClosed: [],
    hashes: {},
    hashConflicts: [],
    pendingHashes: 0,
    fragsLoaded: 0,
    samples: [],
    currentTime: 0,
    advancedS: 0,
    playingAtMs: null,
    stalls: [],
    waiting: 0,
    mediaErrors: [],
    pauses: [],
    levelSwitches: [],
    seeks: [],
    levels: null,
    live: null,
    ended: false,
  };
  window.__result = state;
  var settle;
  window.testResult = new Promise(function (resolve) {
    settle = resolve;
  });

  function now() {
    return Math.round(performance.now() - pageStart);
  }

  function text(x) {
    if (x === undefined || x === null) {
      return String(x);
    }
    if (x instanceof Error || (x && typeof x === 'object' && 'message' in x)) {
      return (x.name ? x.name + ': ' : '') + (x.type ? '[' + x.type + '] ' : '') + x.message;
    }
    if (typeof x === 'object') {
      try {
        return JSON.stringify(x);
      } catch (e) {
        return String(x);
      }
    }
    return String(x);
  }

  function log() {
    var line = '[' + now() + 'ms ' + state.tag + '] ' + Array.prototype.map.call(arguments, text).join(' ');
    if (state.logs.length < LOG_CAP) {
      state.logs.push(line);
    }
    origLog.call(console, line);
  }

  var origLog = console.log;
  ['warn', 'error'].forEach(function (level) {
    var orig = console[level];
    console[level] = function () {
      if (level === 'error') {
        state.consoleErrors++;
      }
      if (state.logs.length < LOG_CAP) {
        state.logs.push('[' + now() + 'ms console.' + level + '] '
          + Array.prototype.map.call(arguments, text).join(' '));
      }
      return orig.apply(console, arguments);
    };
  });

  window.addEventListener('error', function (e) {
    state.uncaught.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
    log('uncaught error', e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    state.uncaught.push('unhandledrejection: ' + text(e.reason));
    log('unhandled rejection', text(e.reason));
  });

  function finish(code, reason) {
    if (state.code === 'running') {
      state.code = code;
      state.reason = reason === undefined ? null : text(reason);
      log('finish', code, state.reason || '');
    }
    settle(state);
  }

  function fail(code, error) {
    log(code, text(error), error && error.stack ? error.stack : '');
    finish(code, error);
  }

  var deadlineMs = Number(params.get('deadline') || 120000);
  setTimeout(function () {
    finish('deadline', 'page deadline of ' + deadlineMs + ' ms passed');
  }, deadlineMs);

  // ---- engine events ----

  function recordEvent(name, detail) {
    if (state.eventLog.length >= EVENT_LOG_CAP) {
      state.eventLog.shift();
    }
    var entry = { ms: now(), name: name };
    for (var k in detail) {
      if (detail[k] !== undefined) {
        entry[k] = detail[k];
      }
    }
    state.eventLog.push(entry);
  }

  function segmentDetail(d) {
    var s = d && d.segment;
    return {
      url: s ? s.url : d && d.segmentUrl,
      source: d && d.downloadSource,
      peer: d && d.peerId,
      stream: d && d.streamType,
    };
  }

  function markFailed(detail) {
    if (state.lastAttempt[detail.url] === detail.source) {
      state.lastAttempt[detail.url] = detail.source + '-failed';
    }
  }

  function attachEngine(engine) {
    if (!engine || typeof engine.addEventListener !== 'function') {
      fail('load-error', new Error('engine has no addEventListener'));
      return;
    }
    ENGINE_EVENTS.forEach(function (name) {
      engine.addEventListener(name, function (a, b, c) {
        state.eventCounts[name] = (state.eventCounts[name] || 0) + 1;
        switch (name) {
          case 'onChunkDownloaded':
            if (b === 'p2p') {
              state.bytes.p2p += a;
              var peer = c || '?';
              state.p2pByPeer[peer] = (state.p2pByPeer[peer] || 0) + a;
            } else {
              state.bytes.http += a;
            }
            return;
          case 'onChunkUploaded':
            state.uploadedBytes += a;
            return;
          case 'onSegmentLoaded':
            var src = a.downloadSource === 'p2p' ? 'p2p' : 'http';
            state.seg[src]++;
            state.seg[src + 'Bytes'] += a.bytesLength;
            var byStream = state.segByStream[a.streamType] = state.segByStream[a.streamType]
              || { http: 0, p2p: 0, httpBytes: 0, p2pBytes: 0 };
            byStream[src]++;
            byStream[src + 'Bytes'] += a.bytesLength;
            state.segUrls[src].push(a.segmentUrl);
            recordEvent(name, { url: a.segmentUrl, source: a.downloadSource, peer: a.peerId,
              bytes: a.bytesLength, stream: a.streamType });
            return;
          case 'onPeerConnect':
            state.peersConnected.push(a.peerId);
            recordEvent(name, { peer: a.peerId, stream: a.streamType });
            log('peer connect', a.peerId, a.streamType);
            return;
          case 'onPeerClose':
            state.peersClosed.push(a.peerId);
            recordEvent(name, { peer: a.peerId, stream: a.streamType });
            log('peer close', a.peerId, a.streamType);
            return;
          case 'onPeerError':
            recordEvent(name, { peer: a.peerId, stream: a.streamType, error: text(a.error) });
            return;
          case 'onTrackerError':
          case 'onTrackerWarning':
            var what = text(name === 'onTrackerError' ? a.error : a.warning);
            recordEvent(name, { stream: a.streamType, error: what });
            log(name, a.streamType, what);
            return;
          case 'onSegmentStart':
            var started = segmentDetail(a);
            state.lastAttempt[started.url] = started.source;
            recordEvent(name, started);
            return;
          case 'onSegmentAbort':
            var aborted = segmentDetail(a);
            markFailed(aborted);
            recordEvent(name, aborted);
            return;
          case 'onSegmentError':
            var detail = segmentDetail(a);
            markFailed(detail);
            detail.error = text(a.error);
            recordEvent(name, detail);
            log('segment error', detail.source, detail.url, detail.error);
            return;
          default:
            recordEvent(name, segmentDetail(a));
        }
      });
    });
  }

  // ---- hls.js ----

  function hex(buffer) {
    var bytes = new Uint8Array(buffer);
    var out = '';
    for (var i = 0; i < bytes.length; i++) {
      out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    }
    return out;
  }

  function recordHash(url, data) {
    var copy;
    if (data instanceof ArrayBuffer) {
      copy = data.slice(0);
    } else if (ArrayBuffer.isView(data)) {
      copy = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    } else {
      state.hashConflicts.push(url + ': payload is ' + Object.prototype.toString.call(data));
      return;
    }
    state.pendingHashes++;
    crypto.subtle.digest('SHA-256', copy).then(function (digest) {
      var h = hex(digest);
      var key = url.split('#')[0];
      if (state.hashes[key] && state.hashes[key] !== h) {
        state.hashConflicts.push(key + ': ' + state.hashes[key] + ' then ' + h);
      }
      state.hashes[key] = h;
    }, function (e) {
      state.hashConflicts.push(url + ': digest failed ' + text(e));
    }).then(function () {
      state.pendingHashes--;
    });
  }

  /**
   * Replaces hls.config.fLoader (read by hls.js at every fragment load) with a wrapper that hashes
   * the payload handed to hls.js's onSuccess, then delegates everything to the original loader.
   */
  function hashFragments(hls) {
    var Inner = hls.config.fLoader || hls.config.loader;
    function HashingLoader(config) {
      this.inner = new Inner(config);
    }
    Object.defineProperty(HashingLoader.prototype, 'stats', {
      get: function () { return this.inner.stats; },
      set: function (v) { this.inner.stats = v; },
    });
    Object.defineProperty(HashingLoader.prototype, 'context', {
      get: function () { return this.inner.context; },
    });
    HashingLoader.prototype.load = function (context, config, callbacks) {
      var wrapped = {};
      for (var k in callbacks) {
        wrapped[k] = callbacks[k];
      }
      wrapped.onSuccess = function (response, stats, ctx, details) {
        try {
          recordHash(context.url, response.data);
        } catch (e) {
          state.hashConflicts.push(context.url + ': ' + text(e));
        }
        return callbacks.onSuccess(response, stats, ctx, details);
      };
      return this.inner.load(context, config, wrapped);
    };
    HashingLoader.prototype.abort = function () {
      return this.inner.abort();
    };
    HashingLoader.prototype.destroy = function () {
      return this.inner.destroy();
    };
    if (typeof Inner.getEngine === 'function') {
      HashingLoader.getEngine = Inner.getEngine;
    }
    hls.config.fLoader = HashingLoader;
  }

  function attachHls(hls, Hls) {
    var E = Hls.Events;
    hls.on(E.ERROR, function (event, d) {
      var line = 'hls ' + d.type + ' ' + d.details + (d.fatal ? ' FATAL' : '')
        + (d.frag && d.frag.url ? ' ' + d.frag.url : '') + (d.error ? ' (' + text(d.error) + ')' : '');
      if (state.errors.length < 200) {
        state.errors.push(line);
      }
      if (d.fatal) {
        state.fatal.push(line);
        log(line);
      }
    });
    hls.on(E.MANIFEST_PARSED, function (event, d) {
      state.levels = d.levels.map(function (l) {
        return l.height + 'p@' + l.bitrate;
      });
      log('manifest parsed', state.levels.join(', '));
    });
    hls.on(E.LEVEL_UPDATED, function (event, d) {
      if (state.live === null) {
        state.live = !!d.details.live;
        log('level updated: live=' + state.live + ' fragments=' + d.details.fragments.length
          + ' targetduration=' + d.details.targetduration);
      }
    });
    hls.on(E.LEVEL_SWITCHED, function (event, d) {
      state.levelSwitches.push([now(), d.level]);
      log('level switched to', d.level);
    });
    hls.on(E.FRAG_LOADED, function () {
      state.fragsLoaded++;
    });
  }

  // ---- Shaka Player ----

  /**
   * Records Shaka errors (critical ones as fatal), the variants and the live flag, and hashes every
   * SEGMENT response (init segments included) in a response filter, which runs on whatever the
   * scheme plugin (SwarmLoader's or Shaka's own) returned, before Shaka appends it.
   */
  function attachShaka(player, shaka) {
    var critical = shaka.util.Error.Severity.CRITICAL;
    player.addEventListener('error', function (event) {
      var e = event.detail || {};
      var fatal = e.severity === critical;
      var line = 'shaka ' + e.code + ' category ' + e.category + ' severity ' + e.severity
        + (fatal ? ' FATAL' : '') + ' ' + text(e.data);
      if (state.errors.length < 200) {
        state.errors.push(line);
      }
      if (fatal) {
        state.fatal.push(line);
        log(line);
      }
    });
    player.addEventListener('loaded', function () {
      state.live = player.isLive();
      state.levels = player.getVariantTracks().map(function (t) {
        return (t.height || 0) + 'p@' + t.bandwidth + (t.audioId !== null ? '+a' + t.audioId : '');
      });
      log('loaded: live=' + state.live + ' variants', state.levels.join(', '));
    });
    player.addEventListener('variantchanged', function () {
      var active = player.getVariantTracks().filter(function (t) { return t.active; })[0];
      state.levelSwitches.push([now(), active ? active.bandwidth : -1]);
    });
    var segment = shaka.net.NetworkingEngine.RequestType.SEGMENT;
    player.getNetworkingEngine().registerResponseFilter(function (type, response) {
      if (type === segment) {
        state.fragsLoaded++;
        recordHash(response.uri, response.data);
      }
    });
  }

  // ---- video ----

  function bufferedAhead(video) {
    var b = video.buffered;
    for (var i = 0; i < b.length; i++) {
      if (b.start(i) <= video.currentTime + 0.1 && video.currentTime < b.end(i)) {
        return Math.round((b.end(i) - video.currentTime) * 10) / 10;
      }
    }
    return 0;
  }

  function attachVideo(video) {
    var lastSeekEndMs = -1e9;
    var seekFrom = 0;
    var stall = null;
    var lastAdvanceMs = now();
    var lastTime = video.currentTime;
    video.addEventListener('playing', function () {
      log('playing at', video.currentTime.toFixed(2));
    });
    video.addEventListener('seeking', function () {
      state.seeks.push([now(), Math.round(seekFrom * 100) / 100,
        Math.round(video.currentTime * 100) / 100]);
    });
    video.addEventListener('seeked', function () {
      lastSeekEndMs = now();
      lastAdvanceMs = now();
    });
    video.addEventListener('waiting', function () {
      if (state.playingAtMs !== null && !video.seeking && now() - lastSeekEndMs > 1500) {
        state.waiting++;
        log('waiting at', video.currentTime.toFixed(2), 'buffered ahead', bufferedAhead(video));
      }
    });
    video.addEventListener('error', function () {
      var e = video.error;
      var line = 'media error ' + (e ? e.code + ' ' + e.message : '?') + ' at '
        + video.currentTime.toFixed(2);
      state.mediaErrors.push(line);
      log(line);
    });
    video.addEventListener('pause', function () {
      if (!video.ended) {
        state.pauses.push([now(), Math.round(video.currentTime * 100) / 100]);
        log('paused at', video.currentTime.toFixed(2));
      }
    });
    video.addEventListener('ended', function () {
      state.ended = true;
      log('ended at', video.currentTime.toFixed(2));
    });
    var sampleCount = 0;
    setInterval(function () {
      var t = now();
      var ct = video.currentTime;
      if (!video.seeking) {
        seekFrom = ct;
      }
      if (ct > lastTime + 0.02 || video.seeking || video.paused || state.ended) {
        if (stall && ct > lastTime + 0.02) {
          stall.ms = t - stall.startMs;
          log('stall ended after', stall.ms, 'ms at', ct.toFixed(2));
          stall = null;
        }
        if (ct > lastTime + 0.02 && state.playingAtMs === null && !video.paused) {
          state.playingAtMs = t;
          log('playback advancing at', t, 'ms, currentTime', ct.toFixed(2));
        }
        lastAdvanceMs = t;
      } else if (state.playingAtMs !== null && !stall && t - lastAdvanceMs >= 1000
          && t - lastSeekEndMs > 1500) {
        stall = { atMs: lastAdvanceMs, startMs: lastAdvanceMs, ms: t - lastAdvanceMs,
          currentTime: Math.round(ct * 100) / 100 };
        state.stalls.push(stall);
        log('stall at', ct.toFixed(2), 'buffered ahead', bufferedAhead(video));
      } else if (stall) {
        stall.ms = t - stall.startMs;
      }
      if (state.playingAtMs !== null && !video.seeking && ct > lastTime && ct - lastTime < 1.5) {
        state.advancedS = Math.round((state.advancedS + ct - lastTime) * 1000) / 1000;
      }
      state.currentTime = Math.round(ct * 1000) / 1000;
      lastTime = ct;
      if (sampleCount++ % 4 === 0 && state.samples.length < SAMPLE_CAP) {
        state.samples.push([t, Math.round(ct * 1000) / 1000, video.readyState, video.paused ? 1 : 0,
          bufferedAhead(video), Date.now()]);
      }
    }, 250);
  }

  /** Resolves with the snapshot once pending hashes are done (or after `maxWaitMs`). */
  function collect(maxWaitMs) {
    var until = performance.now() + (maxWaitMs || 3000);
    return new Promise(function (resolve) {
      (function poll() {
        if (state.pendingHashes <= 0 || performance.now() > until) {
          resolve(state);
        } else {
          setTimeout(poll, 50);
        }
      })();
    });
  }

  function play(video) {
    var p = video.play();
    if (p && p.catch) {
      p.catch(function (e) {
        log('play() rejected', text(e));
      });
    }
  }

  /**
   * Resolves with the export `name` of the ES module `specifier` (dynamic import works from this
   * classic script); rejects with a readable message when the module is missing or lacks it.
   */
  function importExport(specifier, name) {
    return import(specifier).then(function (module) {
      if (typeof module[name] !== 'function') {
        throw new Error(name + ' is not exported by ' + specifier + '; exports: '
          + Object.keys(module).join(', '));
      }
      return module[name];
    }, function (e) {
      throw new Error('cannot import ' + specifier + ' (bundle not found or failed to load): '
        + e.message);
    });
  }

  /** The core config every page uses: the local tracker and no STUN (browser-testing.md §0). */
  function coreConfig() {
    var core = {
      announceTrackers: ['ws://127.0.0.1:' + params.get('tracker')],
      rtcConfig: { iceServers: [] },
    };
    var extra = params.get('core');
    if (extra) {
      var parsed = JSON.parse(extra);
      for (var k in parsed) {
        core[k] = parsed[k];
      }
    }
    return core;
  }

  /** hls.js options from the query: liveSync, startLevel. */
  function hlsConfig() {
    var c = { debug: false };
    if (params.get('liveSync')) {
      c.liveSyncDurationCount = Number(params.get('liveSync'));
    }
    if (params.get('startLevel')) {
      c.startLevel = Number(params.get('startLevel'));
    }
    var token = params.get('token');
    if (token) {
      // The application's own HTTP customisation: hls.js's XHR loader uses xhrSetup, fetches
      // (SwarmLoader's own downloads among them) use fetchSetup.
      c.xhrSetup = function (xhr, url) {
        try {
          xhr.setRequestHeader('X-Token', token);
        } catch (notOpened) {
          xhr.open('GET', url, true);
          xhr.setRequestHeader('X-Token', token);
        }
      };
      if (params.get('tokenVia') !== 'xhr') {
        c.fetchSetup = function (context, init) {
          init.headers.set('X-Token', token);
          return new Request(context.url, init);
        };
      }
    }
    return c;
  }

  window.E2eProbe = {
    params: params,
    state: state,
    now: now,
    log: log,
    fail: fail,
    finish: finish,
    attachEngine: attachEngine,
    attachHls: attachHls,
    attachShaka: attachShaka,
    attachVideo: attachVideo,
    hashFragments: hashFragments,
    importExport: importExport,
    collect: collect,
    play: play,
    coreConfig: coreConfig,
    hlsConfig: hlsConfig,
  };
  log('probe ready', location.pathname + location.search);
})();

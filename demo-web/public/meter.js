// Meter: what one demo page measures, in plain JSON for the page's views and for the swarm runner
// (window.swarmDemo.stats()). Bytes come from the engine's onChunkDownloaded / onChunkUploaded
// events (for the HTTP-only engine from the player's own loads); playback from the video element.

const STALL_MS = 1000;

/** Creates the meter; call attachEngine / addHttpBytes / attachVideo as the player comes up. */
export function createMeter(setup) {
  // Milliseconds since navigation start, so startup time includes loading the page itself.
  const since = () => Math.round(performance.now());
  const listeners = new Set();
  const s = {
    setup,
    phase: "loading",
    error: null,
    // player: segment bytes handed to the player, whatever delivered them (engine-independent)
    bytes: { http: 0, p2p: 0, upload: 0, player: 0 },
    segments: { http: 0, p2p: 0 },
    peers: {},
    currentTime: 0,
    playedS: 0,
    startupMs: null,
    firstP2pMs: null,
    stalls: 0,
    stallMs: 0,
    fatal: [],
  };
  let stallStart = null;
  const latencies = [];

  const emit = (name, text) => listeners.forEach((fn) => fn({ ms: since(), name, text }));
  const peer = (id) => (s.peers[id] ??= { id, streams: [], down: 0, up: 0, connected: false });

  function attachEngine(engine) {
    engine.addEventListener("onChunkDownloaded", (bytes, source, peerId) => {
      if (source === "p2p") {
        s.bytes.p2p += bytes;
        s.firstP2pMs ??= since();
        if (peerId) peer(peerId).down += bytes;
      } else {
        s.bytes.http += bytes;
      }
    });
    engine.addEventListener("onChunkUploaded", (bytes, peerId) => {
      s.bytes.upload += bytes;
      if (peerId) peer(peerId).up += bytes;
    });
    engine.addEventListener("onSegmentLoaded", (d) => {
      s.segments[d.downloadSource === "p2p" ? "p2p" : "http"]++;
      const p2p = d.downloadSource === "p2p";
      const from = p2p ? `from peer ${short(d.peerId)}` : "over HTTP";
      emit(p2p ? "p2p" : "http", `${tail(d.segmentUrl)} ${from} (${formatBytes(d.bytesLength)})`);
    });
    engine.addEventListener("onPeerConnect", (d) => {
      const p = peer(d.peerId);
      p.connected = true;
      if (!p.streams.includes(d.streamType)) p.streams.push(d.streamType);
      emit("peer", `connected ${short(d.peerId)} (${d.streamType})`);
    });
    engine.addEventListener("onPeerClose", (d) => {
      const p = peer(d.peerId);
      p.streams = p.streams.filter((t) => t !== d.streamType);
      p.connected = p.streams.length > 0;
      emit("peer", `closed ${short(d.peerId)} (${d.streamType})`);
    });
    engine.addEventListener("onPeerError", (d) => emit("warn", `peer ${short(d.peerId)}: ${text(d.error)}`));
    engine.addEventListener("onSegmentError", (d) => emit("warn", `segment error: ${text(d.error)}`));
    engine.addEventListener("onTrackerError", (d) => emit("warn", `tracker error: ${text(d.error)}`));
    engine.addEventListener("onTrackerWarning", (d) => emit("warn", `tracker warning: ${text(d.warning)}`));
  }

  function addPlayerBytes(bytes) {
    s.bytes.player += bytes;
  }

  /**
   * Samples `latencyS()` (seconds behind the live edge, or null when not live) once a second while
   * playing: stats() reports the last, median and maximum.
   */
  function attachLatency(latencyS) {
    setInterval(() => {
      const v = s.phase === "playing" ? latencyS() : null;
      if (typeof v === "number" && Number.isFinite(v) && v >= 0 && latencies.length < 7200) {
        latencies.push(v);
      }
    }, 1000);
  }

  function addHttpBytes(bytes) {
    s.bytes.http += bytes;
    s.segments.http++;
  }

  /** Samples the video every 250 ms: startup, media time played, stalls (no progress for 1 s). */
  function attachVideo(video) {
    let last = video.currentTime;
    let lastMoveMs = since();
    setInterval(() => {
      const now = since();
      const t = video.currentTime;
      const moved = t > last + 0.01;
      if (moved) {
        if (s.startupMs === null) {
          s.startupMs = now;
          s.phase = "playing";
          emit("play", `playing after ${(now / 1000).toFixed(1)} s at ${t.toFixed(1)} s`);
        }
        if (t - last < 2) s.playedS += t - last;
        if (stallStart !== null) {
          emit("stall", `resumed after ${((now - stallStart) / 1000).toFixed(1)} s`);
          stallStart = null;
        }
        lastMoveMs = now;
      } else if (video.paused || video.seeking || video.ended || s.startupMs === null) {
        lastMoveMs = now;
      } else if (now - lastMoveMs >= STALL_MS) {
        if (stallStart === null) {
          stallStart = lastMoveMs;
          s.stalls++;
          emit("stall", `stalled at ${t.toFixed(1)} s`);
        }
        s.stallMs += now - Math.max(stallStart, lastMoveMs);
        lastMoveMs = now;
      }
      last = t;
      s.currentTime = t;
    }, 250);
  }

  function fail(where, error) {
    s.phase = "error";
    s.error = `${where}: ${text(error)}`;
    s.fatal.push(s.error);
    emit("error", s.error);
  }

  /** A plain-JSON snapshot (numbers rounded). */
  function stats() {
    const peers = Object.values(s.peers);
    const total = s.bytes.http + s.bytes.p2p;
    return {
      ...s,
      ms: since(),
      currentTime: Math.round(s.currentTime * 100) / 100,
      playedS: Math.round(s.playedS * 100) / 100,
      peerCount: peers.filter((p) => p.connected).length,
      peers: peers.map((p) => ({ ...p, streams: [...p.streams] })),
      offload: total ? s.bytes.p2p / total : 0,
      bytes: { ...s.bytes },
      segments: { ...s.segments },
      fatal: [...s.fatal],
      latency: latencySummary(latencies),
    };
  }

  return { attachEngine, addHttpBytes, addPlayerBytes, attachLatency, attachVideo, fail, emit, stats, since,
    onEvent: (fn) => listeners.add(fn) };
}

/** {lastS, medianS, maxS} of latency samples in seconds (one decimal), or null without samples. */
export function latencySummary(samples) {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return { lastS: round(samples[samples.length - 1]), medianS: round(sorted[Math.floor(sorted.length / 2)]),
    maxS: round(sorted[sorted.length - 1]) };
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

export function short(peerId) {
  return peerId ? String(peerId).slice(-6) : "?";
}

function tail(url) {
  return url ? String(url).split("/").slice(-2).join("/") : "?";
}

function text(e) {
  if (e === undefined || e === null) return String(e);
  return e.message ? `${e.type ? `[${e.type}] ` : ""}${e.message}` : String(e);
}

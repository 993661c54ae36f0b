package io.swarmloader.swarm;

import io.swarmloader.core.Core;
import io.swarmloader.core.EngineSetup;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.tracker.TrackerUrlPolicy;
import io.swarmloader.testing.FakeTracker;
import io.swarmloader.testing.JvmTextSemantics;
import io.swarmloader.testing.ScriptedOrigin;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.SimulatedNetwork;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs real engines end to end through the fakes: one virtual clock, one scripted origin, one
 * in-memory tracker and one simulated WebRTC network shared by every simulated browser.
 */
final class SwarmHarness {
  static final String TRACKER_URL = "wss://tracker.swarm.test";

  final VirtualClock clock = new VirtualClock(1_000);
  final long seed;
  final ScriptedOrigin origin = new ScriptedOrigin(clock);
  final FakeTracker tracker;
  final SimulatedNetwork network;
  final SimulatedStream stream;
  final List<Peer> peers = new ArrayList<>();
  private final double streamEpochMs;

  /** Applied to every peer's stream options (benchmarks compare scheduling policies with it). */
  UnaryOperator<StreamConfig.Builder> tuning = UnaryOperator.identity();

  /** One simulated browser: its engine, its player and its byte counters. */
  static final class Peer implements CoreEventListener {
    final String name;
    Core core;
    SimulatedPlayer player;
    long httpBytes;
    long p2pBytes;
    long uploadedBytes;
    int peerConnects;
    double firstP2pByteMs = -1;
    double joinedAtMs;
    private final VirtualClock clock;

    Peer(String name, VirtualClock clock) {
      this.name = name;
      this.clock = clock;
    }

    @Override
    public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
      if (source == DownloadSource.HTTP) {
        httpBytes += bytesLength;
      } else {
        p2pBytes += bytesLength;
        if (firstP2pByteMs < 0) {
          firstP2pByteMs = clock.nowMs() - joinedAtMs;
        }
      }
    }

    @Override
    public void onChunkUploaded(int bytesLength, String peerId) {
      uploadedBytes += bytesLength;
    }

    @Override
    public void onPeerConnect(String peerId, StreamType streamType) {
      peerConnects++;
    }
  }

  SwarmHarness(
      SimulatedStream stream, long seed, int originBytesPerSecond, int peerBytesPerSecond) {
    this.stream = stream;
    this.seed = seed;
    this.tracker = new FakeTracker(TRACKER_URL, clock, seed).intervalSeconds(20);
    this.network =
        new SimulatedNetwork(clock, seed + 1)
            .latencyMs(20)
            .bandwidthBytesPerSecond(peerBytesPerSecond);
    this.streamEpochMs = clock.nowMs();
    origin
        .atPrefix(stream.baseUrl + "/")
        .status(200)
        .headerDelayMs(40)
        .throttleBytesPerSecond(originBytesPerSecond);
    scriptSegments(originBytesPerSecond);
  }

  private void scriptSegments(int originBytesPerSecond) {
    int count = stream.live ? stream.windowSize + 400 : stream.totalSegments;
    for (int k = 0; k < count; k++) {
      long sequence = stream.firstSequence + k;
      origin
          .at(stream.urlOf(sequence))
          .status(200)
          .body(stream.bytesOf(sequence))
          .headerDelayMs(40)
          .throttleBytesPerSecond(originBytesPerSecond);
    }
  }

  Peer addPeer(String name, double bufferTargetS, int liveSyncSegments) {
    Peer peer = new Peer(name, clock);
    Platform platform =
        new Platform(
            clock,
            clock,
            new SeededRandom(seed * 31 + peers.size()),
            new JvmTextSemantics(),
            origin,
            FakeTracker.routing(tracker),
            network.endpoint(name),
            Logger.NONE);
    StreamConfig streamConfig =
        tuning.apply(StreamConfig.builder().announceTrackers(List.of(TRACKER_URL))).build();
    EngineConfig config =
        EngineConfig.defaults()
            .withStream(StreamType.MAIN, streamConfig)
            .withStream(StreamType.SECONDARY, streamConfig);
    peer.core = new Core(new EngineSetup(platform, null, TrackerUrlPolicy.DEFAULT), config);
    peer.core.addEventListener(peer);
    peer.joinedAtMs = clock.nowMs();
    peer.player =
        new SimulatedPlayer(
            name, clock, peer.core, stream, streamEpochMs, bufferTargetS, liveSyncSegments);
    peer.player.start();
    peers.add(peer);
    return peer;
  }

  long httpBytes() {
    return peers.stream().mapToLong(p -> p.httpBytes).sum();
  }

  long p2pBytes() {
    return peers.stream().mapToLong(p -> p.p2pBytes).sum();
  }

  double p2pShare() {
    long total = httpBytes() + p2pBytes();
    return total == 0 ? 0 : (double) p2pBytes() / total;
  }

  void stopAll() {
    for (Peer p : peers) {
      p.player.finish();
      p.player.stop();
      p.core.destroy();
    }
  }

  String report(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append('\n');
    sb.append(
        String.format(
            "%-8s %10s %10s %10s %7s %6s %8s %9s %9s %6s%n",
            "peer",
            "http KB",
            "p2p KB",
            "upload KB",
            "p2p %",
            "stalls",
            "stall ms",
            "startup",
            "1st p2p",
            "segs"));
    for (Peer p : peers) {
      long total = p.httpBytes + p.p2pBytes;
      sb.append(
          String.format(
              "%-8s %10d %10d %10d %6.1f%% %6d %8.0f %8.0fms %8.0fms %6d%n",
              p.name,
              p.httpBytes / 1024,
              p.p2pBytes / 1024,
              p.uploadedBytes / 1024,
              total == 0 ? 0.0 : 100.0 * p.p2pBytes / total,
              p.player.stallCount,
              p.player.stallMs,
              p.player.startupMs,
              p.firstP2pByteMs,
              p.player.deliveredSegments));
    }
    sb.append(
        String.format(
            "swarm: http %d KB, p2p %d KB, P2P share %.1f%% (bound 1-1/N = %.1f%%), origin"
                + " requests %d%n",
            httpBytes() / 1024,
            p2pBytes() / 1024,
            100 * p2pShare(),
            100.0 * (1 - 1.0 / peers.size()),
            origin.totalRequestCount()));
    return sb.toString();
  }
}

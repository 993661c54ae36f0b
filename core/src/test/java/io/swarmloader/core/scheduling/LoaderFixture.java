package io.swarmloader.core.scheduling;

import io.swarmloader.core.bandwidth.EngineBandwidth;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;

/**
 * A hybrid loader over fakes: 20 segments of 4 s each (segment {@code i} spans {@code [4i, 4i + 4]}
 * s, external ID {@code i}), a virtual clock, a seeded random source, a scripted HTTP downloader,
 * scripted peers and an in-memory storage. With the default 15 s high-demand window and the
 * playhead at 0, segments 0 to 3 are high demand.
 */
final class LoaderFixture {
  static final int SEGMENT_COUNT = 20;
  static final double SEGMENT_DURATION_S = 4;

  final VirtualClock clock = new VirtualClock(10_000);
  final SeededRandom random = new SeededRandom(7);
  final FakeDownloader http = new FakeDownloader();
  final List<RemotePeer> peers = new ArrayList<>();
  String localPeerId = "self";
  final List<Segment> segmentList = new ArrayList<>();
  final FakeStorage storage = new FakeStorage();
  final RecordingEvents events = new RecordingEvents(StreamType.MAIN);
  final EngineBandwidth bandwidth = new EngineBandwidth(clock);
  final List<String> published = new ArrayList<>();

  /**
   * Defaults, except no initial peer wait: most rule tests look at a pass right after creation,
   * where the wait would hold back high-demand items beyond the HTTP-first window. The tests of the
   * wait set it themselves.
   */
  StreamConfig config = StreamConfig.defaults().toBuilder().initialPeerWaitMs(0).build();

  HybridLoader loader;

  LoaderFixture() {
    for (int i = 0; i < SEGMENT_COUNT; i++) {
      String url = "https://origin.test/seg" + i + ".ts";
      segmentList.add(
          new Segment(url, i, url, null, i * SEGMENT_DURATION_S, (i + 1) * SEGMENT_DURATION_S));
    }
  }

  HybridLoader create() {
    HybridLoaderContext context =
        new HybridLoaderContext(
            StreamType.MAIN,
            () -> config,
            clock,
            clock,
            random,
            http,
            () -> peers,
            () -> localPeerId,
            () -> segmentList,
            storage,
            events,
            bandwidth,
            (loaded, httpLoading) ->
                published.add(
                    "l="
                        + java.util.Arrays.toString(loaded)
                        + " p="
                        + java.util.Arrays.toString(httpLoading)),
            Logger.NONE);
    loader = new HybridLoader(context);
    return loader;
  }

  Segment seg(int index) {
    return segmentList.get(index);
  }

  /** Asks for a segment and runs the turn's pass. */
  RecordingPlayer load(int index) {
    RecordingPlayer player = new RecordingPlayer();
    loader.loadSegment(seg(index), player);
    clock.runDue();
    return player;
  }

  FakeRemotePeer addPeer(String peerId, long... loadedIds) {
    FakeRemotePeer peer = new FakeRemotePeer(peerId, loadedIds);
    peers.add(peer);
    return peer;
  }

  /** A peer that has every segment. */
  FakeRemotePeer addFullPeer(String peerId) {
    return addPeer(peerId).withRange(0, SEGMENT_COUNT - 1);
  }

  /** Runs the pass requested by what the test just did. */
  void settle() {
    clock.runDue();
  }

  void holdHttp() {
    config = config.toBuilder().httpDownloadInitialTimeoutMs(600_000).build();
  }
}

package io.swarmloader.core.p2p;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.model.ByteRange;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.protocol.PeerCommand.SegmentsAnnouncement;
import io.swarmloader.testing.ScriptedDataChannel;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.VirtualClock;

/** A started {@link P2pSwarm} over fakes, with a virtual clock. */
final class SwarmHarness {
  final VirtualClock clock = new VirtualClock(10_000);
  final RandomSource random;
  final FakeLocalSegments local = new FakeLocalSegments();
  final FakePeerConnector connector = new FakePeerConnector();
  final RecordingSwarmListener events = new RecordingSwarmListener();
  StreamConfig config;
  final UploadSlots uploadSlots;
  final P2pSwarm swarm;

  SwarmHarness() {
    this(StreamConfig.defaults());
  }

  SwarmHarness(StreamConfig config) {
    this(config, new SeededRandom(0x5EED));
  }

  SwarmHarness(StreamConfig config, RandomSource random) {
    this.config = config;
    this.random = random;
    this.uploadSlots = new UploadSlots(() -> this.config.maxConcurrentUploads());
    this.swarm =
        new P2pSwarm(
            connector, local, () -> this.config, clock, clock, random, uploadSlots, events);
    swarm.start();
  }

  /** Connects {@code peerId}, lets it announce {@code loaded}, and clears what was sent. */
  ScriptedDataChannel connectAnnouncing(String peerId, long... loaded) {
    ScriptedDataChannel channel = connector.connect(peerId);
    channel.receiveCommand(new SegmentsAnnouncement(loaded, new long[0]));
    channel.clearSent();
    events.clear();
    return channel;
  }

  PeerSession peer(String peerId) {
    for (RemotePeer p : swarm.connectedPeers()) {
      if (p.peerId().equals(peerId)) {
        return (PeerSession) p;
      }
    }
    throw new AssertionError("not connected: " + peerId);
  }

  static Segment segment(long externalId) {
    return new Segment(
        "https://x/seg" + externalId + ".ts",
        externalId,
        "https://x/seg" + externalId + ".ts",
        null,
        0,
        4);
  }

  static Segment rangeSegment(long externalId, long first, long lastInclusive) {
    ByteRange range = new ByteRange(first, lastInclusive);
    String url = "https://x/media.mp4";
    return new Segment(Segment.runtimeIdOf(url, range), externalId, url, range, 0, 4);
  }

  /** Starts a download of {@code segment} from {@code peerId} into {@code buffer}. */
  Cancellable download(
      String peerId, Segment segment, SegmentBuffer buffer, RecordingAttemptListener listener) {
    return peer(peerId).download(segment, buffer, listener);
  }

  static byte[] bytes(int length, int seed) {
    byte[] b = new byte[length];
    for (int k = 0; k < length; k++) {
      b[k] = (byte) (k * 31 + seed);
    }
    return b;
  }
}

package io.swarmloader.swarm;

import io.swarmloader.core.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * A test stream: fixed-duration segments with deterministic bytes. Live streams expose a sliding
 * window of the newest {@code windowSize} segments that advances in virtual real time; VOD streams
 * expose every segment from the start.
 */
final class SimulatedStream {
  final String baseUrl;
  final boolean live;
  final double segmentDurationS;
  final int windowSize;
  final int totalSegments;
  final int segmentBytes;

  /** Media sequence of the first segment ever published. */
  final long firstSequence;

  SimulatedStream(
      String baseUrl,
      boolean live,
      double segmentDurationS,
      int windowSize,
      int totalSegments,
      int segmentBytes,
      long firstSequence) {
    this.baseUrl = baseUrl;
    this.live = live;
    this.segmentDurationS = segmentDurationS;
    this.windowSize = windowSize;
    this.totalSegments = totalSegments;
    this.segmentBytes = segmentBytes;
    this.firstSequence = firstSequence;
  }

  String urlOf(long sequence) {
    return baseUrl + "/seg-" + sequence + ".ts";
  }

  /** Deterministic content of a segment: every segment differs, so swapped IDs are caught. */
  byte[] bytesOf(long sequence) {
    byte[] out = new byte[segmentBytes - (int) (sequence % 7) * 101];
    long x = sequence * 0x9E3779B97F4A7C15L + 1;
    for (int i = 0; i < out.length; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      out[i] = (byte) x;
    }
    return out;
  }

  /**
   * The segments listed in the playlist at a given virtual time (seconds since the stream start).
   */
  List<Segment> playlistAt(double nowS) {
    List<Segment> list = new ArrayList<>();
    if (!live) {
      for (int k = 0; k < totalSegments; k++) {
        list.add(segment(firstSequence + k, k));
      }
      return list;
    }
    // Live: by time t, segments [0, published) exist; the window holds the newest windowSize.
    int published = windowSize + (int) Math.floor(nowS / segmentDurationS);
    int first = Math.max(0, published - windowSize);
    for (int k = first; k < published; k++) {
      list.add(segment(firstSequence + k, k));
    }
    return list;
  }

  private Segment segment(long sequence, int position) {
    double start = position * segmentDurationS;
    // Live: external ID = media sequence; VOD: 0-based position (player-integration.md §2).
    long externalId = live ? sequence : position;
    return new Segment(
        urlOf(sequence), externalId, urlOf(sequence), null, start, start + segmentDurationS);
  }
}

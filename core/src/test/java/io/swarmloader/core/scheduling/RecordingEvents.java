package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import java.util.ArrayList;
import java.util.List;

/**
 * Records segment events as short strings ({@code "start http 0"}, {@code "abort p2p 3 peerA"},
 * {@code "error http 0 http-error"}, {@code "loaded p2p 2 peerA"}); chunks go to {@link #chunks}.
 * Fails loudly when a P2P event lacks its peer ID or any event lacks the stream type.
 */
final class RecordingEvents implements CoreEventListener {
  final List<String> events = new ArrayList<>();
  final List<String> chunks = new ArrayList<>();
  private final StreamType expectedType;

  RecordingEvents(StreamType expectedType) {
    this.expectedType = expectedType;
  }

  @Override
  public void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    events.add(line("start", source, segment.externalId(), peerId, streamType));
  }

  @Override
  public void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    events.add(line("abort", source, segment.externalId(), peerId, streamType));
  }

  @Override
  public void onSegmentError(
      RequestError error,
      Segment segment,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    events.add(
        line("error", source, segment.externalId(), peerId, streamType)
            + " "
            + error.type().jsName());
  }

  @Override
  public void onSegmentLoaded(
      String segmentUrl,
      int bytesLength,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    events.add(line("loaded", source, bytesLength, peerId, streamType));
  }

  @Override
  public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
    checkPeer(source, peerId);
    chunks.add(source.jsName() + " " + bytesLength + (peerId == null ? "" : " " + peerId));
  }

  List<String> named(String prefix) {
    return events.stream().filter(e -> e.startsWith(prefix)).toList();
  }

  private String line(
      String name, DownloadSource source, long id, String peerId, StreamType streamType) {
    if (streamType != expectedType) {
      throw new AssertionError(name + " event with stream type " + streamType);
    }
    checkPeer(source, peerId);
    return name + " " + source.jsName() + " " + id + (peerId == null ? "" : " " + peerId);
  }

  private static void checkPeer(DownloadSource source, String peerId) {
    if ((source == DownloadSource.P2P) != (peerId != null)) {
      throw new AssertionError("peerId " + peerId + " for a " + source.jsName() + " event");
    }
  }
}

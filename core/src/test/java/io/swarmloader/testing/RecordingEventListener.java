package io.swarmloader.testing;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records every engine event as one line, for whole-sequence assertions (style.md §2.6):
 *
 * <pre>
 * onSegmentStart segment=RID p2p peer=P main     onSegmentLoaded url=U bytes=N http main
 * onSegmentError segment=RID error=TYPE http main onSegmentAbort segment=RID p2p peer=P main
 * onPeerConnect peer=P main                        onPeerClose peer=P secondary
 * onPeerError peer=P main error=E                  onChunkDownloaded bytes=N p2p peer=P
 * onChunkUploaded bytes=N peer=P                   onTrackerError main error=E
 * onTrackerWarning main warning=W
 * </pre>
 *
 * The source is written as {@code http} or {@code p2p}, followed by {@code peer=...} when a peer ID
 * is given. With {@link #requirePairs()}, an {@code onPeerClose} without an open {@code
 * onPeerConnect}, a second {@code onPeerConnect} for an open peer, or an abort or error of an
 * attempt that never started fails the test at once with an {@link AssertionError}.
 */
public final class RecordingEventListener implements CoreEventListener {
  private final List<String> events = new ArrayList<>();
  private final Set<String> openPeers = new HashSet<>();
  private final Set<String> startedAttempts = new HashSet<>();
  private boolean requirePairs;

  /** Turns on the pairing checks; returns this. */
  public RecordingEventListener requirePairs() {
    this.requirePairs = true;
    return this;
  }

  /** Every event line, in order. */
  public List<String> events() {
    return List.copyOf(events);
  }

  /** The event names (first word of each line), in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(events.size());
    for (String event : events) {
      int space = event.indexOf(' ');
      names.add(space < 0 ? event : event.substring(0, space));
    }
    return names;
  }

  /** The lines of one event name, in order. */
  public List<String> eventsNamed(String name) {
    List<String> out = new ArrayList<>();
    for (String event : events) {
      if (event.equals(name) || event.startsWith(name + " ")) {
        out.add(event);
      }
    }
    return out;
  }

  /** Forgets recorded lines; pairing state is kept. */
  public void clear() {
    events.clear();
  }

  @Override
  public void onSegmentLoaded(
      String segmentUrl,
      int bytesLength,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    record(
        "onSegmentLoaded url="
            + segmentUrl
            + " bytes="
            + bytesLength
            + " "
            + source(source, peerId)
            + " "
            + type(streamType));
  }

  @Override
  public void onSegmentError(
      RequestError error,
      Segment segment,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    endAttempt("onSegmentError", segment, source, peerId);
    String type = error == null ? "null" : error.type().jsName();
    record(
        "onSegmentError segment="
            + id(segment)
            + " error="
            + type
            + " "
            + source(source, peerId)
            + " "
            + type(streamType));
  }

  @Override
  public void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    endAttempt("onSegmentAbort", segment, source, peerId);
    record(
        "onSegmentAbort segment="
            + id(segment)
            + " "
            + source(source, peerId)
            + " "
            + type(streamType));
  }

  @Override
  public void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    startedAttempts.add(attemptKey(segment, source, peerId));
    record(
        "onSegmentStart segment="
            + id(segment)
            + " "
            + source(source, peerId)
            + " "
            + type(streamType));
  }

  @Override
  public void onPeerConnect(String peerId, StreamType streamType) {
    String line = "onPeerConnect peer=" + peerId + " " + type(streamType);
    if (!openPeers.add(peerId + " " + type(streamType)) && requirePairs) {
      throw new AssertionError(line + " while already connected; events so far: " + events);
    }
    record(line);
  }

  @Override
  public void onPeerClose(String peerId, StreamType streamType) {
    String line = "onPeerClose peer=" + peerId + " " + type(streamType);
    if (!openPeers.remove(peerId + " " + type(streamType)) && requirePairs) {
      throw new AssertionError(line + " without onPeerConnect; events so far: " + events);
    }
    record(line);
  }

  @Override
  public void onPeerError(String peerId, StreamType streamType, String error) {
    record("onPeerError peer=" + peerId + " " + type(streamType) + " error=" + error);
  }

  @Override
  public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
    record("onChunkDownloaded bytes=" + bytesLength + " " + source(source, peerId));
  }

  @Override
  public void onChunkUploaded(int bytesLength, String peerId) {
    record("onChunkUploaded bytes=" + bytesLength + " peer=" + peerId);
  }

  @Override
  public void onTrackerError(StreamType streamType, String error) {
    record("onTrackerError " + type(streamType) + " error=" + error);
  }

  @Override
  public void onTrackerWarning(StreamType streamType, String warning) {
    record("onTrackerWarning " + type(streamType) + " warning=" + warning);
  }

  private void record(String line) {
    events.add(line);
  }

  private void endAttempt(String name, Segment segment, DownloadSource source, String peerId) {
    if (!startedAttempts.remove(attemptKey(segment, source, peerId)) && requirePairs) {
      throw new AssertionError(
          name
              + " segment="
              + id(segment)
              + " "
              + source(source, peerId)
              + " without onSegmentStart; events so far: "
              + events);
    }
  }

  private static String attemptKey(Segment segment, DownloadSource source, String peerId) {
    return id(segment) + " " + source(source, peerId);
  }

  private static String id(Segment segment) {
    return segment == null ? "null" : segment.runtimeId();
  }

  private static String source(DownloadSource source, String peerId) {
    String name = source == null ? "null" : source.jsName();
    return peerId == null ? name : name + " peer=" + peerId;
  }

  private static String type(StreamType type) {
    return type == null ? "null" : type.wireName();
  }
}

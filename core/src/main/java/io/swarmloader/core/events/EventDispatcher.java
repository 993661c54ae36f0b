package io.swarmloader.core.events;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.ListOps;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's single event sink: fans each {@link CoreEventListener} call out to the registered
 * listeners (player-integration.md §1.5, style.md §2.6).
 *
 * <ul>
 *   <li>Listeners are called synchronously, in registration order. The same listener may be added
 *       twice; it is then called twice.
 *   <li>An exception thrown by a listener is caught and logged as a warning; the other listeners
 *       still get the event and nothing propagates into the engine.
 *   <li>Order is kept under re-entrance: an event fired while another is being delivered (by a
 *       listener, or by engine code a listener reached) is queued and delivered to every listener
 *       after the current event has reached all of them.
 *   <li>A listener removed during a delivery gets no further events, including the current one if
 *       it has not been reached yet; a listener added during a delivery gets the next event.
 * </ul>
 *
 * <p>Single-threaded; holds no timers. Listeners survive the engine's {@code destroy()}
 * (player-integration.md §1.2), so this class has no destroy of its own.
 */
public final class EventDispatcher implements CoreEventListener {
  // Event kinds: indexes into EVENT_NAMES, the listener method each one calls.
  private static final int SEGMENT_LOADED = 0;
  private static final int SEGMENT_ERROR = 1;
  private static final int SEGMENT_ABORT = 2;
  private static final int SEGMENT_START = 3;
  private static final int PEER_CONNECT = 4;
  private static final int PEER_CLOSE = 5;
  private static final int PEER_ERROR = 6;
  private static final int CHUNK_DOWNLOADED = 7;
  private static final int CHUNK_UPLOADED = 8;
  private static final int TRACKER_ERROR = 9;
  private static final int TRACKER_WARNING = 10;
  private static final String[] EVENT_NAMES = {
    "onSegmentLoaded",
    "onSegmentError",
    "onSegmentAbort",
    "onSegmentStart",
    "onPeerConnect",
    "onPeerClose",
    "onPeerError",
    "onChunkDownloaded",
    "onChunkUploaded",
    "onTrackerError",
    "onTrackerWarning"
  };

  private final Logger logger;
  private final List<Registration> registrations = new ArrayList<>();
  // Events fired during a delivery, in firing order; empty whenever dispatching is false.
  private final List<PendingEvent> queue = new ArrayList<>();
  private boolean dispatching;

  public EventDispatcher(Logger logger) {
    this.logger = logger;
  }

  /** Registers {@code listener}; the handle's {@code remove()} unregisters it, idempotently. */
  public Subscription addListener(CoreEventListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    Registration registration = new Registration(listener);
    registrations.add(registration);
    return registration;
  }

  public int listenerCount() {
    return registrations.size();
  }

  @Override
  public void onSegmentLoaded(
      String segmentUrl,
      int bytesLength,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    dispatch(SEGMENT_LOADED, segmentUrl, bytesLength, null, null, source, peerId, streamType);
  }

  @Override
  public void onSegmentError(
      RequestError error,
      Segment segment,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    dispatch(SEGMENT_ERROR, null, 0, segment, error, source, peerId, streamType);
  }

  @Override
  public void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    dispatch(SEGMENT_ABORT, null, 0, segment, null, source, peerId, streamType);
  }

  @Override
  public void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    dispatch(SEGMENT_START, null, 0, segment, null, source, peerId, streamType);
  }

  @Override
  public void onPeerConnect(String peerId, StreamType streamType) {
    dispatch(PEER_CONNECT, null, 0, null, null, null, peerId, streamType);
  }

  @Override
  public void onPeerClose(String peerId, StreamType streamType) {
    dispatch(PEER_CLOSE, null, 0, null, null, null, peerId, streamType);
  }

  @Override
  public void onPeerError(String peerId, StreamType streamType, String error) {
    dispatch(PEER_ERROR, error, 0, null, null, null, peerId, streamType);
  }

  @Override
  public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
    dispatch(CHUNK_DOWNLOADED, null, bytesLength, null, null, source, peerId, null);
  }

  @Override
  public void onChunkUploaded(int bytesLength, String peerId) {
    dispatch(CHUNK_UPLOADED, null, bytesLength, null, null, null, peerId, null);
  }

  @Override
  public void onTrackerError(StreamType streamType, String error) {
    dispatch(TRACKER_ERROR, error, 0, null, null, null, null, streamType);
  }

  @Override
  public void onTrackerWarning(StreamType streamType, String warning) {
    dispatch(TRACKER_WARNING, warning, 0, null, null, null, null, streamType);
  }

  private void dispatch(
      int kind,
      String text,
      int bytesLength,
      Segment segment,
      RequestError error,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    queue.add(
        new PendingEvent(kind, text, bytesLength, segment, error, source, peerId, streamType));
    if (dispatching) {
      return; // the outer dispatch delivers it once the current event is done
    }
    dispatching = true;
    try {
      while (!queue.isEmpty()) {
        deliver(queue.remove(0));
      }
    } finally {
      dispatching = false;
    }
  }

  private void deliver(PendingEvent event) {
    Registration[] snapshot = registrations.toArray(new Registration[0]);
    for (Registration registration : snapshot) {
      if (registration.removed) {
        continue;
      }
      try {
        event.deliverTo(registration.listener);
      } catch (Throwable t) {
        logger.warn(
            Text.cat(
                "event listener for ",
                EVENT_NAMES[event.kind],
                Text.cat(" threw: ", String.valueOf(t))));
      }
    }
  }

  /**
   * One queued event: its kind and the arguments of its listener method (the unused ones are null
   * or 0). A single class for all eleven events keeps the compiled bundle small (one class instead
   * of one lambda class per event type).
   */
  private static final class PendingEvent {
    final int kind;
    final String text; // the URL of onSegmentLoaded, the error or warning text of the others
    final int bytesLength;
    final Segment segment;
    final RequestError error;
    final DownloadSource source;
    final String peerId;
    final StreamType streamType;

    PendingEvent(
        int kind,
        String text,
        int bytesLength,
        Segment segment,
        RequestError error,
        DownloadSource source,
        String peerId,
        StreamType streamType) {
      this.kind = kind;
      this.text = text;
      this.bytesLength = bytesLength;
      this.segment = segment;
      this.error = error;
      this.source = source;
      this.peerId = peerId;
      this.streamType = streamType;
    }

    void deliverTo(CoreEventListener l) {
      switch (kind) {
        case SEGMENT_LOADED -> l.onSegmentLoaded(text, bytesLength, source, peerId, streamType);
        case SEGMENT_ERROR -> l.onSegmentError(error, segment, source, peerId, streamType);
        case SEGMENT_ABORT -> l.onSegmentAbort(segment, source, peerId, streamType);
        case SEGMENT_START -> l.onSegmentStart(segment, source, peerId, streamType);
        case PEER_CONNECT -> l.onPeerConnect(peerId, streamType);
        case PEER_CLOSE -> l.onPeerClose(peerId, streamType);
        case PEER_ERROR -> l.onPeerError(peerId, streamType, text);
        case CHUNK_DOWNLOADED -> l.onChunkDownloaded(bytesLength, source, peerId);
        case CHUNK_UPLOADED -> l.onChunkUploaded(bytesLength, peerId);
        case TRACKER_ERROR -> l.onTrackerError(streamType, text);
        default -> l.onTrackerWarning(streamType, text);
      }
    }
  }

  private final class Registration implements Subscription {
    final CoreEventListener listener;
    boolean removed;

    Registration(CoreEventListener listener) {
      this.listener = listener;
    }

    @Override
    public void remove() {
      if (!removed) {
        removed = true;
        ListOps.removeSame(registrations, this);
      }
    }
  }
}

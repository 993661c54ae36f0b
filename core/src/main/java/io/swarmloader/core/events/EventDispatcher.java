package io.swarmloader.core.events;

import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Logger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
  private final Logger logger;
  private final List<Registration> registrations = new ArrayList<>();
  // Events fired during a delivery, in firing order; empty whenever dispatching is false.
  private final ArrayDeque<PendingEvent> queue = new ArrayDeque<>();
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
    dispatch(
        "onSegmentLoaded",
        l -> l.onSegmentLoaded(segmentUrl, bytesLength, source, peerId, streamType));
  }

  @Override
  public void onSegmentError(
      RequestError error,
      Segment segment,
      DownloadSource source,
      String peerId,
      StreamType streamType) {
    dispatch("onSegmentError", l -> l.onSegmentError(error, segment, source, peerId, streamType));
  }

  @Override
  public void onSegmentAbort(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    dispatch("onSegmentAbort", l -> l.onSegmentAbort(segment, source, peerId, streamType));
  }

  @Override
  public void onSegmentStart(
      Segment segment, DownloadSource source, String peerId, StreamType streamType) {
    dispatch("onSegmentStart", l -> l.onSegmentStart(segment, source, peerId, streamType));
  }

  @Override
  public void onPeerConnect(String peerId, StreamType streamType) {
    dispatch("onPeerConnect", l -> l.onPeerConnect(peerId, streamType));
  }

  @Override
  public void onPeerClose(String peerId, StreamType streamType) {
    dispatch("onPeerClose", l -> l.onPeerClose(peerId, streamType));
  }

  @Override
  public void onPeerError(String peerId, StreamType streamType, String error) {
    dispatch("onPeerError", l -> l.onPeerError(peerId, streamType, error));
  }

  @Override
  public void onChunkDownloaded(int bytesLength, DownloadSource source, String peerId) {
    dispatch("onChunkDownloaded", l -> l.onChunkDownloaded(bytesLength, source, peerId));
  }

  @Override
  public void onChunkUploaded(int bytesLength, String peerId) {
    dispatch("onChunkUploaded", l -> l.onChunkUploaded(bytesLength, peerId));
  }

  @Override
  public void onTrackerError(StreamType streamType, String error) {
    dispatch("onTrackerError", l -> l.onTrackerError(streamType, error));
  }

  @Override
  public void onTrackerWarning(StreamType streamType, String warning) {
    dispatch("onTrackerWarning", l -> l.onTrackerWarning(streamType, warning));
  }

  private void dispatch(String name, Consumer<CoreEventListener> call) {
    queue.add(new PendingEvent(name, call));
    if (dispatching) {
      return; // the outer dispatch delivers it once the current event is done
    }
    dispatching = true;
    try {
      PendingEvent event;
      while ((event = queue.poll()) != null) {
        deliver(event);
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
        event.call.accept(registration.listener);
      } catch (Throwable t) {
        logger.warn("event listener for " + event.name + " threw: " + t);
      }
    }
  }

  private record PendingEvent(String name, Consumer<CoreEventListener> call) {}

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
        registrations.remove(this);
      }
    }
  }
}

package io.swarmloader.core.scheduling;

import io.swarmloader.core.bandwidth.EngineBandwidth;
import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.SegmentDownloader;
import io.swarmloader.core.error.RequestError;
import io.swarmloader.core.events.CoreEventListener;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;

/**
 * Starts, ends and aborts attempts for both transports, and keeps what every attempt must do in one
 * place: the request's state, the segment events (start, chunk, error, abort, each with the stream
 * type and, for P2P, the peer ID), the engine-wide bandwidth estimators, and the local-state
 * publication when an HTTP attempt starts or ends. The end of an attempt requests a queue pass.
 *
 * <p>Aborting keeps the bytes already held: the next attempt resumes from them (style.md §2.7).
 */
final class AttemptLauncher {
  private final StreamType streamType;
  private final Clock clock;
  private final SegmentDownloader httpDownloader;
  private final CoreEventListener events;
  private final EngineBandwidth bandwidth;
  private final Runnable onHttpLoadingChanged;
  private final Runnable requestPass;

  /** After {@link #destroy()} no attempt starts. */
  private boolean destroyed;

  AttemptLauncher(
      StreamType streamType,
      Clock clock,
      SegmentDownloader httpDownloader,
      CoreEventListener events,
      EngineBandwidth bandwidth,
      Runnable onHttpLoadingChanged,
      Runnable requestPass) {
    this.streamType = streamType;
    this.clock = clock;
    this.httpDownloader = httpDownloader;
    this.events = events;
    this.bandwidth = bandwidth;
    this.onHttpLoadingChanged = onHttpLoadingChanged;
    this.requestPass = requestPass;
  }

  /** Starts an HTTP attempt, resuming from the bytes the request holds. */
  void startHttp(Request request) {
    start(request, new Attempt(DownloadSource.HTTP, null));
  }

  /** Starts an attempt from {@code peer}, resuming from the bytes the request holds. */
  void startP2p(Request request, RemotePeer peer) {
    start(request, new Attempt(DownloadSource.P2P, peer));
  }

  /** Aborts the request's attempt, if any, with {@code onSegmentAbort}; the bytes stay. */
  void abort(Request request) {
    Attempt attempt = request.attempt;
    if (attempt == null) {
      return;
    }
    end(request, attempt, RequestState.ABORTED);
    attempt.handle.cancel();
    events.onSegmentAbort(request.segment, attempt.source, attempt.peerId(), streamType);
  }

  /** No attempt starts afterwards; attempts in progress are aborted by the owner. */
  void destroy() {
    destroyed = true;
  }

  private void start(Request request, Attempt attempt) {
    if (destroyed) {
      return;
    }
    if (request.attempt != null) {
      abort(request);
    }
    request.state = RequestState.DOWNLOADING;
    request.attempt = attempt;
    request.data = null;
    bandwidth.allDownloads().onDownloadStart();
    if (attempt.source == DownloadSource.HTTP) {
      bandwidth.httpOnly().onDownloadStart();
    }
    events.onSegmentStart(request.segment, attempt.source, attempt.peerId(), streamType);
    if (attempt.source == DownloadSource.HTTP) {
      onHttpLoadingChanged.run();
    }
    AttemptListener listener = new Listener(request, attempt);
    Cancellable handle =
        attempt.source == DownloadSource.HTTP
            ? httpDownloader.download(request.segment, request.buffer, listener)
            : attempt.peer.download(request.segment, request.buffer, listener);
    if (!attempt.ended && handle != null) {
      attempt.handle = handle;
    }
  }

  private void end(Request request, Attempt attempt, int state) {
    attempt.ended = true;
    request.attempt = null;
    request.state = state;
    bandwidth.allDownloads().onDownloadEnd();
    if (attempt.source == DownloadSource.HTTP) {
      bandwidth.httpOnly().onDownloadEnd();
      onHttpLoadingChanged.run();
    }
  }

  /** Routes one attempt's callbacks; ignores them once the attempt has ended. */
  private final class Listener implements AttemptListener {
    private final Request request;
    private final Attempt attempt;

    Listener(Request request, Attempt attempt) {
      this.request = request;
      this.attempt = attempt;
    }

    @Override
    public void onChunk(int length) {
      if (attempt.ended) {
        return;
      }
      bandwidth.allDownloads().addBytes(length);
      if (attempt.source == DownloadSource.HTTP) {
        bandwidth.httpOnly().addBytes(length);
      }
      events.onChunkDownloaded(length, attempt.source, attempt.peerId());
    }

    @Override
    public void onSuccess() {
      if (attempt.ended) {
        return;
      }
      request.data = request.buffer.toByteArray();
      request.loadedFrom = attempt.source;
      request.loadedFromPeerId = attempt.peerId();
      request.storeStarted = false;
      request.storeRefused = false;
      end(request, attempt, RequestState.SUCCEEDED);
      requestPass.run();
    }

    @Override
    public void onFailure(RequestError error) {
      if (attempt.ended) {
        return;
      }
      end(request, attempt, RequestState.FAILED);
      request.recordFailure(attempt.source, clock.nowMs());
      events.onSegmentError(error, request.segment, attempt.source, attempt.peerId(), streamType);
      requestPass.run();
    }
  }
}

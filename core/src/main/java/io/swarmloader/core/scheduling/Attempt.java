package io.swarmloader.core.scheduling;

import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.p2p.RemotePeer;
import io.swarmloader.core.platform.Cancellable;

/**
 * One try to download a request's segment, over HTTP or from one peer. Invariant: an attempt is
 * {@code request.attempt()} exactly while it has not ended; callbacks of an ended attempt are
 * ignored.
 */
final class Attempt {
  final DownloadSource source;

  /** The serving peer; null for HTTP. */
  final RemotePeer peer;

  /** Abort handle; {@link Cancellable#NONE} until the downloader returned it. */
  Cancellable handle = Cancellable.NONE;

  boolean ended;

  Attempt(DownloadSource source, RemotePeer peer) {
    this.source = source;
    this.peer = peer;
  }

  /** The serving peer's ID; null for HTTP. */
  String peerId() {
    return peer == null ? null : peer.peerId();
  }
}

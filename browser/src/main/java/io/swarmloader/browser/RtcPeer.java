package io.swarmloader.browser;

import io.swarmloader.browser.webapi.Attempt;
import io.swarmloader.browser.webapi.JsErrors;
import io.swarmloader.browser.webapi.RTCDataChannel;
import io.swarmloader.browser.webapi.RTCPeerConnection;
import io.swarmloader.browser.webapi.RTCSessionDescription;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;
import io.swarmloader.core.platform.Scheduler;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * One peer connection of {@link BrowserRtc}, from creation to close; see there for the contract.
 *
 * <p>Invariants: {@code isClosed} is set by the first of a local close or a failure, and from then
 * on no listener hears anything except the one pair of {@code onClosed} calls a failure makes.
 * {@code channel} is non-null from the channel's {@code open} on. Every entry from JavaScript
 * (event handler, promise callback) goes through {@link #guard}, so no exception leaves this class.
 */
final class RtcPeer implements RtcConnection {
  /**
   * How long a local close lets the channel flush queued messages before closing the connection.
   */
  static final int FLUSH_BEFORE_CLOSE_MS = 5_000;

  private final boolean isOfferer;
  private final RtcConnectionListener listener;
  private final Scheduler scheduler;
  private final Logger logger;
  private final IceGatheringWait gathering;

  private RTCPeerConnection pc;
  private RTCDataChannel dc;
  private BrowserDataChannel channel;
  private boolean isAnswerApplied;
  private boolean isClosed;

  RtcPeer(boolean isOfferer, RtcConnectionListener listener, Scheduler scheduler, Logger logger) {
    this.isOfferer = isOfferer;
    this.listener = listener;
    this.scheduler = scheduler;
    this.logger = logger;
    this.gathering = new IceGatheringWait(scheduler, () -> guard(this::reportLocalDescription));
  }

  void startOffer(JSObject rtcConfig, String label) {
    if (!createConnection(rtcConfig)) {
      return;
    }
    // wire-protocol.md §4: exactly one default-options channel, created before createOffer.
    Attempt<RTCDataChannel> created = RTCPeerConnection.createDataChannel(pc, label);
    if (created.getError() != null) {
      failLater("createDataChannel failed: " + created.getError());
      return;
    }
    attachChannel(created.getValue());
    negotiate(RTCPeerConnection.offer(pc));
  }

  void startAnswer(JSObject rtcConfig, String remoteOfferSdp) {
    if (!createConnection(rtcConfig)) {
      return;
    }
    pc.setOnDataChannel(e -> guard(() -> attachChannel(RTCPeerConnection.channelOf(e))));
    negotiate(RTCPeerConnection.answer(pc, remoteOfferSdp));
  }

  @Override
  public void acceptAnswer(String remoteAnswerSdp) {
    if (isClosed || !isOfferer || isAnswerApplied || pc == null) {
      return;
    }
    isAnswerApplied = true;
    RTCPeerConnection.acceptAnswer(pc, remoteAnswerSdp)
        .catchError(
            e -> {
              fail("remote answer rejected: " + JsErrors.describe(e));
              return null;
            });
  }

  @Override
  public void close() {
    if (isClosed) {
      return;
    }
    isClosed = true;
    if (channel != null) {
      channel.markClosed();
    }
    shutDown(/* flushChannel= */ true);
  }

  private boolean createConnection(JSObject rtcConfig) {
    Attempt<RTCPeerConnection> created = RTCPeerConnection.create(rtcConfig);
    if (created.getError() != null) {
      failLater("RTCPeerConnection failed: " + created.getError());
      return false;
    }
    RTCPeerConnection p = created.getValue();
    pc = p;
    p.setOnIceCandidate(
        e ->
            guard(
                () -> {
                  if (RTCPeerConnection.hasCandidate(e)) {
                    gathering.onCandidate();
                  } else {
                    gathering.onComplete();
                  }
                }));
    p.setOnIceGatheringStateChange(
        e ->
            guard(
                () -> {
                  if ("complete".equals(p.getIceGatheringState())) {
                    gathering.onComplete();
                  }
                }));
    p.setOnConnectionStateChange(e -> guard(() -> onState(p.getConnectionState())));
    p.setOnIceConnectionStateChange(e -> guard(() -> onState(p.getIceConnectionState())));
    return true;
  }

  private void negotiate(JSPromise<JSObject> localDescriptionSet) {
    localDescriptionSet
        .then(
            v -> {
              guard(this::onLocalDescriptionSet);
              return null;
            })
        .catchError(
            e -> {
              fail("negotiation failed: " + JsErrors.describe(e));
              return null;
            });
  }

  private void onLocalDescriptionSet() {
    if (isClosed) {
      return;
    }
    if ("complete".equals(pc.getIceGatheringState())) {
      gathering.onComplete();
    }
    gathering.start();
  }

  private void reportLocalDescription() {
    if (isClosed) {
      return;
    }
    RTCSessionDescription description = pc.getLocalDescription();
    if (description == null) {
      fail("no local description");
      return;
    }
    String sdp = Sdp.stripTrickle(description.getSdp());
    listener.onLocalDescription(sdp);
  }

  /** Takes the connection's channel: the offerer's own, or the first the remote announced. */
  private void attachChannel(RTCDataChannel announced) {
    if (isClosed || dc != null) {
      announced.close(); // wire-protocol.md §4: one channel per connection
      return;
    }
    RTCDataChannel d = announced;
    dc = d;
    d.setBinaryType("arraybuffer");
    d.setBufferedAmountLowThreshold(BrowserDataChannel.BUFFERED_AMOUNT_LOW_THRESHOLD);
    d.setOnOpen(e -> guard(this::onChannelOpen));
    d.setOnMessage(
        e ->
            guard(
                () -> {
                  onChannelOpen(); // a message implies open, whatever the event order
                  if (channel != null) {
                    channel.onMessage(e.getData());
                  }
                }));
    d.setOnBufferedAmountLow(
        e ->
            guard(
                () -> {
                  if (channel != null) {
                    channel.onBufferedAmountLow();
                  }
                }));
    d.setOnClose(e -> fail("channel closed"));
    d.setOnError(e -> fail("channel error: " + RTCDataChannel.errorOf(e)));
    if ("open".equals(d.getReadyState())) {
      // The answerer may get the channel already open; its open event is not guaranteed then.
      scheduler.schedule(() -> guard(this::onChannelOpen), 0);
    }
  }

  private void onChannelOpen() {
    if (isClosed || channel != null) {
      return;
    }
    channel = new BrowserDataChannel(this, dc, pc);
    listener.onChannelOpen(channel);
  }

  private void onState(String state) {
    if ("failed".equals(state) || "closed".equals(state)) {
      fail("connection " + state);
    }
  }

  /** Closes for a reason outside this side; both listeners hear it once. */
  void fail(String reason) {
    if (isClosed) {
      return;
    }
    isClosed = true;
    shutDown(/* flushChannel= */ false);
    if (channel != null) {
      channel.notifyClosed(reason, logger);
    }
    try {
      listener.onClosed(reason);
    } catch (RuntimeException e) {
      logger.log("error", "RTC listener threw in onClosed: " + JsErrors.describe(e));
    }
  }

  /** {@link #fail} on a later turn: for failures found inside a call from the engine. */
  void failLater(String reason) {
    scheduler.schedule(() -> fail(reason), 0);
  }

  private void shutDown(boolean flushChannel) {
    gathering.cancel();
    RTCPeerConnection p = pc;
    if (p != null) {
      RTCPeerConnection.clearHandlers(p);
    }
    if (dc != null) {
      RTCDataChannel.clearHandlers(dc);
      if (flushChannel && p != null && "open".equals(dc.getReadyState())) {
        // RTCDataChannel.close() sends what is queued first; closing the connection at once would
        // drop it. The connection follows when the channel has closed, or after a deadline.
        dc.setOnClose(e -> p.close());
        dc.close();
        scheduler.schedule(p::close, FLUSH_BEFORE_CLOSE_MS);
        return;
      }
      dc.close();
    }
    if (p != null) {
      p.close();
    }
  }

  /** Runs a step entered from JavaScript; an exception is logged and closes the connection. */
  private void guard(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      logger.log("error", "RTC connection error: " + JsErrors.describe(e));
      fail("internal error: " + JsErrors.describe(e));
    }
  }
}

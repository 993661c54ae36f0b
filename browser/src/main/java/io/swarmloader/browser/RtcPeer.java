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
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MessageEvent;

/**
 * One peer connection of {@link BrowserRtc}, from creation to close; see there for the contract.
 *
 * <p>Invariants: {@code isClosed} is set by the first of a local close or a failure, and from then
 * on no listener hears anything except the one pair of {@code onClosed} calls a failure makes.
 * {@code channel} is non-null from the channel's {@code open} on. Every entry from JavaScript
 * (event handler, promise outcome, timer) arrives through {@link #on} as a kind (one {@link
 * JsHandler} for the whole connection), so no exception leaves this class.
 */
final class RtcPeer implements RtcConnection, JsHandler {
  /**
   * How long a local close lets the channel flush queued messages before closing the connection.
   */
  static final int FLUSH_BEFORE_CLOSE_MS = 5_000;

  /** How often a local close checks whether the channel has handed over what it queued (ms). */
  static final int DRAIN_POLL_MS = 10;

  /** How many checks a local close makes before it closes the channel anyway (0.5 s in all). */
  static final int DRAIN_POLLS = 50;

  /** The connection's events, as kinds {@link #ICE_CANDIDATE} to {@link #ICE_CONNECTION_STATE}. */
  private static final String PC_EVENTS =
      "icecandidate icegatheringstatechange connectionstatechange iceconnectionstatechange";

  private static final int ICE_CANDIDATE = 0;
  private static final int GATHERING_STATE = 1;
  private static final int CONNECTION_STATE = 2;
  private static final int ICE_CONNECTION_STATE = 3;
  private static final int DATA_CHANNEL = 4;

  /** The channel's events, as kinds {@link #OPEN} to {@link #CHANNEL_ERROR}. */
  private static final String DC_EVENTS = "open message bufferedamountlow close error";

  private static final int OPEN = 5;
  private static final int MESSAGE = 6;
  private static final int BUFFERED_AMOUNT_LOW = 7;
  private static final int CHANNEL_CLOSE = 8;
  private static final int CHANNEL_ERROR = 9;
  private static final int DESCRIPTION_SET = 10;
  private static final int NEGOTIATION_FAILED = 11;
  private static final int ANSWER_ACCEPTED = 12;
  private static final int ANSWER_REJECTED = 13;
  private static final int GATHERED = 14;
  private static final int FAIL_LATER = 15;
  private static final int DRAIN = 16;
  private static final int CLOSE_CONNECTION = 17;

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

  /** How often {@link #drain} has found the channel's queue not yet empty. */
  private int drainChecks;

  /** The reason of the first {@link #failLater}; null before. */
  private String laterReason;

  RtcPeer(boolean isOfferer, RtcConnectionListener listener, Scheduler scheduler, Logger logger) {
    this.isOfferer = isOfferer;
    this.listener = listener;
    this.scheduler = scheduler;
    this.logger = logger;
    this.gathering = new IceGatheringWait(scheduler, new JsEvents.Task(this, GATHERED, null));
  }

  void startOffer(JSObject rtcConfig, String label) {
    if (!createConnection(rtcConfig)) {
      return;
    }
    // wire-protocol.md §4: exactly one default-options channel, created before createOffer.
    Attempt<RTCDataChannel> created = RTCPeerConnection.createDataChannel(pc, label);
    if (created.getError() != null) {
      failLater(Text.cat("createDataChannel failed: ", created.getError()));
      return;
    }
    attachChannel(created.getValue());
    JsEvents.settle(RTCPeerConnection.offer(pc), this, DESCRIPTION_SET, NEGOTIATION_FAILED);
  }

  void startAnswer(JSObject rtcConfig, String remoteOfferSdp) {
    if (!createConnection(rtcConfig)) {
      return;
    }
    JsEvents.listen(pc, "datachannel", DATA_CHANNEL, this);
    JsEvents.settle(
        RTCPeerConnection.answer(pc, remoteOfferSdp), this, DESCRIPTION_SET, NEGOTIATION_FAILED);
  }

  @Override
  public void acceptAnswer(String remoteAnswerSdp) {
    if (isClosed || !isOfferer || isAnswerApplied || pc == null) {
      return;
    }
    isAnswerApplied = true;
    JsEvents.settle(
        RTCPeerConnection.acceptAnswer(pc, remoteAnswerSdp),
        this,
        ANSWER_ACCEPTED,
        ANSWER_REJECTED);
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

  /** An event, promise outcome or timer of this connection; an exception closes it. */
  @Override
  public JSObject handle(int kind, JSObject arg, JSObject unused, JSObject unused2) {
    on(kind, arg);
    return null;
  }

  private void on(int kind, JSObject arg) {
    try {
      dispatch(kind, arg);
    } catch (RuntimeException e) {
      logger.log("error", Text.cat("RTC connection error: ", JsErrors.describe(e)));
      fail(Text.cat("internal error: ", JsErrors.describe(e)));
    }
  }

  private void dispatch(int kind, JSObject arg) {
    switch (kind) {
      case ICE_CANDIDATE:
        if (RTCPeerConnection.hasCandidate((Event) arg)) {
          gathering.onCandidate();
        } else {
          gathering.onComplete();
        }
        break;
      case GATHERING_STATE:
        if (isGatheringComplete(pc)) {
          gathering.onComplete();
        }
        break;
      case CONNECTION_STATE:
        onState(pc.getConnectionState());
        break;
      case ICE_CONNECTION_STATE:
        onState(pc.getIceConnectionState());
        break;
      case DATA_CHANNEL:
        attachChannel(RTCPeerConnection.channelOf((Event) arg));
        break;
      case OPEN:
        onChannelOpen();
        break;
      case MESSAGE:
        onChannelOpen(); // a message implies open, whatever the event order
        if (channel != null) {
          channel.onMessage(((MessageEvent) arg).getData());
        }
        break;
      case BUFFERED_AMOUNT_LOW:
        if (channel != null) {
          channel.onBufferedAmountLow();
        }
        break;
      default:
        dispatchOther(kind, arg);
    }
  }

  private void dispatchOther(int kind, JSObject arg) {
    switch (kind) {
      case CHANNEL_CLOSE:
        fail("channel closed");
        break;
      case CHANNEL_ERROR:
        fail(Text.cat("channel error: ", RTCDataChannel.errorOf((Event) arg)));
        break;
      case DESCRIPTION_SET:
        onLocalDescriptionSet();
        break;
      case NEGOTIATION_FAILED:
        fail(Text.cat("negotiation failed: ", JsErrors.describe(arg)));
        break;
      case ANSWER_REJECTED:
        fail(Text.cat("remote answer rejected: ", JsErrors.describe(arg)));
        break;
      case GATHERED:
        reportLocalDescription();
        break;
      case FAIL_LATER:
        fail(laterReason);
        break;
      case DRAIN:
        drain();
        break;
      case CLOSE_CONNECTION:
        pc.close();
        break;
      default: // ANSWER_ACCEPTED
    }
  }

  private boolean createConnection(JSObject rtcConfig) {
    Attempt<RTCPeerConnection> created = RTCPeerConnection.create(rtcConfig);
    if (created.getError() != null) {
      failLater(Text.cat("RTCPeerConnection failed: ", created.getError()));
      return false;
    }
    pc = created.getValue();
    JsEvents.listen(pc, PC_EVENTS, ICE_CANDIDATE, this);
    return true;
  }

  private void onLocalDescriptionSet() {
    if (isClosed) {
      return;
    }
    if (isGatheringComplete(pc)) {
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
    JsEvents.listen(d, DC_EVENTS, OPEN, this);
    if (isOpen(d)) {
      // The answerer may get the channel already open; its open event is not guaranteed then.
      later(OPEN, 0);
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
      fail(Text.cat("connection ", state));
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
      logger.log("error", Text.cat("RTC listener threw in onClosed: ", JsErrors.describe(e)));
    }
  }

  /**
   * {@link #fail} on a later turn: for failures found inside a call from the engine. The first
   * reason counts.
   */
  void failLater(String reason) {
    if (laterReason == null) {
      laterReason = reason;
      later(FAIL_LATER, 0);
    }
  }

  /** Delivers {@code kind} to {@link #on} after {@code delayMs}. */
  private void later(int kind, int delayMs) {
    scheduler.schedule(new JsEvents.Task(this, kind, null), delayMs);
  }

  private void shutDown(boolean flushChannel) {
    gathering.cancel();
    RTCPeerConnection p = pc;
    if (p != null) {
      JsEvents.unlisten(p, PC_EVENTS + " datachannel");
    }
    if (dc != null) {
      JsEvents.unlisten(dc, DC_EVENTS);
      if (flushChannel && p != null && isOpen(dc)) {
        // Chromium may lose a message sent in the same task as RTCDataChannel.close() (peerjs
        // issue 634): the channel closes on a later task, once its queue has drained.
        later(DRAIN, 0);
        return;
      }
      dc.close();
    }
    if (p != null) {
      p.close();
    }
  }

  /**
   * After a local close: closes the channel once {@code bufferedAmount} is 0 (or after {@value
   * #DRAIN_POLLS} checks {@value #DRAIN_POLL_MS} ms apart), then the connection once the channel
   * has closed, or after {@value #FLUSH_BEFORE_CLOSE_MS} ms. No listener hears anything.
   */
  private void drain() {
    boolean isChannelOpen = isOpen(dc);
    if (isChannelOpen && dc.getBufferedAmount() > 0 && drainChecks < DRAIN_POLLS) {
      drainChecks++;
      later(DRAIN, DRAIN_POLL_MS);
      return;
    }
    dc.close();
    if (!isChannelOpen) {
      pc.close();
      return;
    }
    // RTCDataChannel.close() sends what is still queued first; closing the connection at once
    // would drop it. The connection follows when the channel has closed, or after a deadline.
    JsEvents.listen(dc, "close", CLOSE_CONNECTION, this);
    later(CLOSE_CONNECTION, FLUSH_BEFORE_CLOSE_MS);
  }

  @JSBody(params = "channel", script = "return channel.readyState === 'open';")
  private static native boolean isOpen(RTCDataChannel channel);

  @JSBody(params = "pc", script = "return pc.iceGatheringState === 'complete';")
  private static native boolean isGatheringComplete(RTCPeerConnection pc);
}

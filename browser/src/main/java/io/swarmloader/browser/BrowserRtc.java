package io.swarmloader.browser;

import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.RtcFactory;
import io.swarmloader.core.platform.Scheduler;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link RtcFactory} over the browser's {@code RTCPeerConnection}, with non-trickle signalling
 * (wire-protocol.md §4).
 *
 * <ul>
 *   <li>Every connection gets the application's {@code rtcConfig} object itself (by reference: it
 *       may hold {@code RTCCertificate}s), or {@link #defaultRtcConfig()} when there is none.
 *   <li>Offerer: exactly one data channel with default options (ordered, reliable, not
 *       pre-negotiated) is created before {@code createOffer}. Answerer: {@code
 *       setRemoteDescription(offer)}, {@code createAnswer}; the channel comes from {@code
 *       datachannel}.
 *   <li>After {@code setLocalDescription} the connection waits for ICE gathering ({@link
 *       IceGatheringWait}: complete, 5 s after the first candidate, 10 s in all), removes {@code
 *       a=ice-options:trickle} lines and reports {@code localDescription.sdp}.
 *   <li>The connection is closed when its channel fires {@code close} or {@code error}, or when
 *       {@code connectionState} or {@code iceConnectionState} becomes "failed" or "closed"
 *       ("disconnected" is transient). A rejected promise or a thrown error closes it too.
 *       Listeners then hear {@code DataChannelListener.onClosed} (if the channel was open) and
 *       {@code RtcConnectionListener.onClosed}, each exactly once.
 *   <li>A local close (of the connection or of its channel) is idempotent, fires nothing, and lets
 *       the channel flush what it has queued before the connection goes (at most {@value
 *       RtcPeer#FLUSH_BEFORE_CLOSE_MS} ms). The channel itself is closed on a later turn, once its
 *       {@code bufferedAmount} is 0 (checked every {@value RtcPeer#DRAIN_POLL_MS} ms, at most
 *       {@value RtcPeer#DRAIN_POLLS} times): Chromium may lose a message sent in the same task as
 *       {@code RTCDataChannel.close()}.
 *   <li>No Java or JavaScript exception reaches the page: listener exceptions are logged and close
 *       the connection.
 * </ul>
 */
public final class BrowserRtc implements RtcFactory {
  private final JSObject rtcConfig;
  private final Scheduler scheduler;
  private final Logger logger;

  /**
   * @param rtcConfig the application's {@code RTCConfiguration}, or null for {@link
   *     #defaultRtcConfig()}
   */
  public BrowserRtc(JSObject rtcConfig, Scheduler scheduler, Logger logger) {
    this.rtcConfig = rtcConfig != null ? rtcConfig : defaultRtcConfig();
    this.scheduler = scheduler;
    this.logger = logger;
  }

  @Override
  public RtcConnection createOffer(RtcConnectionListener listener) {
    RtcPeer peer = new RtcPeer(/* isOfferer= */ true, listener, scheduler, logger);
    peer.startOffer(rtcConfig, randomLabel());
    return peer;
  }

  @Override
  public RtcConnection createAnswer(String remoteOfferSdp, RtcConnectionListener listener) {
    RtcPeer peer = new RtcPeer(/* isOfferer= */ false, listener, scheduler, logger);
    peer.startAnswer(rtcConfig, remoteOfferSdp);
    return peer;
  }

  /**
   * A new default {@code RTCConfiguration} (wire-protocol.md §4): Google's and Twilio's public STUN
   * servers, as 2.3.x uses.
   */
  @JSBody(
      script =
          "return {iceServers: [{urls: 'stun:stun.l.google.com:19302'},"
              + " {urls: 'stun:global.stun.twilio.com:3478'}]};")
  public static native JSObject defaultRtcConfig();

  /** A data-channel label of 40 random hex characters, like 2.3.x's (any label works). */
  @JSBody(
      script =
          "var a = new Uint8Array(20); crypto.getRandomValues(a); var s = '';"
              + " for (var i = 0; i < 20; i++) s += (a[i] + 256).toString(16).substring(1);"
              + " return s;")
  private static native String randomLabel();
}

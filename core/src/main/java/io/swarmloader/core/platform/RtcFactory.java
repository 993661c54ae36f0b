package io.swarmloader.core.platform;

/**
 * WebRTC with non-trickle signalling (wire-protocol.md §4). Implementations create the single
 * ordered reliable data channel (offerer side) or take it from the datachannel event (answerer),
 * wait for ICE gathering (with the deadlines of §4) and strip trickle lines from the SDP.
 */
public interface RtcFactory {
  /** Creates an offering connection; {@code onLocalSdp} receives the full offer SDP. */
  RtcConnection createOffer(RtcConnectionListener listener);

  /** Creates an answering connection for a remote offer SDP. */
  RtcConnection createAnswer(String remoteOfferSdp, RtcConnectionListener listener);

  /** One peer connection. */
  interface RtcConnection {
    /** Offerer only: applies the remote answer SDP. */
    void acceptAnswer(String remoteAnswerSdp);

    /** Closes connection and channel; no listener call follows. Idempotent. */
    void close();
  }

  /** Events of one connection. */
  interface RtcConnectionListener {
    /** Local SDP (offer or answer) complete with candidates, ready to send to the tracker. */
    void onLocalDescription(String sdp);

    /** The data channel opened; the peer is connected. */
    void onChannelOpen(DataChannel channel);

    /** Connection failed or closed (before or after open). Fires at most once. */
    void onClosed(String reason);
  }
}

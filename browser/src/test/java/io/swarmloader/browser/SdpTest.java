package io.swarmloader.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SdpTest {
  @Test
  void stripTrickle_crlfLines_removesOnlyTheTrickleLines() {
    String sdp =
        "v=0\r\na=group:BUNDLE 0\r\na=ice-options:trickle\r\nm=application 9 UDP/DTLS/SCTP"
            + " webrtc-datachannel\r\na=ice-options:trickle\r\na=mid:0\r\n";
    assertEquals(
        "v=0\r\na=group:BUNDLE 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
            + "a=mid:0\r\n",
        Sdp.stripTrickle(sdp));
  }

  @Test
  void stripTrickle_lfLinesAndLastLineWithoutNewline_removed() {
    assertEquals("v=0\na=x\n", Sdp.stripTrickle("v=0\na=ice-options:trickle\na=x\n"));
    assertEquals("v=0\n", Sdp.stripTrickle("v=0\na=ice-options:trickle"));
  }

  @Test
  void stripTrickle_otherIceOptions_kept() {
    String sdp = "a=ice-options:trickle renomination\r\na=ice-options:ice2\r\n";
    assertEquals(sdp, Sdp.stripTrickle(sdp));
  }

  @Test
  void stripTrickle_noTrickle_unchanged() {
    String sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n";
    assertEquals(sdp, Sdp.stripTrickle(sdp));
    assertEquals("", Sdp.stripTrickle(""));
  }
}

package io.swarmloader.e2e;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shaka scenario 3: HLS through Shaka with the audio as a separate rendition (a secondary stream),
 * VOD numbered from EXT-X-MEDIA-SEQUENCE 100 and live: the later peer gets video and audio segments
 * over P2P.
 */
class ShakaHlsTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void vodFromMediaSequence100SharesVideoAndAudio() {
    twoShakaPeers(TestStreams.HLS_SEQ100_AUDIO, 6_000, "HLS VOD from MEDIA-SEQUENCE 100");
  }

  @Test
  void liveSharesVideoAndAudio() {
    twoShakaPeers(TestStreams.HLS_LIVE_AUDIO, 3_000, "HLS live");
  }

  private void twoShakaPeers(TestStreams.TestStream stream, long gapMs, String title) {
    swarm.requireShakaBundle();
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(stream, swarm.namespace())
            .height(360)
            .tracker(swarm.trackerPort())
            .deadlineMs(90_000);
    List<Peer> peers = swarm.joinStaggered(spec, gapMs, true, "A", "B");
    Peer a = peers.get(0);
    Peer b = peers.get(1);
    b.awaitTrue("B played 12 s", "r.advancedS >= 12", Peer.seconds(45));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report(
        title
            + " (fMP4, separate audio), Shaka B "
            + gapMs / 1000
            + " s after Shaka A; audio segments over P2P to B: "
            + rb.p2pDeliveredMatching(TestStreams.AUDIO_URL_MARKERS),
        List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 8);
    Verdicts.assertCleanPlayback(rb, 8);
    Verdicts.assertReceivedP2p(rb);
    Verdicts.assertAudioOverP2p(rb, TestStreams.AUDIO_URL_MARKERS);
  }
}

package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.e2e.TestStreams.TestStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live Shaka test streams play in plain Shaka Player (no P2P engine): the baseline the Shaka
 * P2P scenarios build on, and a browser check of the test-streams live rewriters (DASH dynamic MPD,
 * HLS-fMP4 sliding window with a separate audio rendition). The VOD streams are played by the P2P
 * scenarios themselves.
 */
class ShakaStreamsTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void plainShakaPlaysTheLiveStreams() {
    List<PageResult> results = new ArrayList<>();
    List<TestStream> streams =
        TestStreams.ALL.stream()
            .filter(s -> s.appliesTo(TestStreams.Player.SHAKA) && s.isLive())
            .toList();
    for (int i = 0; i < streams.size(); i += 2) {
      List<Peer> pair = new ArrayList<>();
      for (TestStream s : streams.subList(i, Math.min(streams.size(), i + 2))) {
        pair.add(
            swarm.join(
                s.id(),
                PageSpec.shaka(PageSpec.Engine.NONE).stream(s, swarm.namespace())
                    .tracker(swarm.trackerPort())
                    .deadlineMs(60_000)));
      }
      for (Peer p : pair) {
        p.awaitTrue(p.tag() + " played 8 s", "r.advancedS >= 8", Peer.seconds(40));
      }
      for (Peer p : pair) {
        results.add(p.collect());
        swarm.close(p);
      }
    }
    swarm.report("plain Shaka, each live Shaka stream for 8 s", results);
    for (int i = 0; i < streams.size(); i++) {
      PageResult r = results.get(i);
      Verdicts.assertNoErrors(r);
      Verdicts.assertNoStall(r);
      Verdicts.assertByteIdentical(r, 6);
      assertEquals(
          streams.get(i).isLive(), Boolean.TRUE.equals(r.raw().get("live")), r.tag() + ": live");
    }
  }
}

package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Media playlists behind a 302: hls.js reports the response URL, not the playlist URL, in {@code
 * hlsLevelUpdated}. SwarmLoader finds the stream by level index and still shares its segments
 * (player-integration.md §3.8 [S]); p2p-media-loader 2.3 gives such renditions no P2P.
 */
class RedirectedPlaylistTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void redirectedMediaPlaylistsStillShareOverP2p() {
    swarm.requireBundle(false);
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_REDIRECTED, swarm.namespace())
            .tracker(swarm.trackerPort())
            .startLevel(1)
            .deadlineMs(60_000);
    Peer a = swarm.join("A", spec);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(7_000);
    Peer b = swarm.join("B", spec);
    b.awaitTrue("B receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    b.awaitTrue("B played 6 s", "r.advancedS >= 6", Peer.seconds(20));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report("master with 302-redirected media playlists", List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 5);
    Verdicts.assertCleanPlayback(rb, 3);
    assertTrue(rb.p2pBytes() > 0, "B received no P2P bytes");
  }
}

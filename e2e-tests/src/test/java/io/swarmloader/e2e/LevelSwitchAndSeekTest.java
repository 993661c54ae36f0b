package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 3: level switches and a seek while P2P is active, on the two-rendition master. A uses
 * the mixin, B the manual form ({@code getConfigForHlsJs} + {@code bindHls}).
 *
 * <p>A switches the way hls.js's ABR does ({@code nextLevel}: the next fragment comes from the new
 * level, the buffer stays); B switches at once ({@code currentLevel}: hls.js flushes the buffer and
 * reloads at the new level). Both switch kinds move the engine to the other rendition's swarm. A
 * used to switch at once too; in two clean-clone CI runs where that flush landed at 8.08 s, its
 * Chromium stalled 7.7 s at 11.06 s with the contiguous range 8.07–28.01 s buffered and every
 * fragment byte-identical to the origin's: a media pipeline stall after the flush, not missing
 * data, so it is no longer provoked twice per run.
 */
class LevelSwitchAndSeekTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void levelSwitchAndSeekDuringP2pKeepPlaying() {
    swarm.requireBundle(false);
    PageSpec base =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_MASTER, swarm.namespace())
            .tracker(swarm.trackerPort())
            .startLevel(1)
            .deadlineMs(90_000);
    Peer a = swarm.join("A", base);
    a.awaitTrue("A playing", "r.playingAtMs !== null", Peer.seconds(20));
    swarm.waitSinceLastJoin(7_000);
    Peer b = swarm.join("B", base.api("manual"));
    b.awaitTrue("B receives P2P bytes", "r.bytes.p2p > 0", Peer.seconds(25));
    long p2pBeforeSwitch = b.numberValue("r.bytes.p2p");

    // Both peers move to 240p (level 0), a different swarm, while B is downloading over P2P.
    a.run("page.hls.nextLevel = 0;");
    b.run("page.hls.currentLevel = 0;");
    b.awaitTrue(
        "B loads 240p fragments",
        "Object.keys(r.hashes).some(u => u.includes('/v240p/'))",
        Peer.seconds(15));
    double mark = b.doubleValue("r.advancedS");
    b.awaitTrue("B plays 4 s on 240p", "r.advancedS >= " + (mark + 4), Peer.seconds(15));

    b.run("page.video.currentTime = 40;");
    b.awaitTrue("B plays past 46 s after the seek", "r.currentTime >= 46", Peer.seconds(20));
    PageResult ra = a.collect();
    PageResult rb = b.collect();
    swarm.report(
        "master 360p/240p: switch to 240p, then B seeks to 40 s; B P2P bytes before switch "
            + PageResult.mb(p2pBeforeSwitch),
        List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 8);
    Verdicts.assertCleanPlayback(rb, 8);
    assertTrue(
        ra.hashes().keySet().stream().anyMatch(u -> u.contains("/v240p/")),
        "A loaded no 240p fragment after nextLevel = 0: " + ra.hashes().keySet());
    assertTrue(
        rb.levelSwitches().stream().anyMatch(s -> s.get(1).intValue() == 0),
        "B never switched to level 0: " + rb.levelSwitches());
    assertTrue(
        rb.hashes().keySet().stream().anyMatch(u -> u.contains("/v240p/seg02")),
        "B got no 240p fragment after the seek (seg02x): " + rb.hashes().keySet());
  }
}

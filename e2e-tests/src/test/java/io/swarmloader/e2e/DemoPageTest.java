package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.testing.chromium.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo ({@code demo-web/server.mjs}: its own static server, tracker and live HLS stream) with
 * two peers: the second page's traffic chart shows a non-zero P2P download series, its peer graph
 * shows the first peer, and it stays free of errors. Saves {@code target/e2e-logs/demo-page.png}.
 */
class DemoPageTest {
  private static final String PAGE =
      "?player=hlsjs&engine=swarmloader&stream=hls-live&swarmId=demo-page-test";

  /** The P2P download dataset (index 1) has a positive point. */
  private static final String P2P_SERIES =
      "return !!(window.swarmDemo && window.swarmDemo.chart"
          + " && window.swarmDemo.chart.data.datasets[1].data.some(v => v > 0));";

  /** The peer graph has a node besides this peer's own. */
  private static final String OTHER_PEER_NODE =
      "return !!(window.swarmDemo && window.swarmDemo.graph"
          + " && window.swarmDemo.graph.nodes.getIds().some(id => id !== 'self'));";

  /** The players of player-recipes/recipes.js, as the demo's picker offers them. */
  private static final List<String> PICKER_PLAYERS =
      List.of(
          "videojs",
          "clappr",
          "mediaelement",
          "flowplayer",
          "plyr",
          "plyr-shaka",
          "dplayer",
          "dplayer-shaka",
          "openplayer",
          "vidstack");

  @Test
  void twoPeersShowP2pTrafficAndEachOther() throws IOException {
    new Swarm().requireBundle(false);
    List<HeadlessChromium.Launched> browsers = new ArrayList<>();
    try (NodeProcess demo = startDemo()) {
      int port = demo.port();
      String url = "http://127.0.0.1:" + port + "/" + PAGE;
      ChromeDriver a = open(browsers, "demo-A", url);
      NodeProcess.sleep(5_000);
      ChromeDriver b = open(browsers, "demo-B", url);

      awaitTrue(b, P2P_SERIES, 60_000, "B's chart shows P2P download");
      awaitTrue(b, OTHER_PEER_NODE, 10_000, "B's peer graph shows A");
      awaitTrue(a, OTHER_PEER_NODE, 10_000, "A's peer graph shows B");
      NodeProcess.sleep(8_000);
      Path shot = E2ePaths.logs().resolve("demo-page.png");
      Files.createDirectories(shot.getParent());
      Files.copy(
          b.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("[e2e] demo page screenshot: " + shot);

      for (ChromeDriver d : List.of(a, b)) {
        Object errors = d.executeScript("return window.swarmDemo.stats().fatal.join('; ');");
        assertEquals("", errors, "the demo page reported errors");
        Object peers = d.executeScript("return window.swarmDemo.stats().peerCount;");
        assertEquals(1L, ((Number) peers).longValue(), "connected peers");
      }
    } finally {
      browsers.forEach(HeadlessChromium.Launched::quit);
    }
  }

  /**
   * Every player of the demo's picker plays a built-in stream through SwarmLoader in the demo page
   * (one browser, one page load per player): the picker lists it, playback advances 3 s, the engine
   * counts segment bytes and the page reports no error.
   */
  @Test
  void everyPlayerInThePickerPlaysInTheDemo() {
    new Swarm().requireBundle(false);
    new Swarm().requireShakaBundle();
    List<HeadlessChromium.Launched> browsers = new ArrayList<>();
    try (NodeProcess demo = startDemo()) {
      int port = demo.port();
      ChromeDriver d = null;
      for (String player : PICKER_PLAYERS) {
        String stream = player.endsWith("-shaka") ? "dash-vod" : "hls-vod";
        String url =
            "http://127.0.0.1:"
                + port
                + "/?player="
                + player
                + "&engine=swarmloader&stream="
                + stream
                + "&swarmId=demo-players-"
                + player;
        if (d == null) {
          d = open(browsers, "demo-players", url);
        } else {
          d.get(url);
        }
        assertEquals(
            Boolean.TRUE,
            d.executeScript(
                "return [...document.forms.setup.elements.player.options]"
                    + ".some(o => o.value === arguments[0]);",
                player),
            player + " is not in the demo's player picker");
        awaitTrue(
            d,
            "const s = window.swarmDemo && window.swarmDemo.stats();"
                + " return !!s && s.playedS >= 3 && s.bytes.http + s.bytes.p2p > 0;",
            30_000,
            player + " plays in the demo with the engine counting bytes");
        Object errors = d.executeScript("return window.swarmDemo.stats().fatal.join('; ');");
        assertEquals("", errors, player + ": the demo page reported errors");
      }
    } finally {
      browsers.forEach(HeadlessChromium.Launched::quit);
    }
  }

  /** The demo server (with its tracker) on free ports, the test media generated first. */
  private static NodeProcess startDemo() {
    TestMedia.ensure();
    int port = NodeProcess.freePort();
    int trackerPort = NodeProcess.freePort();
    return NodeProcess.start(
        "demo-server",
        port,
        E2ePaths.root().resolve("demo-web/server.mjs"),
        List.of("--port", String.valueOf(port), "--tracker-port", String.valueOf(trackerPort)),
        Map.of());
  }

  private static ChromeDriver open(
      List<HeadlessChromium.Launched> browsers, String name, String url) {
    HeadlessChromium.Launched launched = Chromium.launch(name);
    browsers.add(launched);
    launched.driver().manage().window().setSize(new Dimension(1440, 1250));
    launched.driver().get(url);
    return launched.driver();
  }

  private static void awaitTrue(ChromeDriver d, String script, long timeoutMs, String what) {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      if (Boolean.TRUE.equals(d.executeScript(script))) {
        return;
      }
      NodeProcess.sleep(500);
    }
    Object stats =
        d.executeScript("return JSON.stringify(window.swarmDemo && window.swarmDemo.stats());");
    assertTrue(false, what + " within " + timeoutMs + " ms; page stats: " + stats);
  }
}

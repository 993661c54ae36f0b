package io.swarmloader.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The generated test media (browser-testing.md §5), made by the test-streams module at {@code
 * generate-resources}; this fallback runs the same script when tests start without it (for example
 * from an IDE). The script skips each output whose stamp file is present.
 */
final class TestMedia {
  private TestMedia() {}

  static Path vodDir() {
    return E2ePaths.media().resolve("vod");
  }

  /** DASH VOD plus its HLS-fMP4 playlists (separate audio rendition). */
  static Path dashDir() {
    return E2ePaths.media().resolve("dash");
  }

  static synchronized void ensure() {
    if (Files.isRegularFile(vodDir().resolve(".recipe"))
        && Files.isRegularFile(dashDir().resolve(".recipe"))
        && Files.isRegularFile(E2ePaths.media().resolve("hls-seq100/.recipe"))) {
      return;
    }
    try {
      Files.createDirectories(E2ePaths.logs());
      Process p =
          new ProcessBuilder(
                  "node",
                  E2ePaths.testStreams().resolve("make-media.mjs").toString(),
                  E2ePaths.media().toString())
              .redirectErrorStream(true)
              .redirectOutput(E2ePaths.logs().resolve("make-media.log").toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException(
            "test media generation failed; see " + E2ePaths.logs().resolve("make-media.log"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

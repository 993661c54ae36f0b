package io.swarmloader.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Launches Debian's headless Chromium for WebRTC on loopback (browser-testing.md §2, §4): explicit
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (nothing is downloaded; the pom sets
 * {@code SE_OFFLINE=true} too), the base flags plus the loopback recipe, and a fresh profile under
 * {@code target/} that {@link #deleteProfile} removes after {@code quit()}.
 */
final class Chromium {
  static final String BINARY = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  private Chromium() {}

  /** A started browser and its profile directory. */
  record Launched(ChromeDriver driver, Path profile) {}

  static Launched launch(String name) {
    try {
      Path tmp = Files.createDirectories(E2ePaths.tmp());
      Path profile = Files.createTempDirectory(tmp, "chrome-" + name + "-");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(BINARY);
      o.addArguments(
          // §2.1 base flags
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-breakpad",
          "--mute-audio",
          "--autoplay-policy=no-user-gesture-required",
          "--disable-dev-shm-usage",
          // §2.2 WebRTC on loopback: plain 127.0.0.1 host candidates, no mDNS multicast
          "--allow-loopback-in-peer-connection",
          "--disable-features=WebRtcHideLocalIpsWithMdns",
          "--use-fake-ui-for-media-stream",
          "--user-data-dir=" + profile);
      o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver;
      try {
        driver = new ChromeDriver(service, o);
      } catch (RuntimeException e) {
        deleteProfile(profile);
        throw e;
      }
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
      return new Launched(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteProfile(Path profile) {
    try (Stream<Path> walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a locked file must not fail the test; target/ is cleaned by the build.
    }
  }
}

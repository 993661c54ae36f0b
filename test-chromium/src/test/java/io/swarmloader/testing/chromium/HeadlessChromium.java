package io.swarmloader.testing.chromium;

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
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (nothing is downloaded; the poms set
 * {@code SE_OFFLINE=true} too), the base flags plus the loopback recipe, browser console logs kept,
 * and a fresh profile directory that {@link Launched#quit()} removes with the browser.
 */
public final class HeadlessChromium {
  public static final String BINARY = "/usr/bin/chromium";
  public static final String DRIVER = "/usr/bin/chromedriver";

  private HeadlessChromium() {}

  /** A started browser and its profile directory. */
  public record Launched(ChromeDriver driver, Path profile) {
    /** Quits the browser (best effort) and deletes its profile. Safe to call twice. */
    public void quit() {
      try {
        driver.quit();
      } catch (RuntimeException e) {
        // already gone
      } finally {
        deleteProfile(profile);
      }
    }
  }

  /**
   * Starts a browser whose profile lives in a new directory under {@code tmpDir}, with script and
   * page-load timeouts of 20 s and any extra command-line arguments.
   */
  public static Launched launch(Path tmpDir, String name, String... extraArguments) {
    try {
      Path profile = Files.createTempDirectory(Files.createDirectories(tmpDir), name + "-");
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
      o.addArguments(extraArguments);
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

  /** Deletes a profile directory, best effort: a locked file must not fail a test. */
  public static void deleteProfile(Path profile) {
    try (Stream<Path> walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // target/ is cleaned by the build
    }
  }
}

package io.swarmloader.e2e;

import io.swarmloader.testing.chromium.HeadlessChromium;

/**
 * The e2e scenarios' browsers: {@link HeadlessChromium} (explicit Debian chromium and chromedriver,
 * loopback WebRTC flags) with profiles under {@code target/}.
 */
final class Chromium {
  private Chromium() {}

  static HeadlessChromium.Launched launch(String name) {
    return HeadlessChromium.launch(E2ePaths.tmp(), "chrome-" + name);
  }
}

package io.swarmloader.browser.check;

import io.swarmloader.browser.BrowserTimers;
import io.swarmloader.browser.ConsoleLogger;
import io.swarmloader.browser.CryptoRandom;
import io.swarmloader.browser.JsTextSemantics;
import io.swarmloader.core.Core;
import io.swarmloader.core.EngineSetup;
import io.swarmloader.core.config.ConfigParser;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import java.util.List;
import java.util.Map;

/**
 * Build check, not shipped: TeaVM compiles the whole engine from this entry point, so a JDK API
 * missing from TeaVM's class library fails the build here rather than in an adapter later. The
 * network parts of the platform are left out (null): only compilation matters.
 */
public final class EngineCompileCheck {
  private EngineCompileCheck() {}

  public static void main(String[] args) {
    BrowserTimers timers = new BrowserTimers();
    Platform platform =
        new Platform(
            timers,
            timers,
            new CryptoRandom(),
            new JsTextSemantics(),
            null,
            null,
            null,
            new ConsoleLogger());
    EngineConfig config = new ConfigParser(platform.text()).parse(Map.of());
    Core core = new Core(EngineSetup.of(platform), config);
    core.setManifestResponseUrl("https://example.com/master.m3u8");
    core.addStreamIfNoneExists(new StreamInfo("level0", StreamType.MAIN, "x"));
    Segment segment =
        new Segment("https://example.com/0.ts", 0, "https://example.com/0.ts", null, 0, 2);
    core.updateStream("level0", List.of(segment), List.of());
    core.loadSegment(
        segment.runtimeId(),
        new PlayerRequestCallback() {
          @Override
          public void onSuccess(byte[] data, double bandwidthBps) {}

          @Override
          public void onError(CoreRequestError error) {}
        });
    core.updatePlayback(1, 1);
    core.applyDynamicConfig(Map.of());
    core.getConfig();
    core.destroy();
  }
}

package io.swarmloader.core.http;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.download.AttemptListener;
import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentBuffer;
import io.swarmloader.core.download.SegmentDownloader;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.HttpClient;
import io.swarmloader.core.platform.Scheduler;
import java.util.function.Supplier;

/**
 * Downloads segments over HTTP, one attempt per {@link #download} call (player-integration.md
 * §5.10–5.12, error types of §1.6).
 *
 * <p>Request:
 *
 * <ul>
 *   <li>{@code Range: bytes=first-last} for a byte-range segment, {@code bytes=first-} for an open
 *       one; when resuming, {@code bytes={first+held}-{last}} or, without a byte range, {@code
 *       bytes={held}-}. A segment whose bytes are all held is only validated (no fetch).
 *   <li>{@code httpRequestSetup} may supply the request, used as it is; a null answer or an
 *       exception means the default request. A setup that never answers leaves the attempt waiting
 *       until it is aborted: the no-bytes timeout starts with the fetch (§5.11).
 *   <li>The default request carries the {@link PlayerHttpSettings} set on this loader.
 * </ul>
 *
 * <p>Outcome (exactly one of {@code onSuccess} or {@code onFailure}, unless aborted):
 *
 * <ul>
 *   <li>no headers or body bytes for {@code httpNotReceivingBytesTimeoutMs}: the fetch is aborted,
 *       {@code bytes-receiving-timeout}, bytes kept;
 *   <li>network failure, or a status outside 2xx other than 406/416: {@code http-error}, bytes
 *       kept;
 *   <li>406 or 416: {@code http-bytes-mismatch}, bytes discarded;
 *   <li>200 to a ranged request: {@code http-unexpected-status-code} for a byte-range segment,
 *       otherwise the body is taken from byte 0 again; any other status than 206 to a ranged
 *       request: {@code http-unexpected-status-code};
 *   <li>Content-Range or Content-Length that disagree with the requested range, or a size that
 *       disagrees with a size known before, or exceeds {@code maxSegmentSizeBytes}: {@code
 *       http-bytes-mismatch}, bytes discarded. Unreadable headers (hidden by CORS) are skipped;
 *   <li>a body longer than the known size (or than {@code maxSegmentSizeBytes}): {@code
 *       http-bytes-mismatch}, bytes discarded; a body shorter than the known size: {@code
 *       http-bytes-mismatch}, bytes kept for the next attempt;
 *   <li>{@code validateHttpSegment} answering false or throwing: {@code
 *       http-segment-validation-failed}, bytes discarded; otherwise success.
 * </ul>
 *
 * {@link AttemptListener#onChunk} fires once per body chunk appended to the buffer. Aborting
 * through the returned handle keeps the bytes and fires nothing; afterwards no task of the attempt
 * remains. The config is read once per attempt. Error timestamps come from the {@link Clock}.
 */
public final class HttpSegmentLoader implements SegmentDownloader {
  private final HttpClient http;
  private final Supplier<StreamConfig> config;
  private final Clock clock;
  private final Scheduler scheduler;
  private final PlayerHttpState player;

  public HttpSegmentLoader(
      HttpClient http, Supplier<StreamConfig> config, Clock clock, Scheduler scheduler) {
    this(http, config, clock, scheduler, new PlayerHttpState());
  }

  /** A loader whose attempts read the player's HTTP customisation from {@code player}. */
  public HttpSegmentLoader(
      HttpClient http,
      Supplier<StreamConfig> config,
      Clock clock,
      Scheduler scheduler,
      PlayerHttpState player) {
    this.http = http;
    this.config = config;
    this.clock = clock;
    this.scheduler = scheduler;
    this.player = player;
  }

  /**
   * The player's headers and credentials for this loader's stream, used by attempts started
   * afterwards; null restores {@link PlayerHttpSettings#NONE}.
   */
  public void setPlayerHttpSettings(PlayerHttpSettings settings) {
    player.setSettings(settings);
  }

  /**
   * The player's request setup (hls.js {@code fetchSetup}), used by attempts started afterwards
   * when the config has no {@code httpRequestSetup}; null removes it.
   */
  public void setPlayerRequestSetup(HttpRequestSetup setup) {
    player.setRequestSetup(setup);
  }

  @Override
  public Cancellable download(Segment segment, SegmentBuffer buffer, AttemptListener listener) {
    HttpAttempt attempt =
        new HttpAttempt(http, clock, scheduler, config.get(), player, segment, buffer, listener);
    attempt.start();
    return attempt;
  }
}

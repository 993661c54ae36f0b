package io.swarmloader.core.config;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Options of one stream type (player-integration.md §1.4), in Java units: durations in int
 * milliseconds. Immutable; a dynamic update builds a new instance and swaps it in at one place.
 * Built through {@link #builder()}, which validates. List values are plain lists that nobody
 * modifies after parsing (no immutable JDK wrappers, which would add classes to the bundle).
 *
 * <p>The values are held in one array indexed by {@link StreamOption} (boxed; null when unset), so
 * the option table, the parser and the export share one generic path instead of a getter and a
 * setter per option: this keeps the browser bundles small (teavm-notes.md §7).
 */
public final class StreamConfig {

  /** Every request of this stream type goes to the player's own loader. */
  public static final boolean DEFAULT_IS_P2P_DISABLED = false;

  /** Download only: no announcements, every request answered with Absent. */
  public static final boolean DEFAULT_IS_P2P_UPLOAD_DISABLED = false;

  /** Urgent window ahead of the playhead (JS key highDemandTimeWindow, seconds). */
  public static final int DEFAULT_HIGH_DEMAND_WINDOW_MS = 15_000;

  /** Window in which HTTP may be used (JS key httpDownloadTimeWindow, seconds). */
  public static final int DEFAULT_HTTP_DOWNLOAD_WINDOW_MS = 3_000_000;

  /** Window in which P2P prefetch may be used (JS key p2pDownloadTimeWindow, seconds). */
  public static final int DEFAULT_P2P_DOWNLOAD_WINDOW_MS = 6_000_000;

  /** HTTP hold after a stream type's loader is created. */
  public static final int DEFAULT_HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS = 0;

  /** HTTP slots per stream type. */
  public static final int DEFAULT_SIMULTANEOUS_HTTP_DOWNLOADS = 2;

  /** P2P slots per stream type. */
  public static final int DEFAULT_SIMULTANEOUS_P2P_DOWNLOADS = 3;

  /** Command frame limit and upload chunk size in bytes. */
  public static final int DEFAULT_WEB_RTC_MAX_MESSAGE_SIZE = 65_535;

  /** P2P silence timeout. */
  public static final int DEFAULT_P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS = 2_000;

  /** How long the swarm of a stream we switched away from lingers. */
  public static final int DEFAULT_P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS = 30_000;

  /** HTTP silence timeout. */
  public static final int DEFAULT_HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS = 3_000;

  /** HTTP failures per request before the player's request is rejected. */
  public static final int DEFAULT_HTTP_ERROR_RETRIES = 3;

  /** Timeouts per peer before it is disconnected. */
  public static final int DEFAULT_P2P_ERROR_RETRIES = 3;

  /**
   * WebSocket tracker URLs. Read-only by contract: a plain ArrayList rather than {@code
   * Arrays.asList}, which would add its own list class to the bundle for this one constant.
   */
  public static final List<String> DEFAULT_ANNOUNCE_TRACKERS = defaultAnnounceTrackers();

  /** Peer-ID prefix: printable ASCII, at most 12 characters. */
  public static final String DEFAULT_TRACKER_CLIENT_VERSION_PREFIX = "-SL0100-";

  /** Connected peers per swarm. */
  public static final int DEFAULT_MAX_PEERS_PER_SWARM = 20;

  /** Connected plus connecting peers per engine. */
  public static final int DEFAULT_MAX_PEER_CONNECTIONS = 60;

  /** Unanswered offers per swarm. */
  public static final int DEFAULT_MAX_PENDING_OFFERS = 10;

  /** Concurrent uploads per engine; over it requests get SegmentAbsent. */
  public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 8;

  /** Largest segment accepted or stored (64 MiB). */
  public static final int DEFAULT_MAX_SEGMENT_SIZE_BYTES = 67_108_864;

  /** Largest reassembled command (1 MiB). */
  public static final int DEFAULT_MAX_COMMAND_BYTES = 1_048_576;

  /** IDs kept per received announcement set. */
  public static final int DEFAULT_MAX_ANNOUNCED_IDS = 65_536;

  /** Time from a request to SegmentData before answering Absent. */
  public static final int DEFAULT_UPLOAD_RESPONSE_DEADLINE_MS = 1_000;

  /**
   * The part of the high-demand window nearest the playhead where HTTP comes first (JS key
   * httpFirstTimeWindow, seconds; SwarmLoader only). Beyond it, a high-demand segment that a
   * connected peer holds is fetched from peers first.
   */
  public static final int DEFAULT_HTTP_FIRST_WINDOW_MS = 6_000;

  /**
   * How long after a stream type's loader is created a high-demand segment beyond the HTTP-first
   * window that no connected peer holds waits for peers instead of loading over HTTP (JS key
   * initialPeerWaitMs; SwarmLoader only).
   */
  public static final int DEFAULT_INITIAL_PEER_WAIT_MS = 3_000;

  private final Object[] values;

  private StreamConfig(Object[] values) {
    this.values = values;
  }

  public static StreamConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder(StreamOption.defaultValues());
  }

  public Builder toBuilder() {
    return new Builder(values.clone());
  }

  /** The value of {@code option} (boxed; null when unset). */
  Object value(StreamOption option) {
    return values[option.index];
  }

  private int intValue(StreamOption option) {
    return (Integer) values[option.index];
  }

  private boolean flag(StreamOption option) {
    return (Boolean) values[option.index];
  }

  public boolean isP2PDisabled() {
    return flag(StreamOption.IS_P2P_DISABLED);
  }

  public boolean isP2PUploadDisabled() {
    return flag(StreamOption.IS_P2P_UPLOAD_DISABLED);
  }

  public int highDemandWindowMs() {
    return intValue(StreamOption.HIGH_DEMAND_TIME_WINDOW);
  }

  public int httpDownloadWindowMs() {
    return intValue(StreamOption.HTTP_DOWNLOAD_TIME_WINDOW);
  }

  public int p2pDownloadWindowMs() {
    return intValue(StreamOption.P2P_DOWNLOAD_TIME_WINDOW);
  }

  public int httpFirstWindowMs() {
    return intValue(StreamOption.HTTP_FIRST_TIME_WINDOW);
  }

  public int initialPeerWaitMs() {
    return intValue(StreamOption.INITIAL_PEER_WAIT_MS);
  }

  public int httpDownloadInitialTimeoutMs() {
    return intValue(StreamOption.HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS);
  }

  public int simultaneousHttpDownloads() {
    return intValue(StreamOption.SIMULTANEOUS_HTTP_DOWNLOADS);
  }

  public int simultaneousP2PDownloads() {
    return intValue(StreamOption.SIMULTANEOUS_P2P_DOWNLOADS);
  }

  public int webRtcMaxMessageSize() {
    return intValue(StreamOption.WEB_RTC_MAX_MESSAGE_SIZE);
  }

  public int p2pNotReceivingBytesTimeoutMs() {
    return intValue(StreamOption.P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS);
  }

  public int p2pInactiveLoaderDestroyTimeoutMs() {
    return intValue(StreamOption.P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS);
  }

  public int httpNotReceivingBytesTimeoutMs() {
    return intValue(StreamOption.HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS);
  }

  public int httpErrorRetries() {
    return intValue(StreamOption.HTTP_ERROR_RETRIES);
  }

  public int p2pErrorRetries() {
    return intValue(StreamOption.P2P_ERROR_RETRIES);
  }

  private static List<String> defaultAnnounceTrackers() {
    List<String> urls = new ArrayList<>(2);
    urls.add("wss://tracker.novage.com.ua");
    urls.add("wss://tracker.openwebtorrent.com");
    return urls;
  }

  @SuppressWarnings("unchecked")
  public List<String> announceTrackers() {
    return (List<String>) value(StreamOption.ANNOUNCE_TRACKERS);
  }

  public Object rtcConfig() {
    return value(StreamOption.RTC_CONFIG);
  }

  public String trackerClientVersionPrefix() {
    return (String) value(StreamOption.TRACKER_CLIENT_VERSION_PREFIX);
  }

  public String swarmId() {
    return (String) value(StreamOption.SWARM_ID);
  }

  public SegmentValidator validateP2PSegment() {
    return (SegmentValidator) value(StreamOption.VALIDATE_P2P_SEGMENT);
  }

  public SegmentValidator validateHttpSegment() {
    return (SegmentValidator) value(StreamOption.VALIDATE_HTTP_SEGMENT);
  }

  public HttpRequestSetup httpRequestSetup() {
    return (HttpRequestSetup) value(StreamOption.HTTP_REQUEST_SETUP);
  }

  public int maxPeersPerSwarm() {
    return intValue(StreamOption.MAX_PEERS_PER_SWARM);
  }

  public int maxPeerConnections() {
    return intValue(StreamOption.MAX_PEER_CONNECTIONS);
  }

  public int maxPendingOffers() {
    return intValue(StreamOption.MAX_PENDING_OFFERS);
  }

  public int maxConcurrentUploads() {
    return intValue(StreamOption.MAX_CONCURRENT_UPLOADS);
  }

  public int maxSegmentSizeBytes() {
    return intValue(StreamOption.MAX_SEGMENT_SIZE_BYTES);
  }

  public int maxCommandBytes() {
    return intValue(StreamOption.MAX_COMMAND_BYTES);
  }

  public int maxAnnouncedIds() {
    return intValue(StreamOption.MAX_ANNOUNCED_IDS);
  }

  public int uploadResponseDeadlineMs() {
    return intValue(StreamOption.UPLOAD_RESPONSE_DEADLINE_MS);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StreamConfig && Arrays.equals(values, ((StreamConfig) other).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** Builder with defaults; {@link #build()} validates and names the offending key. */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    /** Sets a value already converted by {@link ConfigValues#toJava}. */
    Builder set(StreamOption option, Object value) {
      values[option.index] = value;
      return this;
    }

    public Builder isP2PDisabled(boolean value) {
      return set(StreamOption.IS_P2P_DISABLED, value);
    }

    public Builder isP2PUploadDisabled(boolean value) {
      return set(StreamOption.IS_P2P_UPLOAD_DISABLED, value);
    }

    public Builder highDemandWindowMs(int value) {
      return set(StreamOption.HIGH_DEMAND_TIME_WINDOW, value);
    }

    public Builder httpDownloadWindowMs(int value) {
      return set(StreamOption.HTTP_DOWNLOAD_TIME_WINDOW, value);
    }

    public Builder p2pDownloadWindowMs(int value) {
      return set(StreamOption.P2P_DOWNLOAD_TIME_WINDOW, value);
    }

    public Builder httpFirstWindowMs(int value) {
      return set(StreamOption.HTTP_FIRST_TIME_WINDOW, value);
    }

    public Builder initialPeerWaitMs(int value) {
      return set(StreamOption.INITIAL_PEER_WAIT_MS, value);
    }

    public Builder httpDownloadInitialTimeoutMs(int value) {
      return set(StreamOption.HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS, value);
    }

    public Builder simultaneousHttpDownloads(int value) {
      return set(StreamOption.SIMULTANEOUS_HTTP_DOWNLOADS, value);
    }

    public Builder simultaneousP2PDownloads(int value) {
      return set(StreamOption.SIMULTANEOUS_P2P_DOWNLOADS, value);
    }

    public Builder webRtcMaxMessageSize(int value) {
      return set(StreamOption.WEB_RTC_MAX_MESSAGE_SIZE, value);
    }

    public Builder p2pNotReceivingBytesTimeoutMs(int value) {
      return set(StreamOption.P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS, value);
    }

    public Builder p2pInactiveLoaderDestroyTimeoutMs(int value) {
      return set(StreamOption.P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS, value);
    }

    public Builder httpNotReceivingBytesTimeoutMs(int value) {
      return set(StreamOption.HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS, value);
    }

    public Builder httpErrorRetries(int value) {
      return set(StreamOption.HTTP_ERROR_RETRIES, value);
    }

    public Builder p2pErrorRetries(int value) {
      return set(StreamOption.P2P_ERROR_RETRIES, value);
    }

    public Builder announceTrackers(List<String> value) {
      return set(StreamOption.ANNOUNCE_TRACKERS, value);
    }

    public Builder rtcConfig(Object value) {
      return set(StreamOption.RTC_CONFIG, value);
    }

    public Builder trackerClientVersionPrefix(String value) {
      return set(StreamOption.TRACKER_CLIENT_VERSION_PREFIX, value);
    }

    public Builder swarmId(String value) {
      return set(StreamOption.SWARM_ID, value);
    }

    public Builder validateP2PSegment(SegmentValidator value) {
      return set(StreamOption.VALIDATE_P2P_SEGMENT, value);
    }

    public Builder validateHttpSegment(SegmentValidator value) {
      return set(StreamOption.VALIDATE_HTTP_SEGMENT, value);
    }

    public Builder httpRequestSetup(HttpRequestSetup value) {
      return set(StreamOption.HTTP_REQUEST_SETUP, value);
    }

    public Builder maxPeersPerSwarm(int value) {
      return set(StreamOption.MAX_PEERS_PER_SWARM, value);
    }

    public Builder maxPeerConnections(int value) {
      return set(StreamOption.MAX_PEER_CONNECTIONS, value);
    }

    public Builder maxPendingOffers(int value) {
      return set(StreamOption.MAX_PENDING_OFFERS, value);
    }

    public Builder maxConcurrentUploads(int value) {
      return set(StreamOption.MAX_CONCURRENT_UPLOADS, value);
    }

    public Builder maxSegmentSizeBytes(int value) {
      return set(StreamOption.MAX_SEGMENT_SIZE_BYTES, value);
    }

    public Builder maxCommandBytes(int value) {
      return set(StreamOption.MAX_COMMAND_BYTES, value);
    }

    public Builder maxAnnouncedIds(int value) {
      return set(StreamOption.MAX_ANNOUNCED_IDS, value);
    }

    public Builder uploadResponseDeadlineMs(int value) {
      return set(StreamOption.UPLOAD_RESPONSE_DEADLINE_MS, value);
    }

    public StreamConfig build() {
      StreamConfig config = new StreamConfig(values.clone());
      ConfigChecks.validate(config);
      return config;
    }
  }
}

package io.swarmloader.core.config;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import java.util.List;

/**
 * Options of one stream type (player-integration.md §1.4), in Java units: durations in int
 * milliseconds. Immutable; a dynamic update builds a new record and swaps it in at one place. Built
 * through {@link #builder()}, which validates.
 */
public record StreamConfig(
    boolean isP2PDisabled,
    boolean isP2PUploadDisabled,
    int highDemandWindowMs,
    int httpDownloadWindowMs,
    int p2pDownloadWindowMs,
    int httpDownloadInitialTimeoutMs,
    int simultaneousHttpDownloads,
    int simultaneousP2PDownloads,
    int webRtcMaxMessageSize,
    int p2pNotReceivingBytesTimeoutMs,
    int p2pInactiveLoaderDestroyTimeoutMs,
    int httpNotReceivingBytesTimeoutMs,
    int httpErrorRetries,
    int p2pErrorRetries,
    List<String> announceTrackers,
    Object rtcConfig,
    String trackerClientVersionPrefix,
    String swarmId,
    SegmentValidator validateP2PSegment,
    SegmentValidator validateHttpSegment,
    HttpRequestSetup httpRequestSetup,
    int maxPeersPerSwarm,
    int maxPeerConnections,
    int maxPendingOffers,
    int maxConcurrentUploads,
    int maxSegmentSizeBytes,
    int maxCommandBytes,
    int maxAnnouncedIds,
    int uploadResponseDeadlineMs) {

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

  /** WebSocket tracker URLs. */
  public static final List<String> DEFAULT_ANNOUNCE_TRACKERS =
      List.of("wss://tracker.novage.com.ua", "wss://tracker.openwebtorrent.com");

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

  public static StreamConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.isP2PDisabled = isP2PDisabled;
    b.isP2PUploadDisabled = isP2PUploadDisabled;
    b.highDemandWindowMs = highDemandWindowMs;
    b.httpDownloadWindowMs = httpDownloadWindowMs;
    b.p2pDownloadWindowMs = p2pDownloadWindowMs;
    b.httpDownloadInitialTimeoutMs = httpDownloadInitialTimeoutMs;
    b.simultaneousHttpDownloads = simultaneousHttpDownloads;
    b.simultaneousP2PDownloads = simultaneousP2PDownloads;
    b.webRtcMaxMessageSize = webRtcMaxMessageSize;
    b.p2pNotReceivingBytesTimeoutMs = p2pNotReceivingBytesTimeoutMs;
    b.p2pInactiveLoaderDestroyTimeoutMs = p2pInactiveLoaderDestroyTimeoutMs;
    b.httpNotReceivingBytesTimeoutMs = httpNotReceivingBytesTimeoutMs;
    b.httpErrorRetries = httpErrorRetries;
    b.p2pErrorRetries = p2pErrorRetries;
    b.announceTrackers = announceTrackers;
    b.rtcConfig = rtcConfig;
    b.trackerClientVersionPrefix = trackerClientVersionPrefix;
    b.swarmId = swarmId;
    b.validateP2PSegment = validateP2PSegment;
    b.validateHttpSegment = validateHttpSegment;
    b.httpRequestSetup = httpRequestSetup;
    b.maxPeersPerSwarm = maxPeersPerSwarm;
    b.maxPeerConnections = maxPeerConnections;
    b.maxPendingOffers = maxPendingOffers;
    b.maxConcurrentUploads = maxConcurrentUploads;
    b.maxSegmentSizeBytes = maxSegmentSizeBytes;
    b.maxCommandBytes = maxCommandBytes;
    b.maxAnnouncedIds = maxAnnouncedIds;
    b.uploadResponseDeadlineMs = uploadResponseDeadlineMs;
    return b;
  }

  /** Builder with defaults; {@link #build()} validates and names the offending key. */
  public static final class Builder {

    private boolean isP2PDisabled = DEFAULT_IS_P2P_DISABLED;

    private boolean isP2PUploadDisabled = DEFAULT_IS_P2P_UPLOAD_DISABLED;

    private int highDemandWindowMs = DEFAULT_HIGH_DEMAND_WINDOW_MS;

    private int httpDownloadWindowMs = DEFAULT_HTTP_DOWNLOAD_WINDOW_MS;

    private int p2pDownloadWindowMs = DEFAULT_P2P_DOWNLOAD_WINDOW_MS;

    private int httpDownloadInitialTimeoutMs = DEFAULT_HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS;

    private int simultaneousHttpDownloads = DEFAULT_SIMULTANEOUS_HTTP_DOWNLOADS;

    private int simultaneousP2PDownloads = DEFAULT_SIMULTANEOUS_P2P_DOWNLOADS;

    private int webRtcMaxMessageSize = DEFAULT_WEB_RTC_MAX_MESSAGE_SIZE;

    private int p2pNotReceivingBytesTimeoutMs = DEFAULT_P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS;

    private int p2pInactiveLoaderDestroyTimeoutMs = DEFAULT_P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS;

    private int httpNotReceivingBytesTimeoutMs = DEFAULT_HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS;

    private int httpErrorRetries = DEFAULT_HTTP_ERROR_RETRIES;

    private int p2pErrorRetries = DEFAULT_P2P_ERROR_RETRIES;

    private List<String> announceTrackers = DEFAULT_ANNOUNCE_TRACKERS;

    private Object rtcConfig = null;

    private String trackerClientVersionPrefix = DEFAULT_TRACKER_CLIENT_VERSION_PREFIX;

    private String swarmId = null;

    private SegmentValidator validateP2PSegment = null;

    private SegmentValidator validateHttpSegment = null;

    private HttpRequestSetup httpRequestSetup = null;

    private int maxPeersPerSwarm = DEFAULT_MAX_PEERS_PER_SWARM;

    private int maxPeerConnections = DEFAULT_MAX_PEER_CONNECTIONS;

    private int maxPendingOffers = DEFAULT_MAX_PENDING_OFFERS;

    private int maxConcurrentUploads = DEFAULT_MAX_CONCURRENT_UPLOADS;

    private int maxSegmentSizeBytes = DEFAULT_MAX_SEGMENT_SIZE_BYTES;

    private int maxCommandBytes = DEFAULT_MAX_COMMAND_BYTES;

    private int maxAnnouncedIds = DEFAULT_MAX_ANNOUNCED_IDS;

    private int uploadResponseDeadlineMs = DEFAULT_UPLOAD_RESPONSE_DEADLINE_MS;

    private Builder() {}

    public Builder isP2PDisabled(boolean value) {
      this.isP2PDisabled = value;
      return this;
    }

    public Builder isP2PUploadDisabled(boolean value) {
      this.isP2PUploadDisabled = value;
      return this;
    }

    public Builder highDemandWindowMs(int value) {
      this.highDemandWindowMs = value;
      return this;
    }

    public Builder httpDownloadWindowMs(int value) {
      this.httpDownloadWindowMs = value;
      return this;
    }

    public Builder p2pDownloadWindowMs(int value) {
      this.p2pDownloadWindowMs = value;
      return this;
    }

    public Builder httpDownloadInitialTimeoutMs(int value) {
      this.httpDownloadInitialTimeoutMs = value;
      return this;
    }

    public Builder simultaneousHttpDownloads(int value) {
      this.simultaneousHttpDownloads = value;
      return this;
    }

    public Builder simultaneousP2PDownloads(int value) {
      this.simultaneousP2PDownloads = value;
      return this;
    }

    public Builder webRtcMaxMessageSize(int value) {
      this.webRtcMaxMessageSize = value;
      return this;
    }

    public Builder p2pNotReceivingBytesTimeoutMs(int value) {
      this.p2pNotReceivingBytesTimeoutMs = value;
      return this;
    }

    public Builder p2pInactiveLoaderDestroyTimeoutMs(int value) {
      this.p2pInactiveLoaderDestroyTimeoutMs = value;
      return this;
    }

    public Builder httpNotReceivingBytesTimeoutMs(int value) {
      this.httpNotReceivingBytesTimeoutMs = value;
      return this;
    }

    public Builder httpErrorRetries(int value) {
      this.httpErrorRetries = value;
      return this;
    }

    public Builder p2pErrorRetries(int value) {
      this.p2pErrorRetries = value;
      return this;
    }

    public Builder announceTrackers(List<String> value) {
      this.announceTrackers = value;
      return this;
    }

    public Builder rtcConfig(Object value) {
      this.rtcConfig = value;
      return this;
    }

    public Builder trackerClientVersionPrefix(String value) {
      this.trackerClientVersionPrefix = value;
      return this;
    }

    public Builder swarmId(String value) {
      this.swarmId = value;
      return this;
    }

    public Builder validateP2PSegment(SegmentValidator value) {
      this.validateP2PSegment = value;
      return this;
    }

    public Builder validateHttpSegment(SegmentValidator value) {
      this.validateHttpSegment = value;
      return this;
    }

    public Builder httpRequestSetup(HttpRequestSetup value) {
      this.httpRequestSetup = value;
      return this;
    }

    public Builder maxPeersPerSwarm(int value) {
      this.maxPeersPerSwarm = value;
      return this;
    }

    public Builder maxPeerConnections(int value) {
      this.maxPeerConnections = value;
      return this;
    }

    public Builder maxPendingOffers(int value) {
      this.maxPendingOffers = value;
      return this;
    }

    public Builder maxConcurrentUploads(int value) {
      this.maxConcurrentUploads = value;
      return this;
    }

    public Builder maxSegmentSizeBytes(int value) {
      this.maxSegmentSizeBytes = value;
      return this;
    }

    public Builder maxCommandBytes(int value) {
      this.maxCommandBytes = value;
      return this;
    }

    public Builder maxAnnouncedIds(int value) {
      this.maxAnnouncedIds = value;
      return this;
    }

    public Builder uploadResponseDeadlineMs(int value) {
      this.uploadResponseDeadlineMs = value;
      return this;
    }

    public StreamConfig build() {
      ConfigChecks.validate(this.toRecordUnchecked());
      return toRecordUnchecked();
    }

    private StreamConfig toRecordUnchecked() {
      return new StreamConfig(
          isP2PDisabled,
          isP2PUploadDisabled,
          highDemandWindowMs,
          httpDownloadWindowMs,
          p2pDownloadWindowMs,
          httpDownloadInitialTimeoutMs,
          simultaneousHttpDownloads,
          simultaneousP2PDownloads,
          webRtcMaxMessageSize,
          p2pNotReceivingBytesTimeoutMs,
          p2pInactiveLoaderDestroyTimeoutMs,
          httpNotReceivingBytesTimeoutMs,
          httpErrorRetries,
          p2pErrorRetries,
          announceTrackers,
          rtcConfig,
          trackerClientVersionPrefix,
          swarmId,
          validateP2PSegment,
          validateHttpSegment,
          httpRequestSetup,
          maxPeersPerSwarm,
          maxPeerConnections,
          maxPendingOffers,
          maxConcurrentUploads,
          maxSegmentSizeBytes,
          maxCommandBytes,
          maxAnnouncedIds,
          uploadResponseDeadlineMs);
    }
  }
}

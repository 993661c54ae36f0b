package io.swarmloader.core.config;

/**
 * The mapping table between the JS stream options (player-integration.md §1.4, wire-protocol.md
 * §10) and {@link StreamConfig}: JS key and unit, Java value, minimum, default, and whether {@code
 * applyDynamicConfig} may change it. The ordinal indexes the values of a {@link StreamConfig}.
 * Seconds keys become {@code ...Ms} fields; every other numeric key has the same unit on both
 * sides. The minimums equal those of {@link ConfigChecks} (a test holds them together).
 */
enum StreamOption {
  IS_P2P_DISABLED(
      "isP2PDisabled", OptionKind.BOOLEAN, true, 0, StreamConfig.DEFAULT_IS_P2P_DISABLED),
  IS_P2P_UPLOAD_DISABLED(
      "isP2PUploadDisabled",
      OptionKind.BOOLEAN,
      true,
      0,
      StreamConfig.DEFAULT_IS_P2P_UPLOAD_DISABLED),
  HIGH_DEMAND_TIME_WINDOW(
      "highDemandTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig.DEFAULT_HIGH_DEMAND_WINDOW_MS),
  HTTP_DOWNLOAD_TIME_WINDOW(
      "httpDownloadTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig.DEFAULT_HTTP_DOWNLOAD_WINDOW_MS),
  P2P_DOWNLOAD_TIME_WINDOW(
      "p2pDownloadTimeWindow",
      OptionKind.SECONDS_AS_MS,
      true,
      0,
      StreamConfig.DEFAULT_P2P_DOWNLOAD_WINDOW_MS),
  HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS(
      "httpDownloadInitialTimeoutMs",
      OptionKind.INT,
      true,
      0,
      StreamConfig.DEFAULT_HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS),
  SIMULTANEOUS_HTTP_DOWNLOADS(
      "simultaneousHttpDownloads",
      OptionKind.INT,
      true,
      1,
      StreamConfig.DEFAULT_SIMULTANEOUS_HTTP_DOWNLOADS),
  SIMULTANEOUS_P2P_DOWNLOADS(
      "simultaneousP2PDownloads",
      OptionKind.INT,
      true,
      1,
      StreamConfig.DEFAULT_SIMULTANEOUS_P2P_DOWNLOADS),
  WEB_RTC_MAX_MESSAGE_SIZE(
      "webRtcMaxMessageSize",
      OptionKind.INT,
      true,
      64,
      StreamConfig.DEFAULT_WEB_RTC_MAX_MESSAGE_SIZE),
  P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS(
      "p2pNotReceivingBytesTimeoutMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig.DEFAULT_P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS),
  P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS(
      "p2pInactiveLoaderDestroyTimeoutMs",
      OptionKind.INT,
      true,
      0,
      StreamConfig.DEFAULT_P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS),
  HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS(
      "httpNotReceivingBytesTimeoutMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig.DEFAULT_HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS),
  HTTP_ERROR_RETRIES(
      "httpErrorRetries", OptionKind.INT, true, 1, StreamConfig.DEFAULT_HTTP_ERROR_RETRIES),
  P2P_ERROR_RETRIES(
      "p2pErrorRetries", OptionKind.INT, true, 1, StreamConfig.DEFAULT_P2P_ERROR_RETRIES),
  ANNOUNCE_TRACKERS(
      "announceTrackers", OptionKind.STRING_LIST, false, 0, StreamConfig.DEFAULT_ANNOUNCE_TRACKERS),
  RTC_CONFIG("rtcConfig", OptionKind.OPAQUE_OBJECT, false, 0, null),
  TRACKER_CLIENT_VERSION_PREFIX(
      "trackerClientVersionPrefix",
      OptionKind.PEER_ID_PREFIX,
      false,
      0,
      StreamConfig.DEFAULT_TRACKER_CLIENT_VERSION_PREFIX),
  SWARM_ID("swarmId", OptionKind.STRING, false, 0, null),
  VALIDATE_P2P_SEGMENT("validateP2PSegment", OptionKind.SEGMENT_VALIDATOR, true, 0, null),
  VALIDATE_HTTP_SEGMENT("validateHTTPSegment", OptionKind.SEGMENT_VALIDATOR, false, 0, null),
  HTTP_REQUEST_SETUP("httpRequestSetup", OptionKind.HTTP_REQUEST_SETUP, true, 0, null),
  MAX_PEERS_PER_SWARM(
      "maxPeersPerSwarm", OptionKind.INT, true, 0, StreamConfig.DEFAULT_MAX_PEERS_PER_SWARM),
  MAX_PEER_CONNECTIONS(
      "maxPeerConnections", OptionKind.INT, true, 0, StreamConfig.DEFAULT_MAX_PEER_CONNECTIONS),
  MAX_PENDING_OFFERS(
      "maxPendingOffers", OptionKind.INT, true, 0, StreamConfig.DEFAULT_MAX_PENDING_OFFERS),
  MAX_CONCURRENT_UPLOADS(
      "maxConcurrentUploads", OptionKind.INT, true, 0, StreamConfig.DEFAULT_MAX_CONCURRENT_UPLOADS),
  MAX_SEGMENT_SIZE_BYTES(
      "maxSegmentSizeBytes", OptionKind.INT, true, 1, StreamConfig.DEFAULT_MAX_SEGMENT_SIZE_BYTES),
  MAX_COMMAND_BYTES(
      "maxCommandBytes", OptionKind.INT, true, 64, StreamConfig.DEFAULT_MAX_COMMAND_BYTES),
  MAX_ANNOUNCED_IDS(
      "maxAnnouncedIds", OptionKind.INT, true, 1, StreamConfig.DEFAULT_MAX_ANNOUNCED_IDS),
  UPLOAD_RESPONSE_DEADLINE_MS(
      "uploadResponseDeadlineMs",
      OptionKind.INT,
      true,
      1,
      StreamConfig.DEFAULT_UPLOAD_RESPONSE_DEADLINE_MS);

  final String jsKey;
  final OptionKind kind;
  final boolean dynamic;
  final int min;
  private final Object defaultValue;

  StreamOption(String jsKey, OptionKind kind, boolean dynamic, int min, Object defaultValue) {
    this.jsKey = jsKey;
    this.kind = kind;
    this.dynamic = dynamic;
    this.min = min;
    this.defaultValue = defaultValue;
  }

  /** The Java value (boxed; null when unset). */
  Object get(StreamConfig config) {
    return config.value(this);
  }

  /** Sets a value already converted by {@link ConfigValues#toJava}. */
  void set(StreamConfig.Builder builder, Object javaValue) {
    builder.set(this, javaValue);
  }

  /** A fresh array of every option's default, indexed by ordinal. */
  static Object[] defaultValues() {
    StreamOption[] all = values();
    Object[] defaults = new Object[all.length];
    for (StreamOption option : all) {
      defaults[option.ordinal()] = option.defaultValue;
    }
    return defaults;
  }

  /** The option with this JS key, or null. */
  static StreamOption byJsKey(String jsKey) {
    for (StreamOption option : values()) {
      if (option.jsKey.equals(jsKey)) {
        return option;
      }
    }
    return null;
  }
}

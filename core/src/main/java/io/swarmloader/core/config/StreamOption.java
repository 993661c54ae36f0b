package io.swarmloader.core.config;

/**
 * The mapping table between the JS stream options (player-integration.md §1.4, wire-protocol.md
 * §10) and {@link StreamConfig}: JS key and unit, Java value, minimum, default, and whether {@code
 * applyDynamicConfig} may change it. The index orders the options and their values in a {@link
 * StreamConfig}. A final class rather than an enum, so the bundles carry no constant names. Seconds
 * keys become {@code ...Ms} fields; every other numeric key has the same unit on both sides. The
 * minimums equal those of {@link ConfigChecks} (a test holds them together).
 */
final class StreamOption {
  static final StreamOption IS_P2P_DISABLED =
      new StreamOption(
          0, "isP2PDisabled", OptionKind.BOOLEAN, true, 0, StreamConfig.DEFAULT_IS_P2P_DISABLED);
  static final StreamOption IS_P2P_UPLOAD_DISABLED =
      new StreamOption(
          1,
          "isP2PUploadDisabled",
          OptionKind.BOOLEAN,
          true,
          0,
          StreamConfig.DEFAULT_IS_P2P_UPLOAD_DISABLED);
  static final StreamOption HIGH_DEMAND_TIME_WINDOW =
      new StreamOption(
          2,
          "highDemandTimeWindow",
          OptionKind.SECONDS_AS_MS,
          true,
          0,
          StreamConfig.DEFAULT_HIGH_DEMAND_WINDOW_MS);
  static final StreamOption HTTP_DOWNLOAD_TIME_WINDOW =
      new StreamOption(
          3,
          "httpDownloadTimeWindow",
          OptionKind.SECONDS_AS_MS,
          true,
          0,
          StreamConfig.DEFAULT_HTTP_DOWNLOAD_WINDOW_MS);
  static final StreamOption P2P_DOWNLOAD_TIME_WINDOW =
      new StreamOption(
          4,
          "p2pDownloadTimeWindow",
          OptionKind.SECONDS_AS_MS,
          true,
          0,
          StreamConfig.DEFAULT_P2P_DOWNLOAD_WINDOW_MS);
  static final StreamOption HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS =
      new StreamOption(
          5,
          "httpDownloadInitialTimeoutMs",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS);
  static final StreamOption SIMULTANEOUS_HTTP_DOWNLOADS =
      new StreamOption(
          6,
          "simultaneousHttpDownloads",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_SIMULTANEOUS_HTTP_DOWNLOADS);
  static final StreamOption SIMULTANEOUS_P2P_DOWNLOADS =
      new StreamOption(
          7,
          "simultaneousP2PDownloads",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_SIMULTANEOUS_P2P_DOWNLOADS);
  static final StreamOption WEB_RTC_MAX_MESSAGE_SIZE =
      new StreamOption(
          8,
          "webRtcMaxMessageSize",
          OptionKind.INT,
          true,
          64,
          StreamConfig.DEFAULT_WEB_RTC_MAX_MESSAGE_SIZE);
  static final StreamOption P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS =
      new StreamOption(
          9,
          "p2pNotReceivingBytesTimeoutMs",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS);
  static final StreamOption P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS =
      new StreamOption(
          10,
          "p2pInactiveLoaderDestroyTimeoutMs",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS);
  static final StreamOption HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS =
      new StreamOption(
          11,
          "httpNotReceivingBytesTimeoutMs",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS);
  static final StreamOption HTTP_ERROR_RETRIES =
      new StreamOption(
          12, "httpErrorRetries", OptionKind.INT, true, 1, StreamConfig.DEFAULT_HTTP_ERROR_RETRIES);
  static final StreamOption P2P_ERROR_RETRIES =
      new StreamOption(
          13, "p2pErrorRetries", OptionKind.INT, true, 1, StreamConfig.DEFAULT_P2P_ERROR_RETRIES);
  static final StreamOption ANNOUNCE_TRACKERS =
      new StreamOption(
          14,
          "announceTrackers",
          OptionKind.STRING_LIST,
          false,
          0,
          StreamConfig.DEFAULT_ANNOUNCE_TRACKERS);
  static final StreamOption RTC_CONFIG =
      new StreamOption(15, "rtcConfig", OptionKind.OPAQUE_OBJECT, false, 0, null);
  static final StreamOption TRACKER_CLIENT_VERSION_PREFIX =
      new StreamOption(
          16,
          "trackerClientVersionPrefix",
          OptionKind.PEER_ID_PREFIX,
          false,
          0,
          StreamConfig.DEFAULT_TRACKER_CLIENT_VERSION_PREFIX);
  static final StreamOption SWARM_ID =
      new StreamOption(17, "swarmId", OptionKind.STRING, false, 0, null);
  static final StreamOption VALIDATE_P2P_SEGMENT =
      new StreamOption(18, "validateP2PSegment", OptionKind.SEGMENT_VALIDATOR, true, 0, null);
  static final StreamOption VALIDATE_HTTP_SEGMENT =
      new StreamOption(19, "validateHTTPSegment", OptionKind.SEGMENT_VALIDATOR, false, 0, null);
  static final StreamOption HTTP_REQUEST_SETUP =
      new StreamOption(20, "httpRequestSetup", OptionKind.HTTP_REQUEST_SETUP, true, 0, null);
  static final StreamOption MAX_PEERS_PER_SWARM =
      new StreamOption(
          21,
          "maxPeersPerSwarm",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_MAX_PEERS_PER_SWARM);
  static final StreamOption MAX_PEER_CONNECTIONS =
      new StreamOption(
          22,
          "maxPeerConnections",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_MAX_PEER_CONNECTIONS);
  static final StreamOption MAX_PENDING_OFFERS =
      new StreamOption(
          23, "maxPendingOffers", OptionKind.INT, true, 0, StreamConfig.DEFAULT_MAX_PENDING_OFFERS);
  static final StreamOption MAX_CONCURRENT_UPLOADS =
      new StreamOption(
          24,
          "maxConcurrentUploads",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_MAX_CONCURRENT_UPLOADS);
  static final StreamOption MAX_SEGMENT_SIZE_BYTES =
      new StreamOption(
          25,
          "maxSegmentSizeBytes",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_MAX_SEGMENT_SIZE_BYTES);
  static final StreamOption MAX_COMMAND_BYTES =
      new StreamOption(
          26, "maxCommandBytes", OptionKind.INT, true, 64, StreamConfig.DEFAULT_MAX_COMMAND_BYTES);
  static final StreamOption MAX_ANNOUNCED_IDS =
      new StreamOption(
          27, "maxAnnouncedIds", OptionKind.INT, true, 1, StreamConfig.DEFAULT_MAX_ANNOUNCED_IDS);
  static final StreamOption UPLOAD_RESPONSE_DEADLINE_MS =
      new StreamOption(
          28,
          "uploadResponseDeadlineMs",
          OptionKind.INT,
          true,
          1,
          StreamConfig.DEFAULT_UPLOAD_RESPONSE_DEADLINE_MS);
  static final StreamOption HTTP_FIRST_TIME_WINDOW =
      new StreamOption(
          29,
          "httpFirstTimeWindow",
          OptionKind.SECONDS_AS_MS,
          true,
          0,
          StreamConfig.DEFAULT_HTTP_FIRST_WINDOW_MS);
  static final StreamOption INITIAL_PEER_WAIT_MS =
      new StreamOption(
          30,
          "initialPeerWaitMs",
          OptionKind.INT,
          true,
          0,
          StreamConfig.DEFAULT_INITIAL_PEER_WAIT_MS);

  private static final StreamOption[] ALL = {
    IS_P2P_DISABLED,
    IS_P2P_UPLOAD_DISABLED,
    HIGH_DEMAND_TIME_WINDOW,
    HTTP_DOWNLOAD_TIME_WINDOW,
    P2P_DOWNLOAD_TIME_WINDOW,
    HTTP_DOWNLOAD_INITIAL_TIMEOUT_MS,
    SIMULTANEOUS_HTTP_DOWNLOADS,
    SIMULTANEOUS_P2P_DOWNLOADS,
    WEB_RTC_MAX_MESSAGE_SIZE,
    P2P_NOT_RECEIVING_BYTES_TIMEOUT_MS,
    P2P_INACTIVE_LOADER_DESTROY_TIMEOUT_MS,
    HTTP_NOT_RECEIVING_BYTES_TIMEOUT_MS,
    HTTP_ERROR_RETRIES,
    P2P_ERROR_RETRIES,
    ANNOUNCE_TRACKERS,
    RTC_CONFIG,
    TRACKER_CLIENT_VERSION_PREFIX,
    SWARM_ID,
    VALIDATE_P2P_SEGMENT,
    VALIDATE_HTTP_SEGMENT,
    HTTP_REQUEST_SETUP,
    MAX_PEERS_PER_SWARM,
    MAX_PEER_CONNECTIONS,
    MAX_PENDING_OFFERS,
    MAX_CONCURRENT_UPLOADS,
    MAX_SEGMENT_SIZE_BYTES,
    MAX_COMMAND_BYTES,
    MAX_ANNOUNCED_IDS,
    UPLOAD_RESPONSE_DEADLINE_MS,
    HTTP_FIRST_TIME_WINDOW,
    INITIAL_PEER_WAIT_MS,
  };

  /** Position in {@link #values()} and in a {@link StreamConfig}'s value array. */
  final int index;

  final String jsKey;
  final int kind;
  final boolean dynamic;
  final int min;
  private final Object defaultValue;

  private StreamOption(
      int index, String jsKey, int kind, boolean dynamic, int min, Object defaultValue) {
    this.index = index;
    this.jsKey = jsKey;
    this.kind = kind;
    this.dynamic = dynamic;
    this.min = min;
    this.defaultValue = defaultValue;
  }

  /** Every option, in table order (a fresh array). */
  static StreamOption[] values() {
    return ALL.clone();
  }

  /** The Java value (boxed; null when unset). */
  Object get(StreamConfig config) {
    return config.value(this);
  }

  /** Sets a value already converted by {@link ConfigValues#toJava}. */
  void set(StreamConfig.Builder builder, Object javaValue) {
    builder.set(this, javaValue);
  }

  /** A fresh array of every option's default, indexed by {@link #index}. */
  static Object[] defaultValues() {
    Object[] defaults = new Object[ALL.length];
    for (StreamOption option : ALL) {
      defaults[option.index] = option.defaultValue;
    }
    return defaults;
  }

  /** The option with this JS key, or null. */
  static StreamOption byJsKey(String jsKey) {
    for (StreamOption option : ALL) {
      if (option.jsKey.equals(jsKey)) {
        return option;
      }
    }
    return null;
  }
}

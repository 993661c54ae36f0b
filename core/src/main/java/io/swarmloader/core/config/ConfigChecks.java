package io.swarmloader.core.config;

/**
 * Validation of {@link StreamConfig} values; messages name the key (player-integration.md §1.4).
 */
final class ConfigChecks {
  private ConfigChecks() {}

  static void validate(StreamConfig c) {
    atLeast("highDemandTimeWindow", c.highDemandWindowMs(), 0);
    atLeast("httpDownloadTimeWindow", c.httpDownloadWindowMs(), 0);
    atLeast("p2pDownloadTimeWindow", c.p2pDownloadWindowMs(), 0);
    atLeast("httpDownloadInitialTimeoutMs", c.httpDownloadInitialTimeoutMs(), 0);
    atLeast("simultaneousHttpDownloads", c.simultaneousHttpDownloads(), 1);
    atLeast("simultaneousP2PDownloads", c.simultaneousP2PDownloads(), 1);
    atLeast("webRtcMaxMessageSize", c.webRtcMaxMessageSize(), 64);
    atLeast("p2pNotReceivingBytesTimeoutMs", c.p2pNotReceivingBytesTimeoutMs(), 1);
    atLeast("p2pInactiveLoaderDestroyTimeoutMs", c.p2pInactiveLoaderDestroyTimeoutMs(), 0);
    atLeast("httpNotReceivingBytesTimeoutMs", c.httpNotReceivingBytesTimeoutMs(), 1);
    atLeast("httpErrorRetries", c.httpErrorRetries(), 1);
    atLeast("p2pErrorRetries", c.p2pErrorRetries(), 1);
    atLeast("maxPeersPerSwarm", c.maxPeersPerSwarm(), 0);
    atLeast("maxPeerConnections", c.maxPeerConnections(), 0);
    atLeast("maxPendingOffers", c.maxPendingOffers(), 0);
    atLeast("maxConcurrentUploads", c.maxConcurrentUploads(), 0);
    atLeast("maxSegmentSizeBytes", c.maxSegmentSizeBytes(), 1);
    atLeast("maxCommandBytes", c.maxCommandBytes(), 64);
    atLeast("maxAnnouncedIds", c.maxAnnouncedIds(), 1);
    atLeast("uploadResponseDeadlineMs", c.uploadResponseDeadlineMs(), 1);
    if (c.announceTrackers() == null) {
      throw new ConfigException("announceTrackers must be an array of strings, was null");
    }
    String prefix = c.trackerClientVersionPrefix();
    if (prefix == null || prefix.length() > 12 || !isPrintableAscii(prefix)) {
      throw new ConfigException(
          "trackerClientVersionPrefix must be printable ASCII of at most 12 characters, was \""
              + prefix
              + "\"");
    }
  }

  private static void atLeast(String key, int value, int min) {
    if (value < min) {
      throw new ConfigException(key + " must be at least " + min + ", was " + value);
    }
  }

  static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7e) {
        return false;
      }
    }
    return true;
  }
}

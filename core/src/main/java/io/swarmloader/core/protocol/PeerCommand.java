package io.swarmloader.core.protocol;

import java.util.Arrays;

/**
 * One data-channel command (wire-protocol.md §7). Values only: they carry what is on the wire and
 * are not validated, so a decoded command may hold any value a peer sent. The session checks the
 * values against its own state.
 */
public sealed interface PeerCommand {
  /** SegmentsAnnouncement code. */
  int ANNOUNCEMENT = 0;

  /** SegmentRequest code. */
  int REQUEST = 1;

  /** SegmentData code. */
  int DATA = 2;

  /** SegmentDataSendingCompleted code. */
  int COMPLETED = 3;

  /** SegmentAbsent code. */
  int ABSENT = 4;

  /** CancelSegmentRequest code. */
  int CANCEL = 5;

  /** The command code byte (§7). */
  int code();

  /**
   * Code 0: the IDs the sender holds complete ({@code l}) and is fetching over HTTP ({@code p}).
   * The arrays are owned by the record and must not be modified. Equality compares their contents.
   */
  record SegmentsAnnouncement(long[] loaded, long[] httpLoading) implements PeerCommand {
    /** An announcement with both sets empty. */
    public static final SegmentsAnnouncement EMPTY =
        new SegmentsAnnouncement(new long[0], new long[0]);

    public SegmentsAnnouncement {
      loaded = loaded == null ? new long[0] : loaded;
      httpLoading = httpLoading == null ? new long[0] : httpLoading;
    }

    @Override
    public int code() {
      return ANNOUNCEMENT;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SegmentsAnnouncement a
          && Arrays.equals(loaded, a.loaded)
          && Arrays.equals(httpLoading, a.httpLoading);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(loaded) + Arrays.hashCode(httpLoading);
    }

    @Override
    public String toString() {
      return "SegmentsAnnouncement[loaded="
          + Arrays.toString(loaded)
          + ", httpLoading="
          + Arrays.toString(httpLoading)
          + "]";
    }
  }

  /** Code 1: asks for segment {@code i} from byte {@code b} (0 when nothing is held). */
  record SegmentRequest(long segmentId, int requestId, long byteFrom) implements PeerCommand {
    @Override
    public int code() {
      return REQUEST;
    }
  }

  /** Code 2: {@code dataSize} raw bytes follow as data chunks. */
  record SegmentData(long segmentId, long dataSize, int requestId) implements PeerCommand {
    @Override
    public int code() {
      return DATA;
    }
  }

  /** Code 3: every byte announced by SegmentData was sent. */
  record SegmentDataSendingCompleted(long segmentId, int requestId) implements PeerCommand {
    @Override
    public int code() {
      return COMPLETED;
    }
  }

  /** Code 4: the uploader will not serve the request. */
  record SegmentAbsent(long segmentId, int requestId) implements PeerCommand {
    @Override
    public int code() {
      return ABSENT;
    }
  }

  /** Code 5: the requester gave up on request {@code r}. */
  record CancelSegmentRequest(long segmentId, int requestId) implements PeerCommand {
    @Override
    public int code() {
      return CANCEL;
    }
  }
}

package io.swarmloader.core.protocol;

/**
 * The ASCII markers that bracket command frames (wire-protocol.md §5.1): {@code cstr}/{@code dstr}
 * at the start, {@code cend}/{@code dend} at the end.
 */
public final class FrameMarkers {
  /** Bytes of the markers together. */
  public static final int OVERHEAD_BYTES = 8;

  private static final int MARKER_BYTES = 4;
  private static final byte C = 'c';
  private static final byte D = 'd';

  private FrameMarkers() {}

  /** True when the whole message is a command frame; every other message is raw segment data. */
  public static boolean isCommandFrame(byte[] message) {
    return isCommandFrame(message, 0, message.length);
  }

  /** {@link #isCommandFrame(byte[])} for {@code length} bytes from {@code offset}. */
  public static boolean isCommandFrame(byte[] data, int offset, int length) {
    // §5.1: shorter than 8 bytes is never a frame, the markers cannot overlap.
    return length >= OVERHEAD_BYTES
        && hasStartMarker(data, offset)
        && hasEndMarker(data, offset + length - MARKER_BYTES);
  }

  /** The frame starts with {@code cstr} (a new command), not {@code dstr}. */
  static boolean startsCommand(byte[] frame) {
    return frame[0] == C;
  }

  /** The frame ends with {@code cend} (the last frame of a command), not {@code dend}. */
  static boolean endsCommand(byte[] frame) {
    return frame[frame.length - MARKER_BYTES] == C;
  }

  static void writeStart(byte[] into, int at, boolean command) {
    into[at] = command ? C : D;
    into[at + 1] = 's';
    into[at + 2] = 't';
    into[at + 3] = 'r';
  }

  static void writeEnd(byte[] into, int at, boolean command) {
    into[at] = command ? C : D;
    into[at + 1] = 'e';
    into[at + 2] = 'n';
    into[at + 3] = 'd';
  }

  private static boolean hasStartMarker(byte[] d, int at) {
    return (d[at] == C || d[at] == D) && d[at + 1] == 's' && d[at + 2] == 't' && d[at + 3] == 'r';
  }

  private static boolean hasEndMarker(byte[] d, int at) {
    return (d[at] == C || d[at] == D) && d[at + 1] == 'e' && d[at + 2] == 'n' && d[at + 3] == 'd';
  }
}

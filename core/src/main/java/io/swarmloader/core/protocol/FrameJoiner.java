package io.swarmloader.core.protocol;

import java.util.function.IntSupplier;

/**
 * Reassembles command bodies from command frames (wire-protocol.md §5.3), one joiner per peer
 * connection. Feed it only messages that {@link FrameMarkers#isCommandFrame} accepts.
 *
 * <p>SwarmLoader's rules: a {@code cstr} while collecting drops the partial command and starts
 * again with the new frame; a command over {@code maxCommandBytes} is dropped, reported once, and
 * its remaining frames are skipped silently.
 */
public final class FrameJoiner {
  /**
   * What went wrong while joining: the texts {@link Sink#onError} gets. String constants rather
   * than an enum, which would add a class with a static initialiser to the bundle.
   */
  public static final class JoinError {
    /** A {@code dstr} frame arrived with no command started; the frame was dropped. */
    public static final String NO_FIRST_CHUNK = "no-first-chunk";

    /** A {@code cstr} frame arrived mid-command; the partial command was dropped. */
    public static final String INCOMPLETE_JOINING = "incomplete-joining";

    /** The command grew beyond {@code maxCommandBytes}; it was dropped. */
    public static final String COMMAND_TOO_LARGE = "command-too-large";

    private JoinError() {}
  }

  /** Receives joined bodies and errors, synchronously from {@link #push}. */
  public interface Sink {
    void onCommand(byte[] body);

    /** {@code error} is one of the {@link JoinError} texts. */
    void onError(String error);
  }

  // Joiner states (int constants: a private enum would add a class to the bundle).
  private static final int EMPTY = 0;
  private static final int COLLECTING = 1;

  /** Skipping the rest of an oversize command until its {@code cend}. */
  private static final int DISCARDING = 2;

  private final IntSupplier maxCommandBytes;
  private final Sink sink;
  private final ByteWriter collected = new ByteWriter(256);
  private int state = EMPTY;

  public FrameJoiner(IntSupplier maxCommandBytes, Sink sink) {
    this.maxCommandBytes = maxCommandBytes;
    this.sink = sink;
  }

  /** Takes one command frame; reports a complete body or an error to the sink. */
  public void push(byte[] frame) {
    if (!FrameMarkers.isCommandFrame(frame)) {
      return;
    }
    if (FrameMarkers.startsCommand(frame)) {
      if (state == COLLECTING) {
        reset();
        sink.onError(JoinError.INCOMPLETE_JOINING);
      }
      state = COLLECTING;
    } else if (state == EMPTY) {
      sink.onError(JoinError.NO_FIRST_CHUNK);
      return;
    }
    boolean last = FrameMarkers.endsCommand(frame);
    if (state == DISCARDING) {
      if (last) {
        state = EMPTY;
      }
      return;
    }
    int payload = frame.length - FrameMarkers.OVERHEAD_BYTES;
    if ((long) collected.size() + payload > maxCommandBytes.getAsInt()) {
      reset();
      state = last ? EMPTY : DISCARDING;
      sink.onError(JoinError.COMMAND_TOO_LARGE);
      return;
    }
    collected.write(frame, 4, payload);
    if (last) {
      byte[] body = collected.toByteArray();
      reset();
      sink.onCommand(body);
    }
  }

  /** Drops any partial command. */
  public void reset() {
    collected.clear();
    state = EMPTY;
  }
}

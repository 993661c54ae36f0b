package io.swarmloader.core.protocol;

import io.swarmloader.core.util.Text;

/**
 * A cursor over a command body that records the first decoding error instead of throwing. After an
 * error every read yields 0 and {@link #hasRemaining()} is false.
 */
final class BodyReader {
  private final byte[] body;
  private int position;
  private String error;

  BodyReader(byte[] body) {
    this.body = body;
  }

  boolean hasRemaining() {
    return error == null && position < body.length;
  }

  int remaining() {
    return error == null ? body.length - position : 0;
  }

  /** The next byte without consuming it; the caller has checked {@link #hasRemaining()}. */
  int peekUnsignedByte() {
    return hasRemaining() ? body[position] & 0xFF : 0;
  }

  int readUnsignedByte() {
    if (error != null) {
      return 0;
    }
    if (position >= body.length) {
      fail("truncated body");
      return 0;
    }
    return body[position++] & 0xFF;
  }

  void skip(int count, String what) {
    if (remaining() < count) {
      fail(Text.cat("truncated ", what));
      return;
    }
    position += count;
  }

  void fail(String reason) {
    if (error == null) {
      error = reason;
    }
  }

  boolean failed() {
    return error != null;
  }

  String error() {
    return error;
  }
}

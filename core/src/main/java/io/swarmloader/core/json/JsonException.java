package io.swarmloader.core.json;

import io.swarmloader.core.util.Text;

/** Text that is not valid JSON. The message names what was wrong and the character offset. */
public final class JsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  JsonException(String message, int offset) {
    super(Text.cat(message, Text.cat(" at offset ", offset)));
    this.offset = offset;
  }

  /** Invalid JSON found by a parser that reports no offset ({@link #offset()} is -1). */
  public JsonException(String message) {
    super(message);
    this.offset = -1;
  }

  /** Index into the parsed text where the problem was detected, or -1 when unknown. */
  public int offset() {
    return offset;
  }
}

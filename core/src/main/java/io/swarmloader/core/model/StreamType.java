package io.swarmloader.core.model;

/** main = video renditions (and audio-only variants); secondary = separate audio renditions. */
public enum StreamType {
  MAIN("main"),
  SECONDARY("secondary");

  private final String wireName;

  StreamType(String wireName) {
    this.wireName = wireName;
  }

  /** "main" or "secondary", as used in stream IDs and in the JS API. */
  public String wireName() {
    return wireName;
  }
}

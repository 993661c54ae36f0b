package io.swarmloader.core.error;

/** What a player request ends with when the engine cannot deliver the segment. */
public record CoreRequestError(Kind kind, String message) {
  /** "failed" (HTTP retries exhausted) or "aborted" (newer request or player abort). */
  public enum Kind {
    FAILED("failed"),
    ABORTED("aborted");

    private final String jsName;

    Kind(String jsName) {
      this.jsName = jsName;
    }

    public String jsName() {
      return jsName;
    }
  }
}

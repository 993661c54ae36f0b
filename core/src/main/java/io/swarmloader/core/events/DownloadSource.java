package io.swarmloader.core.events;

/** Where segment bytes came from: "http" or "p2p" in the JS API. */
public enum DownloadSource {
  HTTP("http"),
  P2P("p2p");

  private final String jsName;

  DownloadSource(String jsName) {
    this.jsName = jsName;
  }

  public String jsName() {
    return jsName;
  }
}

package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ManifestUrlTest {
  @Test
  void responseUrlWins() {
    assertEquals(
        new ManifestUrl("https://b.example/m.m3u8", false),
        ManifestUrl.choose("https://b.example/m.m3u8", "https://a.example/m.m3u8"));
  }

  @Test
  void customLoaderFallsBackToRequestUrlWithWarning() {
    // §7 #7: 2.3 leaves the URL unset and P2P off.
    assertEquals(
        new ManifestUrl("https://a.example/m.m3u8", true),
        ManifestUrl.choose(null, "https://a.example/m.m3u8"));
    assertEquals(
        new ManifestUrl("https://a.example/m.m3u8", true),
        ManifestUrl.choose("", "https://a.example/m.m3u8"));
  }

  @Test
  void nothingKnown() {
    assertNull(ManifestUrl.choose(null, null));
  }
}

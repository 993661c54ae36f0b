package io.swarmloader.hlsjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ManifestUrlTest {
  @Test
  void responseUrlWins() {
    assertEquals(
        "https://b.example/m.m3u8",
        ManifestUrl.choose("https://b.example/m.m3u8", "https://a.example/m.m3u8"));
    assertFalse(ManifestUrl.isFallback("https://b.example/m.m3u8"));
  }

  @Test
  void customLoaderFallsBackToRequestUrlWithWarning() {
    // §7 #7: 2.3 leaves the URL unset and P2P off.
    assertEquals("https://a.example/m.m3u8", ManifestUrl.choose(null, "https://a.example/m.m3u8"));
    assertTrue(ManifestUrl.isFallback(null));
    assertEquals("https://a.example/m.m3u8", ManifestUrl.choose("", "https://a.example/m.m3u8"));
    assertTrue(ManifestUrl.isFallback(""));
  }

  @Test
  void nothingKnown() {
    assertNull(ManifestUrl.choose(null, null));
    assertNull(ManifestUrl.choose("", ""));
  }
}

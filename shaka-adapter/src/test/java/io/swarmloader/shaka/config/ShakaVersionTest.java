package io.swarmloader.shaka.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShakaVersionTest {
  @Test
  void readsTheMajorVersion() {
    assertEquals(5, ShakaVersion.major("v5.2.12"));
    assertEquals(4, ShakaVersion.major("v4.3.0-uncompiled"));
    assertEquals(4, ShakaVersion.major("4.2.1"));
    assertEquals(10, ShakaVersion.major(" V10.0.0-debug"));
  }

  @Test
  void unreadableVersionsAreUnknown() {
    assertEquals(ShakaVersion.UNKNOWN, ShakaVersion.major(null));
    assertEquals(ShakaVersion.UNKNOWN, ShakaVersion.major(""));
    assertEquals(ShakaVersion.UNKNOWN, ShakaVersion.major("v"));
    assertEquals(ShakaVersion.UNKNOWN, ShakaVersion.major("dev-build"));
  }
}

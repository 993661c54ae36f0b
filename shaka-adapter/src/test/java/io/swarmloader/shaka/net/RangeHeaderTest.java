package io.swarmloader.shaka.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.model.ByteRange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RangeHeaderTest {
  private static final String URI = "https://cdn.test/v/single.mp4";

  private static Map<String, String> headers(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", "*/*");
    h.put(name, value);
    return h;
  }

  @Test
  void withoutRangeDropsEveryRangeHeaderAndKeepsTheRest() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Range", "bytes=0-9");
    h.put("RANGE", "bytes=1-2");
    h.put("X-Token", "abc");
    h.put("Accept", null);
    assertEquals(Map.of("X-Token", "abc"), RangeHeader.withoutRange(h));
    assertEquals(Map.of(), RangeHeader.withoutRange(null));
  }

  @Test
  void noRangeHeaderGivesThePlainUri() {
    assertEquals(URI, RangeHeader.runtimeId(URI, Map.of("Accept", "*/*")));
    assertEquals(URI, RangeHeader.runtimeId(URI, Map.of()));
    assertEquals(URI, RangeHeader.runtimeId(URI, null));
  }

  @Test
  void aClosedRangeGivesAnInclusiveRuntimeId() {
    assertEquals(URI + "|720-1719", RangeHeader.runtimeId(URI, headers("Range", "bytes=720-1719")));
    assertEquals(URI + "|0-99", RangeHeader.runtimeId(URI, headers("Range", "bytes=0-99")));
  }

  @Test
  void anOpenRangeIsMatchedAsOpen() {
    // §7 row 8: 2.3 built "uri|5000-NaN", which never matched.
    assertEquals(URI + "|5000-", RangeHeader.runtimeId(URI, headers("Range", "bytes=5000-")));
  }

  @Test
  void anOpenRangeFromZeroIsTheWholeResource() {
    assertEquals(URI, RangeHeader.runtimeId(URI, headers("Range", "bytes=0-")));
  }

  @Test
  void theHeaderNameAndUnitAreCaseInsensitive() {
    assertEquals(URI + "|1-2", RangeHeader.runtimeId(URI, headers("range", "bytes=1-2")));
    assertEquals(URI + "|1-2", RangeHeader.runtimeId(URI, headers("RANGE", "Bytes=1-2")));
    assertEquals(URI + "|1-2", RangeHeader.runtimeId(URI, headers("rAnGe", " bytes = 1 - 2 ")));
  }

  @Test
  void malformedRangesNeverMatchAnySegment() {
    for (String bad :
        new String[] {
          "bytes=-500",
          "bytes=0-99,200-299",
          "items=0-99",
          "bytes=99-0",
          "bytes=a-b",
          "bytes=10-x",
          "bytes=",
          "bytes",
          "",
          "bytes=-",
          "bytes=+1-2",
          "bytes=9007199254740992-",
          "bytes=1-99999999999999999"
        }) {
      assertNull(RangeHeader.runtimeId(URI, headers("Range", bad)), bad);
    }
  }

  @Test
  void parsesRangesForTheCaller() {
    assertEquals(new ByteRange(10, 19), RangeHeader.parse("bytes=10-19"));
    assertEquals(new ByteRange(10, ByteRange.OPEN), RangeHeader.parse("bytes=10-"));
    assertNull(RangeHeader.parse("bytes=10"));
  }

  @Test
  void headerLookupPrefersTheExactNameThenTheFirstCaseVariant() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-TOKEN", "upper");
    h.put("x-token", "lower");
    h.put("X-Token", "mixed");

    assertEquals("mixed", RangeHeader.header(h, "X-Token"));
    assertEquals("upper", RangeHeader.header(h, "x-TOKEN"));
    assertNull(RangeHeader.header(h, "x-tok"));
  }
}

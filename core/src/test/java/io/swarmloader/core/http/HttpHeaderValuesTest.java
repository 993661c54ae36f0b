package io.swarmloader.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmloader.core.http.HttpHeaderValues.ContentRange;
import io.swarmloader.core.model.ByteRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpHeaderValuesTest {
  @Test
  void rangeHeader_closedAndOpenRanges() {
    assertEquals("bytes=0-0", HttpHeaderValues.rangeHeader(new ByteRange(0, 0)));
    assertEquals("bytes=1000-1999", HttpHeaderValues.rangeHeader(new ByteRange(1000, 1999)));
    assertEquals("bytes=5000-", HttpHeaderValues.rangeHeader(new ByteRange(5000, ByteRange.OPEN)));
    assertEquals(
        "bytes=4294967296-4294967297",
        HttpHeaderValues.rangeHeader(new ByteRange(4_294_967_296L, 4_294_967_297L)));
  }

  @Test
  void parseLength_digits_parsed() {
    assertEquals(0, HttpHeaderValues.parseLength("0"));
    assertEquals(12345, HttpHeaderValues.parseLength(" 12345 "));
    assertEquals(4_294_967_296L, HttpHeaderValues.parseLength("4294967296"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "-1", "12a", "1.5", "0x10", "1234567890123456"})
  void parseLength_unreadable_minusOne(String value) {
    assertEquals(-1, HttpHeaderValues.parseLength(value));
  }

  @Test
  void parseContentRange_wellFormed_parsed() {
    assertEquals(
        new ContentRange(1000, 1999, 10000),
        HttpHeaderValues.parseContentRange("bytes 1000-1999/10000"));
    assertEquals(new ContentRange(0, 0, -1), HttpHeaderValues.parseContentRange("bytes 0-0/*"));
    assertEquals(
        new ContentRange(5, 9, 10), HttpHeaderValues.parseContentRange(" bytes 5 - 9 / 10 "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "bytes */10000",
        "bytes 10-5/100",
        "bytes 1-2",
        "bytes=1-2/3",
        "items 1-2/3",
        "bytes a-2/3",
        "bytes 1-2/x",
        "bytes 1-2/-"
      })
  void parseContentRange_unreadable_null(String value) {
    assertNull(HttpHeaderValues.parseContentRange(value));
  }
}

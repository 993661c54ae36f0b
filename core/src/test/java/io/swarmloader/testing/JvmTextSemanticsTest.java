package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ECMAScript semantics of trim, case mapping, Number(s) and String(n). */
class JvmTextSemanticsTest {
  private final JvmTextSemantics js = new JvmTextSemantics();

  @Test
  void trim_allEcmaScriptWhitespaceAndLineTerminators_removed() {
    String ws =
        "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            + "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    assertEquals("a b", js.trim(ws + "a b" + ws));
    assertEquals("Caf\u00e9", js.trim("Caf\u00e9\u00a0"));
  }

  @Test
  void trim_nonWhitespaceControlAndFormatChars_kept() {
    // U+180E left category Zs in Unicode 6.3; U+200B and U+0085 were never ES white space.
    assertEquals("\u180ea\u200b", js.trim("\u180ea\u200b"));
    assertEquals("\u0085x\u0001", js.trim(" \u0085x\u0001 "));
  }

  @Test
  void caseMapping_localeIndependent() {
    assertEquals("TITLE", js.toUpperCase("title"));
    assertEquals("i\u0307", js.toLowerCase("\u0130"));
    assertEquals("STRASSE", js.toUpperCase("stra\u00dfe"));
    assertEquals("caf\u00e9\u00a0", js.toLowerCase("CAF\u00c9\u00a0"));
  }

  @Test
  void parseNumber_validForms_matchJavaScript() {
    assertEquals(30.0, js.parseNumber("30.000"));
    assertEquals(0.0, js.parseNumber(""));
    assertEquals(0.0, js.parseNumber(" \n\u00a0"));
    assertEquals(42.0, js.parseNumber("\u3000 42 \ufeff"));
    assertEquals(30.0, js.parseNumber("0x1e"));
    assertEquals(30.0, js.parseNumber("0X1E"));
    assertEquals(8.0, js.parseNumber("0o10"));
    assertEquals(5.0, js.parseNumber("0b101"));
    assertEquals(Double.POSITIVE_INFINITY, js.parseNumber("Infinity"));
    assertEquals(Double.NEGATIVE_INFINITY, js.parseNumber("-Infinity"));
    assertEquals(Double.POSITIVE_INFINITY, js.parseNumber("+Infinity"));
    assertEquals(0.5, js.parseNumber(".5"));
    assertEquals(5.0, js.parseNumber("5."));
    assertEquals(1500.0, js.parseNumber("1.5e3"));
    assertEquals(-0.015, js.parseNumber("-1.5E-2"));
    assertEquals(12.0, js.parseNumber("+12"));
    assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(js.parseNumber("-0")));
    assertEquals(1.8446744073709552e19, js.parseNumber("0xffffffffffffffff"));
  }

  @Test
  void parseNumber_invalidForms_areNaN() {
    String[] invalid = {
      "abc",
      "1d",
      "1f",
      "NaN",
      "infinity",
      "0x",
      "-0x10",
      "0x1g",
      "0b2",
      "0o8",
      ".",
      "e5",
      "1e",
      "1e+",
      "1_000",
      "1 2",
      "0x1p3",
      "--1",
      "+-1",
      "\u0661",
      "12px",
      "Infinityx"
    };
    for (String s : invalid) {
      assertTrue(Double.isNaN(js.parseNumber(s)), s);
    }
  }

  @Test
  void numberToString_integersAndFractions_printLikeJavaScript() {
    assertEquals("30", js.numberToString(30.0));
    assertEquals("2149280", js.numberToString(2149280));
    assertEquals("29.97", js.numberToString(29.97));
    assertEquals("0.1", js.numberToString(0.1));
    assertEquals("0.30000000000000004", js.numberToString(0.1 + 0.2));
    assertEquals("-1.5", js.numberToString(-1.5));
    assertEquals("0", js.numberToString(-0.0));
    assertEquals("123456789012345680000", js.numberToString(123456789012345678901.0));
    assertEquals("9007199254740992", js.numberToString(9007199254740993.0));
  }

  @Test
  void numberToString_exponentForms_matchJavaScript() {
    assertEquals("1e+21", js.numberToString(1e21));
    assertEquals("100000000000000000000", js.numberToString(1e20));
    assertEquals("1.5e+300", js.numberToString(1.5e300));
    assertEquals("0.000001", js.numberToString(1e-6));
    assertEquals("1e-7", js.numberToString(1e-7));
    assertEquals("1.234e-7", js.numberToString(1.234e-7));
    assertEquals("5e-324", js.numberToString(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", js.numberToString(Double.MAX_VALUE));
    assertEquals("2e-323", js.numberToString(2 * Double.MIN_VALUE + Double.MIN_VALUE * 2));
  }

  @Test
  void numberToString_specialValues() {
    assertEquals("NaN", js.numberToString(Double.NaN));
    assertEquals("Infinity", js.numberToString(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", js.numberToString(Double.NEGATIVE_INFINITY));
  }

  @Test
  void numberToString_roundTripsThroughParseNumber() {
    SeededRandom random = new SeededRandom(11);
    for (int i = 0; i < 500; i++) {
      double d =
          Double.longBitsToDouble(
              random.nextInt(Integer.MAX_VALUE) * 4_294_967_296L
                  + random.nextInt(Integer.MAX_VALUE));
      if (Double.isNaN(d)) {
        continue;
      }
      assertEquals(d, js.parseNumber(js.numberToString(d)), "seed 11, value " + d);
    }
  }
}

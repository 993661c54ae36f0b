package io.swarmloader.core.json;

import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser over one string; single use. Grammar: RFC 8259. */
final class JsonParser {
  /** Deepest nesting of arrays and objects accepted; trackers send depth 3 at most. */
  static final int MAX_DEPTH = 64;

  /** Significant decimal digits kept when reading a non-integer number. */
  private static final int MAX_MANTISSA_DIGITS = 18;

  private final String text;
  private int pos;
  private int depth;

  JsonParser(String text) {
    this.text = text;
  }

  Object parseDocument() throws JsonException {
    if (text == null) {
      throw new JsonException("null text", 0);
    }
    skipWhitespace();
    Object value = parseValue();
    skipWhitespace();
    if (pos != text.length()) {
      throw new JsonException("unexpected trailing characters", pos);
    }
    return value;
  }

  private Object parseValue() throws JsonException {
    if (pos >= text.length()) {
      throw new JsonException("unexpected end of input", pos);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return parseObject();
      case '[':
        return parseArray();
      case '"':
        return parseString();
      case 't':
        expectWord("true");
        return Boolean.TRUE;
      case 'f':
        expectWord("false");
        return Boolean.FALSE;
      case 'n':
        expectWord("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return parseNumber();
        }
        throw new JsonException("unexpected character", pos);
    }
  }

  private Map<String, Object> parseObject() throws JsonException {
    enter();
    pos++; // '{'
    OrderedMap<Object> map = new OrderedMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw new JsonException("expected a string key", pos);
      }
      String key = parseString();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      map.put(key, parseValue());
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == '}') {
        depth--;
        return map;
      }
      if (c != ',') {
        throw new JsonException("expected ',' or '}'", pos - 1);
      }
    }
  }

  private List<Object> parseArray() throws JsonException {
    enter();
    pos++; // '['
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return list;
    }
    while (true) {
      skipWhitespace();
      list.add(parseValue());
      skipWhitespace();
      char c = peek();
      pos++;
      if (c == ']') {
        depth--;
        return list;
      }
      if (c != ',') {
        throw new JsonException("expected ',' or ']'", pos - 1);
      }
    }
  }

  private String parseString() throws JsonException {
    pos++; // opening quote
    StringBuilder out = null;
    int runStart = pos;
    while (true) {
      if (pos >= text.length()) {
        throw new JsonException("unterminated string", pos);
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String tail = text.substring(runStart, pos);
        pos++;
        return out == null ? tail : out.append(tail).toString();
      }
      if (c < 0x20) {
        throw new JsonException("unescaped control character in string", pos);
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(text, runStart, pos);
      pos++;
      out.append(parseEscape());
      runStart = pos;
    }
  }

  /** Reads the escape after a backslash; {@code pos} is on the escape letter. */
  private char parseEscape() throws JsonException {
    if (pos >= text.length()) {
      throw new JsonException("unterminated escape", pos);
    }
    char e = text.charAt(pos++);
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return parseHex4();
      default:
        throw new JsonException("invalid escape", pos - 1);
    }
  }

  private char parseHex4() throws JsonException {
    if (pos + 4 > text.length()) {
      throw new JsonException("truncated \\u escape", pos);
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexDigit(text.charAt(pos + i));
      if (digit < 0) {
        throw new JsonException("invalid hex digit in \\u escape", pos + i);
      }
      value = (value << 4) | digit;
    }
    pos += 4;
    return (char) value;
  }

  /** Value of an ASCII hex digit, or -1. (Character.digit would pull in Unicode tables.) */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private Object parseNumber() throws JsonException {
    boolean negative = false;
    if (peek() == '-') {
      negative = true;
      pos++;
    }
    int intStart = pos;
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw new JsonException("expected a digit", pos);
    }
    int intEnd = pos;
    int fracStart = -1;
    int fracEnd = -1;
    if (peek() == '.') {
      pos++;
      fracStart = pos;
      requireDigits();
      fracEnd = pos;
    }
    int exponent = 0;
    char e = peek();
    if (e == 'e' || e == 'E') {
      pos++;
      exponent = parseExponent();
    }
    if (fracStart < 0 && e != 'e' && e != 'E' && intEnd - intStart <= MAX_MANTISSA_DIGITS) {
      long value = digitsToLong(intStart, intEnd);
      return negative ? -value : value;
    }
    double magnitude = approximate(intStart, intEnd, fracStart, fracEnd, exponent);
    return negative ? -magnitude : magnitude;
  }

  private int parseExponent() throws JsonException {
    boolean negative = false;
    char sign = peek();
    if (sign == '+' || sign == '-') {
      negative = sign == '-';
      pos++;
    }
    int digitsStart = pos;
    requireDigits();
    int value = 0;
    for (int i = digitsStart; i < pos; i++) {
      // Saturate: anything past 100,000 is 0 or Infinity anyway.
      value = Math.min(100_000, value * 10 + (text.charAt(i) - '0'));
    }
    return negative ? -value : value;
  }

  /** Value of integer digits, fraction digits and a decimal exponent; close, not exact. */
  private double approximate(int intStart, int intEnd, int fracStart, int fracEnd, int exponent) {
    long mantissa = 0;
    int digits = 0;
    int scale = exponent;
    for (int i = intStart; i < intEnd; i++) {
      if (digits < MAX_MANTISSA_DIGITS) {
        mantissa = mantissa * 10 + (text.charAt(i) - '0');
        if (mantissa != 0) {
          digits++;
        }
      } else {
        scale++;
      }
    }
    for (int i = fracStart; i >= 0 && i < fracEnd; i++) {
      if (digits < MAX_MANTISSA_DIGITS) {
        mantissa = mantissa * 10 + (text.charAt(i) - '0');
        if (mantissa != 0) {
          digits++;
        }
        scale--;
      }
    }
    double value = mantissa;
    if (value == 0) {
      return 0;
    }
    for (; scale > 0 && value < Double.POSITIVE_INFINITY; scale--) {
      value *= 10;
    }
    for (; scale < 0 && value > 0; scale++) {
      value /= 10;
    }
    return value;
  }

  private long digitsToLong(int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private void requireDigits() throws JsonException {
    if (!isDigit(peek())) {
      throw new JsonException("expected a digit", pos);
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void enter() throws JsonException {
    if (++depth > MAX_DEPTH) {
      throw new JsonException("nesting deeper than " + MAX_DEPTH, pos);
    }
  }

  private void expectWord(String word) throws JsonException {
    if (!text.startsWith(word, pos)) {
      throw new JsonException("unexpected character", pos);
    }
    pos += word.length();
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw new JsonException(Text.cat("expected '", String.valueOf(c), "'"), pos);
    }
    pos++;
  }

  /** The current char, or 0 at the end (0 never matches any grammar token here). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }
}

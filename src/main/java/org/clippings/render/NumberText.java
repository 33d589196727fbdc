package org.clippings.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as {@code String.format} prints them, without starting a formatter for each (thousands per build). */
final class NumberText {

  private NumberText() {}

  /** One decimal place, rounded as {@code Math.round} does (for SVG coordinates: one call per bar). */
  static String oneDecimal(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + (tenths / 10) + "." + (tenths % 10);
  }

  /** As {@code %.2f} prints it: half up from the shortest decimal that reads back as {@code v}. */
  static String twoDecimals(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}

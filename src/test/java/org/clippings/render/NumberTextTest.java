package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-rolled number formatting prints what {@code String.format} would. */
class NumberTextTest {

  @Test
  void twoDecimalsMatchesPercentPoint2f() {
    var random = new Random(7);
    double[] edges = {0, 0.005, 0.015, 0.125, 1.005, 2.675, 0.999, 9.995, 99.995, 1e-9, 12345.675};
    for (double v : edges) assertEquals(String.format(Locale.ROOT, "%.2f", v), NumberText.twoDecimals(v), "for " + v);
    for (int i = 0; i < 100_000; i++) {
      double v = i % 2 == 0 ? random.nextDouble() : random.nextInt(100_000) / 1000.0;
      assertEquals(String.format(Locale.ROOT, "%.2f", v), NumberText.twoDecimals(v), "for " + v);
    }
  }
}

package org.clippings.render;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A coverage timeline drawn at build time as inline SVG (no JavaScript): one bar per month when
 * the coverage spans up to three years, else one per year. Labels are numbers and dates we make,
 * never article text, so the markup needs no escaping beyond what is done here.
 */
final class TimelineSvg {

  private static final int WIDTH = 600;
  private static final int HEIGHT = 90;
  private static final int BASE = 72;

  private TimelineSvg() {}

  static String of(SortedMap<YearMonth, Integer> perMonth, String name) {
    if (perMonth.isEmpty()) return "";
    YearMonth first = perMonth.firstKey();
    YearMonth last = perMonth.lastKey();
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    var buckets = new TreeMap<String, Integer>();
    if (months <= 36) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) buckets.put(m.toString(), 0);
      perMonth.forEach((m, n) -> buckets.merge(m.toString(), n, Integer::sum));
    } else {
      for (int y = first.getYear(); y <= last.getYear(); y++) buckets.put(String.valueOf(y), 0);
      perMonth.forEach((m, n) -> buckets.merge(String.valueOf(m.getYear()), n, Integer::sum));
    }
    int max = buckets.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int total = buckets.values().stream().mapToInt(Integer::intValue).sum();
    double slot = (double) WIDTH / buckets.size();
    double bar = Math.max(1, Math.min(slot * 0.8, 40));
    var sb = new StringBuilder();
    // appended, not String.format: the formatter is costly to start and to compile for one page
    sb.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(escape("Coverage of " + name + ": " + total
            + " articles from " + buckets.firstKey() + " to " + buckets.lastKey()))
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    int i = 0;
    for (Map.Entry<String, Integer> e : buckets.entrySet()) {
      double h = e.getValue() == 0 ? 0 : Math.max(2, (BASE - 4) * e.getValue() / (double) max);
      sb.append("<rect x=\"").append(NumberText.oneDecimal(i * slot + (slot - bar) / 2)).append("\" y=\"")
          .append(NumberText.oneDecimal(BASE - h)).append("\" width=\"").append(NumberText.oneDecimal(bar)).append("\" height=\"")
          .append(NumberText.oneDecimal(h)).append("\"><title>").append(e.getKey()).append(": ").append(e.getValue())
          .append("</title></rect>");
      i++;
    }
    sb.append("<line x1=\"0\" y1=\"").append(BASE).append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(BASE)
        .append("\"/>");
    sb.append("<text x=\"0\" y=\"").append(HEIGHT - 2).append("\">").append(buckets.firstKey()).append("</text>");
    if (!buckets.lastKey().equals(buckets.firstKey())) {
      sb.append("<text x=\"").append(WIDTH).append("\" y=\"").append(HEIGHT - 2).append("\" text-anchor=\"end\">")
          .append(buckets.lastKey()).append("</text>");
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

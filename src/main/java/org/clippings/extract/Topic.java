package org.clippings.extract;

import java.util.List;

/** One topic of the taxonomy: id, IPTC Media Topics code (empty when none), label, parent id (empty at top level), signal phrases. */
public record Topic(String id, String iptc, String label, String parent, List<String> signals) {

  public Topic {
    iptc = iptc == null ? "" : iptc;
    parent = parent == null ? "" : parent;
    signals = signals == null ? List.of() : List.copyOf(signals);
  }

  public boolean isTopLevel() {
    return parent.isEmpty();
  }
}

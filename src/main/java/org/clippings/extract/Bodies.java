package org.clippings.extract;

import java.util.List;
import org.clippings.ingest.Block;

/**
 * Where the body of a record is kept once it is extracted. Records leave their bodies out so that
 * the whole archive fits in memory at 100,000 articles; the pages and exports that show a body ask
 * for it here, one record at a time. Implementations must accept calls from several threads.
 */
@FunctionalInterface
public interface Bodies {
  List<Block> of(Record r);
}

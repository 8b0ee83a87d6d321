package vn.plantrack.reporting.export;

import java.util.List;
import java.util.function.IntConsumer;
import vn.plantrack.reporting.export.Document.Block;
import vn.plantrack.reporting.export.Document.Table;

/**
 * How far a renderer has gone through a document's blocks, a table weighing one per row: reported
 * up to 90 as it lays them out, in steps of at least 5 (an export job stores each report), and 100
 * once the last byte is written.
 */
final class Progress {
  private static final int LAID_OUT = 90;
  private static final int STEP = 5;

  private final IntConsumer out;
  private final long total;
  private long done;
  private int reported;

  Progress(IntConsumer out, List<? extends Block> blocks) {
    this.out = out;
    this.total = Math.max(1, blocks.stream().mapToLong(Progress::weight).sum());
  }

  private static long weight(Block b) {
    return b instanceof Table t ? 1 + t.rows().size() : 1;
  }

  /** One more block, or one more row of a table. */
  void step() {
    done++;
    int p = (int) (LAID_OUT * Math.min(done, total) / total);
    if (p >= reported + STEP) {
      reported = p;
      out.accept(p);
    }
  }

  void finished() {
    out.accept(100);
  }
}

package vn.plantrack.fault;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every operation the workload sent, with its mark (a unique text its effect carries: a title, a
 * note, a source, a plan number) and what the client learned: acknowledged (2xx), failed (a
 * definite refusal before any unknown attempt), or unknown (no answer or 5xx until the client gave
 * up; retried with the same Idempotency-Key meanwhile).
 */
final class Ledger {
  enum Outcome {
    ACKED,
    FAILED,
    UNKNOWN
  }

  /** One operation. {@code target}: the object it acted on; {@code result}: the id it answered. */
  static final class Op {
    final String kind;
    final String key;
    final String mark;
    final String target;
    volatile Outcome outcome;
    volatile int status;
    volatile int attempts;
    volatile boolean sawUnknown;
    volatile String result;
    volatile String extra;

    Op(String kind, String key, String mark, String target) {
      this.kind = kind;
      this.key = key;
      this.mark = mark;
      this.target = target;
    }
  }

  final List<Op> ops = new CopyOnWriteArrayList<>();

  /** Failed answers by kind and status ("progress 409"), for the summary. */
  final Map<String, Integer> refusals = new ConcurrentHashMap<>();

  /** The first answer of each kind of refusal ("progress 409" → its problem), for the summary. */
  final Map<String, String> refusalExamples = new ConcurrentHashMap<>();

  void refused(String kindAndStatus, String answer) {
    refusals.merge(kindAndStatus, 1, Integer::sum);
    refusalExamples.putIfAbsent(kindAndStatus, answer);
  }

  Op add(String kind, String key, String mark, String target) {
    Op op = new Op(kind, key, mark, target);
    ops.add(op);
    return op;
  }

  long count(Outcome outcome) {
    return ops.stream().filter(o -> o.outcome == outcome).count();
  }

  /** Per kind: acked / failed / unknown. */
  Map<String, long[]> byKind() {
    Map<String, long[]> counts = new TreeMap<>();
    for (Op op : ops) {
      if (op.outcome == null) {
        continue;
      }
      counts.computeIfAbsent(op.kind, k -> new long[3])[op.outcome.ordinal()]++;
    }
    return counts;
  }

  List<Op> of(String kind) {
    return ops.stream().filter(o -> o.kind.equals(kind) && o.outcome != null).toList();
  }
}

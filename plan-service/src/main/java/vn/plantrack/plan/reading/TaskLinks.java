package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Which task of an implemented plan a sub-plan's task carries out, judged by the words they share.
 * A department's plan restates the provincial plan's tasks it was given ("Tiếp nhận, tổng hợp, đánh
 * giá, lựa chọn các sản phẩm, giải pháp…" in both), often with its own additions around them, and
 * prints none of the provincial codes. So the measure is containment: how many of the provincial
 * task's word pairs (diacritics and function words aside) the sub-plan's task contains. A
 * provincial task of fewer than {@link #MIN_PAIRS} pairs ("CSDL về khoa học và công nghệ") says too
 * little to be recognized in another text and is never suggested. These are suggestions for the
 * coordinator, who confirms them.
 */
public final class TaskLinks {
  /** The share of the shorter text's word pairs the two must have in common. */
  public static final double THRESHOLD = 0.7;

  /** How far the best match must stand above the second best. */
  public static final double MARGIN = 0.15;

  static final int MIN_PAIRS = 6;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "va", "cac", "cua", "trong", "de", "the", "tren", "theo", "voi", "cho", "ve", "nhung",
          "duoc", "tai", "la", "mot", "co", "tu", "khi", "dia", "ban", "tinh", "so", "nham", "nay");

  private TaskLinks() {}

  /** A task as the measure needs it. */
  public record Candidate(String code, String title) {}

  /** A suggested link: the sub-task, the implemented task, and their overlap (0 to 1). */
  public record Link(String code, String implementsCode, double score) {}

  /**
   * For each sub-task, its best match among the implemented tasks, when it reaches the threshold.
   */
  public static List<Link> suggest(List<Candidate> subTasks, List<Candidate> implemented) {
    List<Set<String>> implementedPairs = new ArrayList<>();
    implemented.forEach(t -> implementedPairs.add(pairs(t.title())));
    List<Link> links = new ArrayList<>();
    for (Candidate sub : subTasks) {
      Set<String> words = pairs(sub.title());
      if (words.size() < MIN_PAIRS) {
        continue;
      }
      Link best = null;
      double second = 0;
      for (int i = 0; i < implemented.size(); i++) {
        Set<String> theirs = implementedPairs.get(i);
        if (theirs.size() < MIN_PAIRS) {
          continue;
        }
        long shared = theirs.stream().filter(words::contains).count();
        double score = Math.round(1000.0 * shared / Math.min(words.size(), theirs.size())) / 1000.0;
        if (best == null || score > best.score()) {
          second = best == null ? second : best.score();
          best = new Link(sub.code(), implemented.get(i).code(), score);
        } else if (score > second) {
          second = score;
        }
      }
      if (best != null && best.score() >= THRESHOLD && best.score() - second >= MARGIN) {
        links.add(best);
      }
    }
    return links;
  }

  static Set<String> pairs(String text) {
    List<String> words = new ArrayList<>();
    for (String word :
        VietnameseText.fold(VietnameseText.normalize(text == null ? "" : text))
            .split("[^a-z0-9]+")) {
      if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
        words.add(word);
      }
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      pairs.add(words.get(i) + " " + words.get(i + 1));
    }
    return pairs;
  }
}

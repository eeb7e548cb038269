package org.demarc.model;

import java.util.List;

/** Names the writer of a document most likely meant, for messages about names Demarc does not know. */
public final class Names {
  private Names() {}

  /**
   * The name the writer most likely meant, or null: the one that differs only in case, underscores, hyphens or spaces;
   * else the only one within a small edit distance (a letter missing, added, changed or two swapped, about one in
   * four); else the only one the given name begins (at least four letters, e.g. {@code identified} for
   * {@code identifiedInAdvance}); else the only one (of at least four letters) that begins the given name
   * ({@code hospital} for {@code hosp}).
   */
  public static String closest(String given, List<String> names) {
    if (given == null || names.isEmpty() || given.length() > 64) { // no name is that long
      return null;
    }
    String g = normalized(given);
    List<String> forms = names.stream().map(Names::normalized).toList();
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).equals(g)) {
        return names.get(i);
      }
      int d = distance(g, forms.get(i));
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    if (!tie && bestDistance <= Math.max(1, g.length() / 4)) {
      return names.get(best);
    }
    String longer = g.length() >= 4 ? only(names, forms, f -> f.startsWith(g)) : null;
    return longer != null ? longer : only(names, forms, f -> f.length() >= 4 && g.startsWith(f));
  }

  /** The one name whose normal form passes the test, or null when none or several do. */
  private static String only(List<String> names, List<String> forms, java.util.function.Predicate<String> test) {
    String found = null;
    for (int i = 0; i < forms.size(); i++) {
      if (test.test(forms.get(i))) {
        if (found != null) {
          return null;
        }
        found = names.get(i);
      }
    }
    return found;
  }

  private static String normalized(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\-\\s]", "");
  }

  /** Edits between two names: letters inserted, deleted, changed, or two neighbours swapped (optimal string alignment). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

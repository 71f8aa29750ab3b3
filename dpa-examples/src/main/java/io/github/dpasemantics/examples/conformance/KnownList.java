package io.github.dpasemantics.examples.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of known failures or known coverage gaps ({@code dpa-conformance/known-failures.txt},
 * {@code dpa-conformance/known-coverage-gaps.txt}): one entry a line, its key (a case id, or a gap
 * such as {@code clause 2.1}) then, after two or more spaces or a tab, why. Blank lines and lines
 * starting with {@code #} are comments. An entry is temporary: it names a case the current code
 * fails, or a gap the suite still has, and goes when the fix lands (a listed entry that no longer
 * fails is itself reported, so the list cannot go stale).
 *
 * @param entries key to why, in file order
 */
public record KnownList(Map<String, String> entries) {

  /**
   * Copies the map.
   *
   * @param entries the entries
   */
  public KnownList {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * Returns the empty list.
   *
   * @return no entries
   */
  public static KnownList none() {
    return new KnownList(Map.of());
  }

  /**
   * Reads a list.
   *
   * @param file the file
   * @return the entries
   * @throws CaseFileException if the file cannot be read or has an entry twice
   */
  public static KnownList read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CaseFileException(file.toString(), "$", 0, 0, "cannot be read: " + e.getMessage(), null);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s{2,}|\\t", 2);
      String key = parts[0].strip();
      if (out.put(key, parts.length > 1 ? parts[1].strip() : "") != null) {
        throw new CaseFileException(file.toString(), "$", i + 1, 1, "'" + key + "' is listed twice", "one entry per key");
      }
    }
    return new KnownList(out);
  }

  /**
   * Tells whether a key is listed.
   *
   * @param key a case id or gap
   * @return true if listed
   */
  public boolean contains(String key) {
    return entries.containsKey(key);
  }
}

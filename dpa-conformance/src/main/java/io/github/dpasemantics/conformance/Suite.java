package io.github.dpasemantics.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled conformance suite of the Segment DPA: where its files are in this jar. The suite
 * itself is data (YAML case files and the JSON Schema of the case format, see
 * {@code docs/conformance.md}); this class only lists and opens them, so that a runner need not
 * scan the classpath.
 *
 * <pre>{@code
 * for (String file : Suite.caseFiles()) {          // "definitions.yaml", "monitor-security.yaml", ...
 *   try (InputStream in = Suite.openCaseFile(file)) { ... }
 * }
 * }</pre>
 *
 * <p>Resource layout (also usable without this class): {@value #CASES}{@code index.txt} lists the
 * case files, one name a line, sorted; each is {@value #CASES}{@code NAME}; the schema is
 * {@value #SCHEMA}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Suite {
  /** The resource folder of the case files, with a trailing slash. */
  public static final String CASES = "/io/github/dpasemantics/conformance/cases/";

  /** The resource path of the JSON Schema of a case file. */
  public static final String SCHEMA = "/io/github/dpasemantics/conformance/case.schema.json";

  private Suite() {}

  /**
   * Returns the names of the bundled case files, sorted, from the index written at build time.
   *
   * @return the file names, e.g. {@code definitions.yaml}
   * @throws IllegalStateException if the index is missing from the jar
   */
  public static List<String> caseFiles() {
    List<String> out = new ArrayList<>();
    try (InputStream in = open(CASES + "index.txt");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index of the conformance cases", e);
    }
    return List.copyOf(out);
  }

  /**
   * Opens one bundled case file.
   *
   * @param name a name from {@link #caseFiles()}
   * @return the file's bytes (UTF-8 YAML); the caller closes it
   * @throws IllegalArgumentException if there is no such case file
   */
  public static InputStream openCaseFile(String name) {
    if (name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("not a case file name: " + name);
    }
    InputStream in = Suite.class.getResourceAsStream(CASES + name);
    if (in == null) {
      throw new IllegalArgumentException("no bundled case file " + name + "; known: " + caseFiles());
    }
    return in;
  }

  /**
   * Returns where a bundled case file is, for messages and for readers that want a URL.
   *
   * @param name a name from {@link #caseFiles()}
   * @return the URL
   * @throws IllegalArgumentException if there is no such case file
   */
  public static URL caseFileUrl(String name) {
    URL url = Suite.class.getResource(CASES + name);
    if (url == null || name.contains("/")) {
      throw new IllegalArgumentException("no bundled case file " + name);
    }
    return url;
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of a case file.
   *
   * @return the schema's bytes; the caller closes it
   */
  public static InputStream openSchema() {
    return open(SCHEMA);
  }

  private static InputStream open(String resource) {
    InputStream in = Suite.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " (a broken dpa-conformance jar)");
    }
    return in;
  }
}

package io.github.dpasemantics.examples.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled default scenario: Acme GmbH's year under the Segment DPA (signatures; two
 * Subprocessor notices, one late and one expedited; a timely and a late objection; a failed
 * good-faith discussion; a port scan and a confirmed incident; an audit request answered with a
 * recent certification report; termination; a deletion request). The same file is published as
 * {@code docs/examples/default-timeline.json}.
 */
public final class DefaultScenario {
  /** The classpath resource holding the timeline. */
  public static final String RESOURCE = "/io/github/dpasemantics/examples/scenario/default-timeline.json";

  /** The name used for the bundled timeline in messages. */
  public static final String NAME = "default-timeline.json";

  private DefaultScenario() {}

  /**
   * Returns the timeline's JSON text.
   *
   * @return the JSON text
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static String json() {
    try (InputStream in = DefaultScenario.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("DefaultScenario: resource " + RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("DefaultScenario: cannot read " + RESOURCE, e);
    }
  }
}

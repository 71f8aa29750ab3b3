package io.github.dpasemantics.kafka;

import java.util.Objects;

/**
 * The names of the topics the topology reads and writes. All four are keyed by contract id; the
 * contracts and events topics must have the same number of partitions (they are joined in one
 * task per partition), and the contracts topic should be compacted (the last registration of each
 * contract is what matters).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contracts the compacted topic of contract registrations (ContractInstance JSON)
 * @param events the topic of events (DpaEvent JSON)
 * @param changes the output topic of changes of obligations and rights (Change JSON)
 * @param deadLetters the output topic of refused records ({@link DeadLetter} JSON)
 */
public record Topics(String contracts, String events, String changes, String deadLetters) {

  /**
   * Checks that every name is given and that the four differ.
   *
   * @param contracts the contracts topic
   * @param events the events topic
   * @param changes the changes topic
   * @param deadLetters the dead-letter topic
   */
  public Topics {
    for (String[] t : new String[][] {{"contracts", contracts}, {"events", events}, {"changes", changes},
        {"deadLetters", deadLetters}}) {
      if (t[1] == null || t[1].isBlank()) {
        throw new IllegalArgumentException("Topics." + t[0] + " = " + Objects.toString(t[1]) + ": a topic name must not be blank");
      }
    }
    if (new java.util.HashSet<>(java.util.List.of(contracts, events, changes, deadLetters)).size() != 4) {
      throw new IllegalArgumentException("Topics: the four topics must differ, got " + contracts + ", " + events + ", "
          + changes + ", " + deadLetters);
    }
  }

  /**
   * Returns the default names: {@code contracts}, {@code events}, {@code changes}, {@code dead-letters}.
   *
   * @return the default topics
   */
  public static Topics defaults() {
    return new Topics("contracts", "events", "changes", "dead-letters");
  }
}

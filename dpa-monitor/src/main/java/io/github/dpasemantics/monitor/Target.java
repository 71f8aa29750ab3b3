package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Effect} can touch and name: an obligation instance ({@link WorkingObligation}) or a right
 * ({@link Right}).
 */
interface Target {
  /**
   * Returns the target's id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the clause the target rests on: its kind's clause.
   *
   * @return the clause id
   */
  ClauseId clause();

  /**
   * The id scheme of instances and rights, {@code head@event[:subject]}: what it is (a clause or a
   * right's tag), the id of the event that created or opened it, and what it is about, if anything.
   */
  static String idOf(String head, String event, @Nullable String subject) {
    return subject == null ? head + '@' + event : head + '@' + event + ':' + subject;
  }
}

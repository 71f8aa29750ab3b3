package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing an input event did: the {@link EffectKind}, the id of the obligation instance or right
 * it touched (or of the fact it recorded, such as {@code "agreement"}), and the clause.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Effect {
  private final EffectKind kind;
  private final String targetId;
  private final ClauseId clause;

  Effect(EffectKind kind, String targetId, ClauseId clause) {
    this.kind = kind;
    this.targetId = targetId;
    this.clause = clause;
  }

  /**
   * Returns what the event did.
   *
   * @return the kind
   */
  public EffectKind getKind() {
    return kind;
  }

  /**
   * Returns the id of the obligation instance, right or fact touched.
   *
   * @return the id
   */
  public String getTargetId() {
    return targetId;
  }

  /**
   * Returns the clause the effect rests on.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Effect && ((Effect) o).kind == kind && ((Effect) o).targetId.equals(targetId)
        && ((Effect) o).clause.equals(clause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, targetId, clause);
  }

  @Override
  public String toString() {
    return kind + " " + targetId + " (" + clause + ")";
  }
}

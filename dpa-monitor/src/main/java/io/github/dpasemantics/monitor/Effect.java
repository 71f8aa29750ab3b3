package io.github.dpasemantics.monitor;

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
  /** The instance or right touched (the engine's working copy), or null for a recorded fact. */
  private final @Nullable Target target;
  private final String targetId;
  private final ClauseId clause;

  /** An effect on a recorded fact, or on an instance or right named by its id alone. */
  Effect(EffectKind kind, String targetId, ClauseId clause) {
    this(kind, null, targetId, clause);
  }

  Effect(EffectKind kind, @Nullable Target target, String targetId, ClauseId clause) {
    this.kind = kind;
    this.target = target;
    this.targetId = targetId;
    this.clause = clause;
  }

  /** The instance or right touched, if any (the engine's working copy). */
  @Nullable Target target() {
    return target;
  }

  /** The instance touched, if the target is one (the engine's working copy). */
  @Nullable WorkingObligation obligation() {
    return target instanceof WorkingObligation ? (WorkingObligation) target : null;
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
    return o instanceof Effect && ((Effect) o).kind == kind && ((Effect) o).getTargetId().equals(getTargetId())
        && ((Effect) o).clause.equals(clause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, getTargetId(), clause);
  }

  @Override
  public String toString() {
    return kind + " " + getTargetId() + " (" + clause + ")";
  }
}

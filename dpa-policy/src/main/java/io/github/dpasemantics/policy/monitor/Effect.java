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
  // the target id, or its parts: an instance whose id is built on demand, or a prefix and a suffix
  // (for "incident:" + id), so applying an event builds no string
  private final @Nullable Inst inst;
  private final String prefix;
  private final @Nullable String suffix;
  private final ClauseId clause;

  Effect(EffectKind kind, String targetId, ClauseId clause) {
    this(kind, null, targetId, null, clause);
  }

  Effect(EffectKind kind, @Nullable Inst inst, String prefix, @Nullable String suffix, ClauseId clause) {
    this.kind = kind;
    this.inst = inst;
    this.prefix = prefix;
    this.suffix = suffix;
    this.clause = clause;
  }

  /** The instance touched, if the target is one (the engine's working copy). */
  @Nullable Inst inst() {
    return inst;
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
    Inst i = inst;
    if (i != null) {
      return i.id();
    }
    String s = suffix;
    return s == null ? prefix : prefix.concat(s);
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

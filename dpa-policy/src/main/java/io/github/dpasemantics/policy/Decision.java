package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.time.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a policy: the outcome, the clause ids it rests on, the reasons (codes, rendered
 * as sentences on demand), the readings of open passages that mattered, and for deadline
 * questions the window itself.
 *
 * <p>The outcome type says what kind of question was asked: {@code Decision<Boolean>} for yes/no
 * rules ({@link #isYes()}), {@code Decision<LocalDate>} for dates, an enum or a set for the
 * rest. A decision is built from constants and the caller's values only; sentences are rendered
 * by {@link Reason#getText()} and {@link #explain()} when asked for.
 *
 * <pre>{@code
 * DpaTerms terms = DpaTerms.segment();
 * Interpretations readings = Interpretations.defaults();
 * Decision<LocalDate> d = Subprocessing.objectionDeadline(LocalDate.of(2025, 3, 3), terms, readings);
 * d.getOutcome();                                  // 2025-03-08
 * d.getClauses();                                  // [6.3]
 * d.explain().lines().findFirst().orElseThrow();   // Subprocessing.objectionDeadline = 2025-03-08
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its outcome is.
 *
 * @param <T> the outcome type
 */
public final class Decision<T> {
  private static final Interpretation[] NO_READINGS = new Interpretation[0];

  private final String policy;
  private final T outcome;
  // arrays may be longer than their counts (the builder hands over its buffers without trimming)
  private final Reason[] reasons;
  private final int reasonCount;
  private final Interpretation[] readings;
  private final int readingCount;
  private final @Nullable Window window;

  private Decision(String policy, T outcome, Reason[] reasons, int reasonCount, Interpretation[] readings,
      int readingCount, @Nullable Window window) {
    this.policy = policy;
    this.outcome = outcome;
    this.reasons = reasons;
    this.reasonCount = reasonCount;
    this.readings = readings;
    this.readingCount = readingCount;
    this.window = window;
  }

  /**
   * Returns a decision resting on the given reasons.
   *
   * @param <T> the outcome type
   * @param policy the policy's name, e.g. {@code "Subprocessing.objectionAllowed"}
   * @param outcome the outcome, not null
   * @param reasons at least one reason
   * @return the decision
   * @throws IllegalArgumentException if no reason is given
   */
  public static <T> Decision<T> of(String policy, T outcome, Reason... reasons) {
    return new Decision<>(policy, Objects.requireNonNull(outcome, "Decision.outcome must not be null"),
        requireReasons(policy, reasons), reasons.length, NO_READINGS, 0, null);
  }

  /**
   * Returns a builder, for decisions with readings or a window.
   *
   * @param <T> the outcome type
   * @param policy the policy's name
   * @param outcome the outcome, not null
   * @return a builder
   */
  public static <T> Builder<T> builder(String policy, T outcome) {
    return new Builder<>(policy, Objects.requireNonNull(outcome, "Decision.outcome must not be null"));
  }

  private static Reason[] requireReasons(String policy, Reason[] reasons) {
    return requireReasons(policy, reasons, reasons.length);
  }

  private static Reason[] requireReasons(String policy, Reason[] reasons, int count) {
    if (count == 0) {
      throw new IllegalArgumentException("Decision of " + policy + " must rest on at least one reason");
    }
    return reasons;
  }

  /**
   * Returns the name of the policy that decided, e.g. {@code "Subprocessing.objectionAllowed"}.
   *
   * @return the policy name
   */
  public String getPolicy() {
    return policy;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public T getOutcome() {
    return outcome;
  }

  /**
   * Tells whether a yes/no decision came out yes.
   *
   * @return true if the outcome is {@link Boolean#TRUE}
   * @throws IllegalStateException if the outcome is not a Boolean
   */
  public boolean isYes() {
    if (outcome instanceof Boolean) {
      return (Boolean) outcome;
    }
    throw new IllegalStateException("Decision of " + policy + " is not yes/no: outcome is " + outcome);
  }

  /**
   * Returns the ids of the clauses the decision rests on, in document order, without repeats.
   *
   * @return the clause ids, never empty
   */
  public List<ClauseId> getClauses() {
    TreeSet<ClauseId> ids = new TreeSet<>();
    for (int i = 0; i < reasonCount; i++) {
      ids.add(reasons[i].getClause());
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the reasons, in the order the policy gave them.
   *
   * @return the reasons, never empty
   */
  public List<Reason> getReasons() {
    return List.of(Arrays.copyOf(reasons, reasonCount));
  }

  /**
   * Returns the machine-readable reason codes, in order.
   *
   * @return the codes
   */
  public List<ReasonCode> getReasonCodes() {
    List<ReasonCode> out = new ArrayList<>(reasonCount);
    for (int i = 0; i < reasonCount; i++) {
      out.add(reasons[i].getCode());
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether the decision gave the given reason code.
   *
   * @param code the code
   * @return true if one of the reasons has this code
   */
  public boolean hasReason(ReasonCode code) {
    for (int i = 0; i < reasonCount; i++) {
      if (reasons[i].getCode() == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the readings of open passages that mattered to this decision (default or not).
   *
   * @return the interpretations applied
   */
  public List<Interpretation> getInterpretations() {
    return List.of(Arrays.copyOf(readings, readingCount));
  }

  /**
   * Returns the window, for deadline questions.
   *
   * @return the window, or empty
   */
  public Optional<Window> getWindow() {
    return Optional.ofNullable(window);
  }

  /**
   * Returns the decision in words: the outcome, each reason as a sentence with its clause id,
   * the window and the readings applied, one per line.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(policy).append(" = ").append(outcome instanceof Boolean ? ((Boolean) outcome ? "yes" : "no") : outcome);
    for (Reason r : getReasons()) {
      sb.append("\n  because ").append(r.getText());
    }
    if (window != null) {
      sb.append("\n  window ").append(window.getOpens().map(Object::toString).orElse("..")).append(" to ")
          .append(window.getCloses()).append(" (").append(window.getCounting().description()).append(')');
    }
    for (Interpretation i : getInterpretations()) {
      sb.append("\n  reading ").append(i.name()).append(i.isDefault() ? " (default)" : " (chosen)")
          .append(": ").append(i.reading());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision<?> d = (Decision<?>) o;
    return policy.equals(d.policy) && outcome.equals(d.outcome) && getReasons().equals(d.getReasons())
        && getInterpretations().equals(d.getInterpretations()) && Objects.equals(window, d.window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, outcome, getReasons(), getInterpretations(), window);
  }

  @Override
  public String toString() {
    return "Decision[" + policy + "=" + outcome + ", " + getReasons()
        + (readingCount == 0 ? "" : ", readings=" + getInterpretations())
        + (window == null ? "" : ", window=" + window) + "]";
  }

  /**
   * Builds a {@link Decision} with readings or a window. Not thread-safe; builds once, after which
   * every call throws {@link IllegalStateException} (the decision shares the builder's buffers).
   *
   * @param <T> the outcome type
   */
  public static final class Builder<T> {
    private final String policy;
    private final T outcome;
    private Reason[] reasons = new Reason[4];
    private int reasonCount;
    private Interpretation[] readings = NO_READINGS;
    private int readingCount;
    private @Nullable Window window;
    private boolean built;

    private void checkNotBuilt() {
      if (built) {
        throw new IllegalStateException("Decision.Builder of " + policy + " has already built its Decision; use a new builder");
      }
    }

    private Builder(String policy, T outcome) {
      this.policy = policy;
      this.outcome = outcome;
    }

    /**
     * Adds a reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder<T> reason(Reason reason) {
      Objects.requireNonNull(reason, "Decision.Builder.reason must not be null");
      checkNotBuilt();
      if (reasonCount == reasons.length) {
        reasons = Arrays.copyOf(reasons, reasonCount * 2);
      }
      reasons[reasonCount++] = reason;
      return this;
    }

    /**
     * Adds a reason with no arguments.
     *
     * @param code the code
     * @return this builder
     */
    public Builder<T> reason(ReasonCode code) {
      return reason(Reason.of(code));
    }

    /**
     * Adds a reason with arguments.
     *
     * @param code the code
     * @param args the values for its template
     * @return this builder
     */
    public Builder<T> reason(ReasonCode code, Object... args) {
      return reason(Reason.of(code, args));
    }

    /**
     * Records a reading of an open passage that the decision applied.
     *
     * @param reading the reading
     * @return this builder
     */
    public Builder<T> reading(Interpretation reading) {
      Objects.requireNonNull(reading, "Decision.Builder.reading must not be null");
      checkNotBuilt();
      if (readingCount == readings.length) {
        readings = Arrays.copyOf(readings, readingCount == 0 ? 2 : readingCount * 2);
      }
      readings[readingCount++] = reading;
      return this;
    }

    /**
     * Sets the window of a deadline decision.
     *
     * @param w the window
     * @return this builder
     */
    public Builder<T> window(Window w) {
      checkNotBuilt();
      this.window = Objects.requireNonNull(w, "Decision.Builder.window must not be null");
      return this;
    }

    /**
     * Builds the decision.
     *
     * @return the decision
     * @throws IllegalArgumentException if no reason was added
     */
    public Decision<T> build() {
      // the buffers are handed over untrimmed, so a builder builds once and is then closed
      checkNotBuilt();
      built = true;
      return new Decision<>(policy, outcome, requireReasons(policy, reasons, reasonCount), reasonCount,
          readings, readingCount, window);
    }
  }
}

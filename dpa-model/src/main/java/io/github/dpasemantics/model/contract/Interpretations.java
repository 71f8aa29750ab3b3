package io.github.dpasemantics.model.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The chosen reading of every {@link Question}: one {@link Interpretation} per question, the
 * default unless replaced with {@link #with(Interpretation)}.
 *
 * <p>Lookups are array reads, cheap enough for every decision. This class is immutable and
 * thread-safe.
 */
public final class Interpretations {
  private static final Interpretations DEFAULTS = new Interpretations(defaultsArray());

  private final Interpretation[] chosen;

  private Interpretations(Interpretation[] chosen) {
    this.chosen = chosen;
  }

  private static Interpretation[] defaultsArray() {
    Question[] qs = Question.values();
    Interpretation[] out = new Interpretation[qs.length];
    for (Question q : qs) {
      out[q.ordinal()] = q.defaultReading();
    }
    return out;
  }

  /**
   * Returns the library's default readings.
   *
   * @return the defaults
   */
  public static Interpretations defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the defaults with each given reading replacing the default of its question. Two
   * readings of the same question are refused.
   *
   * @param readings the readings to choose
   * @return the interpretations
   * @throws IllegalArgumentException if two readings answer the same question
   */
  public static Interpretations of(Interpretation... readings) {
    Objects.requireNonNull(readings, "Interpretations.of: readings must not be null");
    Interpretations out = DEFAULTS;
    boolean[] seen = new boolean[Question.values().length];
    for (Interpretation r : readings) {
      Objects.requireNonNull(r, "Interpretations.of: a reading is null");
      if (seen[r.question().ordinal()]) {
        throw new IllegalArgumentException(
            "Interpretations.of: two readings given for question " + r.question()
                + " (second: " + r + "); choose one");
      }
      seen[r.question().ordinal()] = true;
      out = out.with(r);
    }
    return out;
  }

  /**
   * Returns a copy with the given reading chosen for its question.
   *
   * @param reading the reading, not null
   * @return the changed copy, or this if already chosen
   */
  public Interpretations with(Interpretation reading) {
    Objects.requireNonNull(reading, "Interpretations.with: reading must not be null");
    int i = reading.question().ordinal();
    if (chosen[i] == reading) {
      return this;
    }
    Interpretation[] copy = chosen.clone();
    copy[i] = reading;
    return new Interpretations(copy);
  }

  /**
   * Returns the reading chosen for a question.
   *
   * @param question the question
   * @return the chosen reading
   */
  public Interpretation get(Question question) {
    return chosen[question.ordinal()];
  }

  /**
   * Tells whether the given reading is the one chosen for its question.
   *
   * @param reading the reading
   * @return true if chosen
   */
  public boolean is(Interpretation reading) {
    return chosen[reading.question().ordinal()] == reading;
  }

  /**
   * Returns the readings that differ from the defaults, in question order.
   *
   * @return the non-default readings
   */
  public List<Interpretation> getNonDefault() {
    List<Interpretation> out = new ArrayList<>();
    for (Interpretation i : chosen) {
      if (!i.isDefault()) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every chosen reading, in question order.
   *
   * @return the readings
   */
  public List<Interpretation> getAll() {
    return List.of(chosen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interpretations && Arrays.equals(chosen, ((Interpretations) o).chosen);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(chosen);
  }

  @Override
  public String toString() {
    return "Interpretations" + getNonDefault();
  }
}

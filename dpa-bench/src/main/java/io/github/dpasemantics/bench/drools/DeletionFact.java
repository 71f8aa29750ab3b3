package io.github.dpasemantics.bench.drools;

import io.github.dpasemantics.bench.Inputs;
import java.time.LocalDate;

/** 9.1: a deletion request and the Agreement's end; {@link #getDue()} is set by the rules. */
public final class DeletionFact {
  private static final LocalDate NONE = LocalDate.MIN;
  private final LocalDate request;
  private final LocalDate agreementEnd;
  private LocalDate due = NONE;

  /**
   * Wraps an input.
   *
   * @param in the input
   */
  public DeletionFact(Inputs.Deletion in) {
    this.request = in.request();
    this.agreementEnd = in.agreementEnd();
  }

  public LocalDate getRequest() {
    return request;
  }

  public LocalDate getAgreementEnd() {
    return agreementEnd;
  }

  /**
   * Returns the due day the rules set, or {@link LocalDate#MIN} if no rule fired.
   *
   * @return the due day
   */
  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  /** Clears the result before the fact is evaluated again. */
  public void reset() {
    due = NONE;
  }
}

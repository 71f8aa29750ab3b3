package io.github.dpasemantics.bench.drools;

import io.github.dpasemantics.bench.Inputs;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;

/** 6.3: a notice and an objection; {@link #isAllowed()} is set by the rule. */
public final class ObjectionFact {
  private final LocalDate notice;
  private final LocalDate objection;
  private final boolean inWriting;
  private final boolean reasonableGrounds;
  private boolean allowed;

  /**
   * Wraps an input.
   *
   * @param in the input
   */
  public ObjectionFact(Inputs.Objection in) {
    this.notice = in.notice();
    this.objection = in.objection();
    this.inWriting = in.form() == Form.IN_WRITING;
    this.reasonableGrounds = in.grounds() == ObjectionGrounds.REASONABLE_DATA_PROTECTION;
  }

  public LocalDate getNotice() {
    return notice;
  }

  public LocalDate getObjection() {
    return objection;
  }

  public boolean isInWriting() {
    return inWriting;
  }

  public boolean isReasonableGrounds() {
    return reasonableGrounds;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public void setAllowed(boolean allowed) {
    this.allowed = allowed;
  }

  /** Clears the result before the fact is evaluated again. */
  public void reset() {
    allowed = false;
  }
}

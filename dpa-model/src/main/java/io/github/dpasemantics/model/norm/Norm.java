package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One obligation, permission, prohibition or right that the Addendum creates, as data: who bears
 * it, who benefits, the clause, what creates an instance of it, by when it is owed, under which
 * conditions and with which exceptions, and which events perform, break, discharge, suspend or
 * resume it. This is what the obligation monitor instantiates.
 *
 * <p>The parties: the <em>bearer</em> is the party the norm addresses, the one who must (an
 * obligation), may (a permission), must not (a prohibition) or can (a right or power); the
 * <em>beneficiary</em> is the other party, the one to whom the obligation is owed, who must
 * suffer the permitted act, whom the prohibition protects, or against whom the right is held.
 *
 * <p>The events: for an obligation, {@link #getFulfilledBy()} are the events that perform it; for
 * a permission or a right, the events that exercise it; a prohibition is kept by not acting, so
 * it has none. {@link #getViolatedBy()} are the events that break the norm if they occur while an
 * instance is open and the norm's conditions are not met (a Third Party Subprocessor's first
 * processing before timely notice, 6.3; a change of Security Measures that materially decreases
 * Segment's obligations, 7.2). The deadline is counted from the date of the triggering event,
 * or, if {@link #getDeadlineAnchor()} is present, from the date of the first event of that type
 * about the same matter (the notice of 6.3 is due at least ten days before the Subprocessor's
 * first processing).
 *
 * <p>The end of the Agreement ({@link EventType#isAgreementEnd()}) terminates the Addendum (3.4)
 * and with it every open instance of a norm, except those {@link #isSurvivingTermination()
 * surviving termination}; that generic rule is not repeated in each norm's
 * {@link #getDischargedBy()}.
 *
 * <pre>{@code
 * Norm advanceNotice = Norms.segmentDpa().require("6.3/advance-notice");
 * advanceNotice.getBearer();              // SEGMENT
 * advanceNotice.getDeadline();            // atLeastDaysBefore(SUBPROCESSOR_NOTICE_DAYS)
 * advanceNotice.getDeadlineAnchor();      // Optional[SUBPROCESSOR_FIRST_PROCESSING]
 * advanceNotice.getExemptions().size();   // 1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Norm implements WithNorm {

  /** The kinds of clause that create norms: obligation, permission, prohibition, right or power. */
  public static final Set<NormKind> NORMATIVE_KINDS =
      java.util.Collections.unmodifiableSet(EnumSet.of(
          NormKind.OBLIGATION, NormKind.PERMISSION, NormKind.PROHIBITION, NormKind.RIGHT_OR_POWER));

  Norm() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, clause, kind, bearer, beneficiary, text, trigger; optional: deadline,
   * deadlineAnchor, conditions, exemptions, fulfilledBy, violatedBy, dischargedBy, suspendedBy,
   * resumedBy, survivingTermination.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Norm}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableNorm.Builder {
    Builder() {}
  }

  /**
   * Returns the norm's id: its clause id, a slash and a kebab-case name, such as
   * {@code "6.3/advance-notice"}.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the clause that creates the norm.
   *
   * @return the clause id
   */
  public abstract ClauseId getClause();

  /**
   * Returns what kind of norm it is: one of {@link #NORMATIVE_KINDS}.
   *
   * @return the kind
   */
  public abstract NormKind getKind();

  /**
   * Returns the party the norm addresses (who must, may, must not, or can).
   *
   * @return the bearer
   */
  public abstract PartyKind getBearer();

  /**
   * Returns the other party: to whom it is owed, who suffers it, whom it protects, or against
   * whom it is held.
   *
   * @return the beneficiary
   */
  public abstract PartyKind getBeneficiary();

  /**
   * Returns the norm in words, quoting or closely paraphrasing the clause.
   *
   * @return the text
   */
  @NotBlank(message = "Norm.text = '${validatedValue}': must not be blank")
  public abstract String getText();

  /**
   * Returns what creates an instance of the norm.
   *
   * @return the trigger
   */
  @Valid
  public abstract Trigger getTrigger();

  /**
   * Returns by when the norm is owed, or for a right the window in which it can be exercised;
   * {@link DeadlineRule#none()} if the text sets no time.
   *
   * @return the deadline rule; defaults to {@link DeadlineRule#none()}
   */
  @Value.Default
  public DeadlineRule getDeadline() {
    return DeadlineRule.none();
  }

  /**
   * Returns the event type whose date the deadline is counted from, if it is not the trigger's:
   * the first event of this type about the same matter.
   *
   * @return the anchor event type, or empty for the trigger's date
   */
  public abstract Optional<EventType> getDeadlineAnchor();

  /**
   * Returns the conditions under which a triggering event creates an instance, or an act
   * performs it: all must hold.
   *
   * @return the conditions, in the order of the text
   */
  public abstract List<@Valid Condition> getConditions();

  /**
   * Returns the exceptions the text makes to the norm.
   *
   * @return the exemptions, in the order of the text
   */
  public abstract List<@Valid Exemption> getExemptions();

  /**
   * Returns the event types that perform the norm (an obligation) or exercise it (a permission
   * or right); empty for a prohibition and for a continuing duty no single event performs.
   *
   * @return the event types
   */
  public abstract Set<EventType> getFulfilledBy();

  /**
   * Returns the event types that break the norm if they occur while an instance is open and its
   * conditions are not met.
   *
   * @return the event types
   */
  public abstract Set<EventType> getViolatedBy();

  /**
   * Returns the event types that end an instance without performance and without breach
   * (retention required by law, 9.2; the Agreement's end for a right to terminate it).
   *
   * @return the event types
   */
  public abstract Set<EventType> getDischargedBy();

  /**
   * Returns the event types that suspend an open instance (a law-enforcement request or an
   * investigation delaying incident notice, 7.3).
   *
   * @return the event types
   */
  public abstract Set<EventType> getSuspendedBy();

  /**
   * Returns the event types that end a suspension.
   *
   * @return the event types; empty if {@link #getSuspendedBy()} is
   */
  public abstract Set<EventType> getResumedBy();

  /**
   * Returns whether the norm outlives the Addendum's automatic termination with the Agreement
   * (3.4). Only norms that arise from or concern the end of the Agreement do: deletion (9.1,
   * under the default reading {@code DELETION_SURVIVES_ADDENDUM}), data retained by law (9.2)
   * and certification of deletion (A.4.3.7). Defaults to false.
   *
   * @return true if the norm survives the Addendum
   */
  @Value.Default
  public boolean isSurvivingTermination() {
    return false;
  }

  /**
   * Returns whether the norm is standing: in force from the Effective Date.
   *
   * @return {@code getTrigger().isStanding()}
   */
  public final boolean isStanding() {
    return getTrigger().isStanding();
  }

  /**
   * Returns whether an event of the given type can create an instance of this norm.
   *
   * @param type the event type
   * @return true if the trigger names it
   */
  public final boolean isTriggeredBy(EventType type) {
    return getTrigger().getEvents().contains(type);
  }

  /**
   * Returns the event types that bear on this norm in any way: trigger, deadline anchor,
   * performance, breach, discharge, suspension, resumption and the exemptions' evidence.
   *
   * @return a new set of the event types
   */
  public final Set<EventType> getInvolvedEvents() {
    Set<EventType> all = EnumSet.noneOf(EventType.class);
    all.addAll(getTrigger().getEvents());
    getDeadlineAnchor().ifPresent(all::add);
    all.addAll(getFulfilledBy());
    all.addAll(getViolatedBy());
    all.addAll(getDischargedBy());
    all.addAll(getSuspendedBy());
    all.addAll(getResumedBy());
    for (Exemption exemption : getExemptions()) {
      all.addAll(exemption.getEvidencedBy());
    }
    return all;
  }

  /** Checks that the norm is consistent in itself; fails fast on construction. */
  @Value.Check
  protected void check() {
    String prefix = getClause() + "/";
    String name = getId().startsWith(prefix) ? getId().substring(prefix.length()) : "";
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalStateException(
          "Norm.id = '" + getId() + "': must be the clause id '" + getClause()
              + "', a slash and a kebab-case name, such as '" + prefix + "notify'");
    }
    if (!NORMATIVE_KINDS.contains(getKind())) {
      throw new IllegalStateException(
          "Norm.kind = " + getKind() + " for '" + getId() + "': must be one of " + NORMATIVE_KINDS);
    }
    if (getBearer() == getBeneficiary()) {
      throw new IllegalStateException(
          "Norm.beneficiary = " + getBeneficiary() + " for '" + getId()
              + "': must differ from the bearer");
    }
    if (getKind() == NormKind.PROHIBITION && !getFulfilledBy().isEmpty()) {
      throw new IllegalStateException(
          "Norm.fulfilledBy = " + getFulfilledBy() + " for prohibition '" + getId()
              + "': a prohibition is kept by not acting, so no event fulfils it");
    }
    if (getDeadlineAnchor().isPresent() && !getDeadline().isComputable()) {
      throw new IllegalStateException(
          "Norm.deadlineAnchor = " + getDeadlineAnchor().get() + " for '" + getId()
              + "': an anchor needs a deadline with a date, not " + getDeadline());
    }
    if (getSuspendedBy().isEmpty() && !getResumedBy().isEmpty()) {
      throw new IllegalStateException(
          "Norm.resumedBy = " + getResumedBy() + " for '" + getId()
              + "': nothing can resume a norm that nothing suspends");
    }
    for (Exemption exemption : getExemptions()) {
      Set<EventType> allowed = switch (exemption.getEffect()) {
        case SUSPENDS -> getSuspendedBy();
        case DISCHARGES -> getDischargedBy();
        case REPLACES_DEADLINE -> getTrigger().getEvents();
      };
      if (!allowed.containsAll(exemption.getEvidencedBy())) {
        throw new IllegalStateException(
            "Norm.exemptions = '" + exemption.getCode() + "' for '" + getId() + "': its evidence "
                + exemption.getEvidencedBy() + " must be among the events that "
                + exemption.getEffect() + " the norm, " + allowed);
      }
    }
  }
}

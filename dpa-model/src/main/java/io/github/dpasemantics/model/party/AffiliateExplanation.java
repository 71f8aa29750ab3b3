package io.github.dpasemantics.model.party;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to "are these two entities Affiliates (2.1)?", with the chain of control that
 * proves it.
 *
 * <p>When they are Affiliates, {@link #getController()} is the entity at the top: the subject
 * itself (it controls the other), the other entity (it controls the subject), or a third entity
 * (common control). {@link #getSubjectChain()} is the chain of relations from that controller
 * down to the subject (empty when the subject is the controller) and {@link #getOtherChain()} the
 * chain down to the other entity. The chains are shortest chains, chosen deterministically.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AffiliateExplanation implements WithAffiliateExplanation {

  AffiliateExplanation() {}

  /**
   * A new builder.
   *
   * <p>Required: subject, other, basis; optional: controller, subjectChain, otherChain.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AffiliateExplanation}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAffiliateExplanation.Builder {
    Builder() {}
  }

  /**
   * The id of the subject entity.
   *
   * @return the subject's id
   */
  public abstract String getSubject();

  /**
   * The id of the entity compared with the subject.
   *
   * @return the other entity's id
   */
  public abstract String getOther();

  /**
   * Why they are or are not Affiliates.
   *
   * @return the basis of the answer
   */
  public abstract AffiliateBasis getBasis();

  /**
   * The controlling entity at the top of both chains, when they are Affiliates.
   *
   * @return the controller's id when the basis makes the two Affiliates, otherwise empty
   */
  public abstract Optional<String> getController();

  /**
   * The chain of control from the controller down to the subject.
   *
   * @return the relations from the controller down to the subject, in order; empty when the subject
   *     is the controller or the two are not Affiliates
   */
  public abstract List<ControlRelation> getSubjectChain();

  /**
   * The chain of control from the controller down to the other entity.
   *
   * @return the relations from the controller down to the other entity, in order; empty when the
   *     other entity is the controller or the two are not Affiliates
   */
  public abstract List<ControlRelation> getOtherChain();

  /**
   * Whether the two are Affiliates under 2.1.
   *
   * @return {@code true} if the basis is control, being controlled or common control
   */
  public final boolean isAffiliated() {
    return getBasis().isAffiliated();
  }

  /**
   * The clause this answer rests on: {@code "2.1"}.
   *
   * @return the clause id {@code "2.1"}
   */
  public final String getClause() {
    return "2.1";
  }

  /**
   * The answer in words, naming each relation of the chains.
   *
   * @return one sentence stating whether they are Affiliates and why, citing 2.1
   */
  public final String describe() {
    switch (getBasis()) {
      case SUBJECT_CONTROLS_OTHER:
        return getSubject() + " and " + getOther() + " are Affiliates (2.1): " + getSubject()
            + " controls " + getOther() + " [" + chain(getOtherChain()) + "]";
      case OTHER_CONTROLS_SUBJECT:
        return getSubject() + " and " + getOther() + " are Affiliates (2.1): " + getSubject()
            + " is controlled by " + getOther() + " [" + chain(getSubjectChain()) + "]";
      case COMMON_CONTROL:
        return getSubject() + " and " + getOther() + " are Affiliates (2.1): both are under"
            + " common control of " + getController().orElse("?") + " ["
            + chain(getSubjectChain()) + "] and [" + chain(getOtherChain()) + "]";
      case SAME_ENTITY:
        return getSubject() + " is the same entity as " + getOther()
            + ": an entity is not its own Affiliate (2.1)";
      default:
        return getSubject() + " and " + getOther() + " are not Affiliates (2.1): no chain of"
            + " control links them";
    }
  }

  private static String chain(List<ControlRelation> relations) {
    return relations.stream().map(ControlRelation::describe).collect(Collectors.joining("; "));
  }

  /**
   * Checks that a controller is present exactly when the basis makes the two entities Affiliates,
   * and that each chain leads unbroken from the controller down to its entity.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    boolean affiliated = getBasis().isAffiliated();
    if (affiliated != getController().isPresent()) {
      throw new IllegalStateException(
          "AffiliateExplanation.controller = " + getController() + ": must be present exactly"
              + " when the basis (" + getBasis() + ") makes the entities Affiliates");
    }
    if (!affiliated && !(getSubjectChain().isEmpty() && getOtherChain().isEmpty())) {
      throw new IllegalStateException(
          "AffiliateExplanation.subjectChain/otherChain: must be empty when the basis is "
              + getBasis());
    }
    if (affiliated) {
      String top = getController().orElseThrow();
      checkChain("subjectChain", top, getSubject(), getSubjectChain());
      checkChain("otherChain", top, getOther(), getOtherChain());
    }
  }

  private static void checkChain(
      String field, String top, String bottom, List<ControlRelation> relations) {
    String at = top;
    for (ControlRelation r : relations) {
      if (!r.getController().equals(at)) {
        throw new IllegalStateException(
            "AffiliateExplanation." + field + " = " + relations + ": relation " + r.describe()
                + " does not continue the chain from " + at);
      }
      at = r.getControlled();
    }
    if (!at.equals(bottom)) {
      throw new IllegalStateException(
          "AffiliateExplanation." + field + " = " + relations + ": must lead from " + top
              + " down to " + bottom + " but ends at " + at);
    }
  }
}

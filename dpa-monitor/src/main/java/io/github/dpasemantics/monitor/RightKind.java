package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;
import io.github.dpasemantics.model.party.PartyKind;

/** The rights and powers of the Addendum that events open, each with its clause, holder and counterparty. */
public enum RightKind {
  /** 6.3: Customer may object in writing within N calendar days after notice of a new Third Party Subprocessor. */
  OBJECT_TO_SUBPROCESSOR("6.3/object-to-new-subprocessor",
      "object in writing, on reasonable data protection grounds, to the new Third Party Subprocessor"),
  /** 6.3: after an unresolved objection, Customer "as its sole and exclusive remedy, may terminate the Agreement for convenience"; the text sets no lapse date. */
  TERMINATE_FOR_CONVENIENCE("6.3/terminate-for-convenience",
      "terminate the Agreement for convenience, as Customer's sole and exclusive remedy"),
  /** 9.1: after termination or expiration Customer may request deletion; the text sets no lapse date. */
  REQUEST_DELETION("9.1/delete-customer-personal-data",
      "request deletion of all Customer Personal Data"),
  /** A.2.2.2: not more than once per calendar year, Customer may audit by reasonable requests for information. */
  AUDIT("A.2.2.2/audit",
      "audit Segment's Processing by submitting reasonable requests for information"),
  /** A.2.2.3: Segment may object to a third-party auditor that is not independent, a competitor or unqualified. */
  OBJECT_TO_AUDITOR("A.2.2.3/object-to-auditor",
      "object to the auditor as not independent, a competitor of Segment or otherwise unqualified");

  private final Norm norm;
  private final String power;

  RightKind(String normId, String power) {
    this.norm = Norms.segmentDpa().require(normId);
    this.power = power;
  }

  /**
   * Whether the norm is the right itself; otherwise it is the duty the right sets running (9.1:
   * the catalogue has no norm for the request), whose beneficiary holds the right.
   */
  private boolean isOwnNorm() {
    return norm.getKind() == NormKind.RIGHT_OR_POWER;
  }

  /**
   * Returns the clause that grants the right.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return norm.getClause();
  }

  /**
   * Returns the norm of the model's catalogue ({@link Norms#segmentDpa()}) that this right
   * instantiates. {@link #REQUEST_DELETION} has no norm of its own in the catalogue: it is the
   * Customer's request that sets {@code "9.1/delete-customer-personal-data"} running, so it
   * returns that norm.
   *
   * @return the norm
   */
  public Norm getNorm() {
    return norm;
  }

  /**
   * Returns the party that holds the right.
   *
   * @return the holder
   */
  public PartyKind getHolder() {
    return isOwnNorm() ? norm.getBearer() : norm.getBeneficiary();
  }

  /**
   * Returns the party the right is held against.
   *
   * @return the counterparty
   */
  public PartyKind getCounterparty() {
    return isOwnNorm() ? norm.getBeneficiary() : norm.getBearer();
  }

  /**
   * Returns what the holder may do, in the words of the text.
   *
   * @return the power
   */
  public String getPower() {
    return power;
  }
}

package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;
import io.github.dpasemantics.model.party.PartyKind;

/** The rights and powers of the Addendum that events open, each with its clause, holder and counterparty. */
public enum RightKind {
  /** 6.3: Customer may object in writing within N calendar days after notice of a new Third Party Subprocessor. */
  OBJECT_TO_SUBPROCESSOR("6.3", "6.3/object-to-new-subprocessor", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "object in writing, on reasonable data protection grounds, to the new Third Party Subprocessor"),
  /** 6.3: after an unresolved objection, Customer "as its sole and exclusive remedy, may terminate the Agreement for convenience"; the text sets no lapse date. */
  TERMINATE_FOR_CONVENIENCE("6.3", "6.3/terminate-for-convenience", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "terminate the Agreement for convenience, as Customer's sole and exclusive remedy"),
  /** 9.1: after termination or expiration Customer may request deletion; the text sets no lapse date. */
  REQUEST_DELETION("9.1", "9.1/delete-customer-personal-data", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "request deletion of all Customer Personal Data"),
  /** A.2.2.2: not more than once per calendar year, Customer may audit by reasonable requests for information. */
  AUDIT("A.2.2.2", "A.2.2.2/audit", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "audit Segment's Processing by submitting reasonable requests for information"),
  /** A.2.2.3: Segment may object to a third-party auditor that is not independent, a competitor or unqualified. */
  OBJECT_TO_AUDITOR("A.2.2.3", "A.2.2.3/object-to-auditor", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "object to the auditor as not independent, a competitor of Segment or otherwise unqualified");

  private final ClauseId clause;
  private final Norm norm;
  private final PartyKind holder;
  private final PartyKind counterparty;
  private final String power;

  RightKind(String clause, String normId, PartyKind holder, PartyKind counterparty, String power) {
    this.clause = ClauseId.parse(clause);
    this.norm = Norms.segmentDpa().require(normId);
    this.holder = holder;
    this.counterparty = counterparty;
    this.power = power;
  }

  /**
   * Returns the clause that grants the right.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
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
    return holder;
  }

  /**
   * Returns the party the right is held against.
   *
   * @return the counterparty
   */
  public PartyKind getCounterparty() {
    return counterparty;
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

package io.github.dpasemantics.model.party;

/**
 * The kinds of person or body the Addendum names, used wherever a clause or a norm says who it
 * binds and who it benefits.
 *
 * <p>This is a closed vocabulary taken from the text; richer party values (names, affiliate
 * relations, roles per regime) live beside it in this package.
 */
public enum PartyKind {
  /** Segment.io, Inc., the processor / service provider (1, A.1.3, B.2). */
  SEGMENT,
  /** The Customer, controller / business (1, A.1.3). */
  CUSTOMER,
  /** An Affiliate of Segment (2.1), specifically authorised as a Subprocessor (6.1). */
  SEGMENT_AFFILIATE,
  /** Any Subprocessor, Affiliate or Third Party (2.10). */
  SUBPROCESSOR,
  /** A Subprocessor that is not an Affiliate of Segment (2.11). */
  THIRD_PARTY_SUBPROCESSOR,
  /** A Source or Destination of Customer Data, never a Subprocessor (5.2). */
  SOURCE_OR_DESTINATION,
  /** A Data Subject (2.5). */
  DATA_SUBJECT,
  /** An employee or other representative of Customer with a direct business relationship with Segment (2.3, A.2.1.2). */
  CUSTOMER_REPRESENTATIVE,
  /** A third-party auditor appointed by Customer (A.2.2.3). */
  AUDITOR,
  /** A supervisory authority under EU Data Protection Law (A.1.1, A.2.2.4). */
  SUPERVISORY_AUTHORITY,
  /** Law enforcement, which may request that incident notice be delayed (7.3). */
  LAW_ENFORCEMENT
}

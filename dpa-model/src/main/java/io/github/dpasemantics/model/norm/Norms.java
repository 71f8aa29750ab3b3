package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.PartyKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A catalogue of norms, with lookup by id, clause, bearer, kind and triggering event. The
 * catalogue of the Segment Addendum, every obligation, permission, prohibition and right its
 * text creates, is {@link #segmentDpa()}; {@link #of(Iterable)} builds another.
 *
 * <pre>{@code
 * Norms norms = Norms.segmentDpa();
 * norms.byClause(ClauseId.parse("6.3")).size();                       // 6
 * norms.triggeredBy(EventType.SECURITY_EVENT_CONFIRMED).size();       // 2
 * norms.require("9.1/delete-customer-personal-data").getDeadline();   // withinDaysAfter(DELETION_DAYS)
 * }</pre>
 *
 * <p>Lists are in catalogue order: by clause in document order, and within a clause in the order
 * the text states the norms. This class is immutable and thread-safe.
 */
public final class Norms {
  private static final Norms SEGMENT_DPA = of(SegmentDpaNorms.all());

  private final List<Norm> norms;
  private final Map<String, Norm> byId;

  private Norms(List<Norm> norms, Map<String, Norm> byId) {
    this.norms = norms;
    this.byId = byId;
  }

  /**
   * Returns the norms of the Segment Data Protection Addendum (seed text).
   *
   * @return the catalogue
   */
  public static Norms segmentDpa() {
    return SEGMENT_DPA;
  }

  /**
   * Returns a catalogue of the given norms, sorted by clause (stable within a clause).
   *
   * @param norms the norms, with distinct ids
   * @return the catalogue
   * @throws NullPointerException if {@code norms} or one of them is null
   * @throws IllegalArgumentException naming the id, if two norms share an id
   */
  public static Norms of(Iterable<Norm> norms) {
    Objects.requireNonNull(norms, "Norms.of: norms must not be null");
    List<Norm> list = new ArrayList<>();
    for (Norm norm : norms) {
      list.add(Objects.requireNonNull(norm, "Norms.of: norms must not contain null"));
    }
    list.sort((a, b) -> a.getClause().compareTo(b.getClause()));
    Map<String, Norm> byId = new LinkedHashMap<>();
    for (Norm norm : list) {
      if (byId.putIfAbsent(norm.getId(), norm) != null) {
        throw new IllegalArgumentException(
            "Norms.of: norm id '" + norm.getId() + "' occurs more than once: ids must be unique");
      }
    }
    return new Norms(Collections.unmodifiableList(list), Collections.unmodifiableMap(byId));
  }

  /**
   * Returns every norm, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<Norm> getNorms() {
    return norms;
  }

  /**
   * Returns how many norms there are.
   *
   * @return the count
   */
  public int size() {
    return norms.size();
  }

  /**
   * Returns the norm with the given id.
   *
   * @param id the id, such as {@code "6.3/advance-notice"}
   * @return the norm, or empty
   */
  public Optional<Norm> get(String id) {
    Objects.requireNonNull(id, "Norms.get: id must not be null");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the norm with the given id, which must exist.
   *
   * @param id the id
   * @return the norm
   * @throws IllegalArgumentException naming the id, if there is no such norm
   */
  public Norm require(String id) {
    return get(id).orElseThrow(() -> new IllegalArgumentException(
        "Norms.require: no norm with id '" + id + "' in this catalogue"));
  }

  /**
   * Returns the norms created by the given clause (not its sub-clauses).
   *
   * @param clause the clause id
   * @return the norms, possibly none
   */
  public List<Norm> byClause(ClauseId clause) {
    Objects.requireNonNull(clause, "Norms.byClause: clause must not be null");
    return select(n -> n.getClause().equals(clause));
  }

  /**
   * Returns the norms borne by the given party.
   *
   * @param bearer the party
   * @return the norms, possibly none
   */
  public List<Norm> byBearer(PartyKind bearer) {
    Objects.requireNonNull(bearer, "Norms.byBearer: bearer must not be null");
    return select(n -> n.getBearer() == bearer);
  }

  /**
   * Returns the norms that benefit the given party.
   *
   * @param beneficiary the party
   * @return the norms, possibly none
   */
  public List<Norm> byBeneficiary(PartyKind beneficiary) {
    Objects.requireNonNull(beneficiary, "Norms.byBeneficiary: beneficiary must not be null");
    return select(n -> n.getBeneficiary() == beneficiary);
  }

  /**
   * Returns the norms of the given kind.
   *
   * @param kind the kind
   * @return the norms, possibly none
   */
  public List<Norm> byKind(NormKind kind) {
    Objects.requireNonNull(kind, "Norms.byKind: kind must not be null");
    return select(n -> n.getKind() == kind);
  }

  /**
   * Returns the norms an event of the given type can create an instance of.
   *
   * @param type the event type
   * @return the norms, possibly none
   */
  public List<Norm> triggeredBy(EventType type) {
    Objects.requireNonNull(type, "Norms.triggeredBy: type must not be null");
    return select(n -> n.isTriggeredBy(type));
  }

  /**
   * Returns the norms an event of the given type performs or exercises.
   *
   * @param type the event type
   * @return the norms, possibly none
   */
  public List<Norm> fulfilledBy(EventType type) {
    Objects.requireNonNull(type, "Norms.fulfilledBy: type must not be null");
    return select(n -> n.getFulfilledBy().contains(type));
  }

  /**
   * Returns the norms an event of the given type bears on in any way
   * ({@link Norm#getInvolvedEvents()}).
   *
   * @param type the event type
   * @return the norms, possibly none
   */
  public List<Norm> involving(EventType type) {
    Objects.requireNonNull(type, "Norms.involving: type must not be null");
    return select(n -> n.getInvolvedEvents().contains(type));
  }

  /**
   * Returns the standing norms: those in force from the Effective Date.
   *
   * @return the norms
   */
  public List<Norm> standing() {
    return select(Norm::isStanding);
  }

  /**
   * Returns the clauses that create at least one norm, in document order.
   *
   * @return an unmodifiable sorted set
   */
  public SortedSet<ClauseId> getClauses() {
    return Collections.unmodifiableSortedSet(
        norms.stream().map(Norm::getClause).collect(Collectors.toCollection(TreeSet::new)));
  }

  private List<Norm> select(Predicate<Norm> predicate) {
    return norms.stream().filter(predicate).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return this == other || (other instanceof Norms that && that.norms.equals(norms));
  }

  @Override
  public int hashCode() {
    return norms.hashCode();
  }

  @Override
  public String toString() {
    return "Norms" + byId.keySet();
  }
}

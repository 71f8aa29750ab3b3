package io.github.dpasemantics.model.clause;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The clauses of an addendum, by id, in document order, with lookups by kind, party and defined
 * term.
 *
 * <p>{@link #segmentDpa()} is the catalogue of the Segment Data Protection Addendum: every
 * numbered unit of its text (the body, Annex A and Annex B), read from the text shipped with this
 * library and annotated with each clause's kinds and parties. Its units are the body's {@code 1},
 * {@code 2}, {@code 2.1}…{@code 2.11}, {@code 3}, {@code 3.1}…{@code 3.4}, {@code 4}, {@code 5},
 * {@code 5.1}, {@code 5.2}, {@code 6}, {@code 6.1}, {@code 6.1.1}, {@code 6.1.2}, {@code 6.2},
 * {@code 6.3}, {@code 7}, {@code 7.1}…{@code 7.4}, {@code 8}, {@code 9}, {@code 9.1}, {@code 9.2};
 * Annex A's {@code A}, {@code A.1}, {@code A.1.1}…{@code A.1.4}, {@code A.2}, {@code A.2.1},
 * {@code A.2.1.1}, {@code A.2.1.2}, {@code A.2.2}, {@code A.2.2.1}…{@code A.2.2.5}, {@code A.3},
 * {@code A.4}, {@code A.4.1}, {@code A.4.2}, {@code A.4.3}, {@code A.4.3.1}…{@code A.4.3.8}; and
 * Annex B's {@code B}, {@code B.1}…{@code B.6}. Of these, the headings without text of their own
 * are {@linkplain Clause#isGrouping() groupings}.
 *
 * <pre>{@code
 * ClauseCatalog dpa = ClauseCatalog.segmentDpa();
 * dpa.get(ClauseIds.S6_3).getTitle();                           // Subprocessing
 * dpa.byDefinedTerm("security incident").map(c -> c.getId());   // Optional[2.9]
 * dpa.byKind(NormKind.PROHIBITION).size();                      // 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClauseCatalog {

  private final List<Clause> clauses;
  private final Map<ClauseId, Clause> byId;
  private final Map<ClauseId, List<Clause>> children;
  private final Map<String, DefinedTerm> terms;
  private final List<DefinedTerm> termList;

  private ClauseCatalog(List<Clause> clauses) {
    this.clauses = List.copyOf(clauses);
    Map<ClauseId, Clause> ids = new HashMap<>();
    Map<ClauseId, List<Clause>> kids = new HashMap<>();
    Map<String, DefinedTerm> keyed = new LinkedHashMap<>();
    for (Clause clause : this.clauses) {
      ids.put(clause.getId(), clause);
      clause.getId().getParent()
          .ifPresent(parent -> kids.computeIfAbsent(parent, key -> new ArrayList<>()).add(clause));
      for (DefinedTerm term : clause.getDefinedTerms()) {
        keyed.put(DefinedTerm.key(term.getTerm()), term);
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    Map<ClauseId, List<Clause>> frozen = new HashMap<>();
    kids.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
    this.children = Collections.unmodifiableMap(frozen);
    this.terms = Collections.unmodifiableMap(keyed);
    this.termList = List.copyOf(keyed.values());
  }

  /**
   * Returns the catalogue of the Segment Data Protection Addendum.
   *
   * <p>The text is read and checked once, on first use; every later call returns the same
   * instance.
   *
   * @return the Segment catalogue
   * @throws IllegalStateException (wrapped in an {@link ExceptionInInitializerError} on first use)
   *     if the shipped text cannot be read or does not match the catalogue's annotations
   */
  public static ClauseCatalog segmentDpa() {
    return SegmentHolder.CATALOG;
  }

  /** Lazy holder: loads the Segment text on first use of {@link #segmentDpa()}. */
  private static final class SegmentHolder {
    static final ClauseCatalog CATALOG = SegmentDpa.load();
  }

  /**
   * Returns a catalogue of {@code clauses}, sorted into document order.
   *
   * <p>The clauses must form a consistent document: ids unique; the parent of every clause
   * present (top-level body sections and the annexes {@code A}, {@code B} have none); every
   * internal reference pointing at a clause of the catalogue; no two defined terms differing only
   * by case.
   *
   * @param clauses the clauses
   * @return the catalogue
   * @throws NullPointerException if {@code clauses} or an element is null
   * @throws IllegalArgumentException naming the clause and the rule, if they are empty or
   *     inconsistent
   */
  public static ClauseCatalog of(Collection<Clause> clauses) {
    Objects.requireNonNull(clauses, "ClauseCatalog.of: clauses must not be null");
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("ClauseCatalog.clauses must not be empty");
    }
    TreeMap<ClauseId, Clause> sorted = new TreeMap<>();
    for (Clause clause : clauses) {
      Objects.requireNonNull(clause, "ClauseCatalog.clauses must not contain null");
      if (sorted.put(clause.getId(), clause) != null) {
        throw new IllegalArgumentException(
            "ClauseCatalog.clauses contains clause " + clause.getId() + " twice: ids must be unique");
      }
    }
    Map<String, DefinedTerm> terms = new HashMap<>();
    for (Clause clause : sorted.values()) {
      clause.getId().getParent().ifPresent(parent -> {
        if (!sorted.containsKey(parent)) {
          throw new IllegalArgumentException("ClauseCatalog.clauses contains " + clause.getId()
              + " but not its parent " + parent + ": every parent must be present");
        }
      });
      for (CrossReference reference : clause.getReferences()) {
        reference.getTarget().ifPresent(target -> {
          if (!sorted.containsKey(target)) {
            throw new IllegalArgumentException("ClauseCatalog: reference '" + reference.getText()
                + "' in clause " + clause.getId() + " points at " + target
                + ", which is not in the catalogue: every reference must resolve");
          }
        });
      }
      for (DefinedTerm term : clause.getDefinedTerms()) {
        DefinedTerm previous = terms.put(DefinedTerm.key(term.getTerm()), term);
        if (previous != null) {
          throw new IllegalArgumentException("ClauseCatalog: term '" + term.getTerm()
              + "' is defined by clause " + term.getClause() + " and, as '" + previous.getTerm()
              + "', by clause " + previous.getClause() + ": each term must be defined once");
        }
      }
    }
    return new ClauseCatalog(new ArrayList<>(sorted.values()));
  }

  /**
   * Returns the clause with id {@code id}.
   *
   * @param id the id
   * @return the clause
   * @throws IllegalArgumentException naming the id, if there is no such clause
   */
  public Clause get(ClauseId id) {
    Objects.requireNonNull(id, "ClauseCatalog.get(id): id must not be null");
    Clause clause = byId.get(id);
    if (clause == null) {
      throw new IllegalArgumentException("No clause " + id + " in this catalogue (it has "
          + clauses.size() + " clauses, from " + clauses.get(0).getId() + " to "
          + clauses.get(clauses.size() - 1).getId() + ")");
    }
    return clause;
  }

  /**
   * Returns the clause whose id has the canonical form {@code id}, e.g. {@code get("A.2.2.2")}.
   *
   * @param id the canonical id
   * @return the clause
   * @throws IllegalArgumentException if {@code id} is not a valid id or there is no such clause
   */
  public Clause get(String id) {
    Objects.requireNonNull(id, "ClauseCatalog.get(id): id must not be null");
    return get(ClauseId.parse(id));
  }

  /**
   * Returns the clause with id {@code id}, if there is one.
   *
   * @param id the id
   * @return the clause, or empty
   */
  public Optional<Clause> find(ClauseId id) {
    Objects.requireNonNull(id, "ClauseCatalog.find(id): id must not be null");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns whether there is a clause with id {@code id}.
   *
   * @param id the id
   * @return true if the catalogue has it
   */
  public boolean contains(ClauseId id) {
    Objects.requireNonNull(id, "ClauseCatalog.contains(id): id must not be null");
    return byId.containsKey(id);
  }

  /**
   * Returns every clause, groupings included, in document order.
   *
   * @return the clauses
   */
  public List<Clause> all() {
    return clauses;
  }

  /**
   * Returns every clause with text of its own (every clause but the groupings), in document order.
   *
   * @return the provisions
   */
  public List<Clause> provisions() {
    return clauses.stream().filter(clause -> !clause.isGrouping()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the number of clauses, groupings included.
   *
   * @return the size
   */
  public int size() {
    return clauses.size();
  }

  /**
   * Returns the provisions (not groupings) that are of {@code kind}, primarily or secondarily, in
   * document order.
   *
   * @param kind the kind
   * @return the clauses
   */
  public List<Clause> byKind(NormKind kind) {
    Objects.requireNonNull(kind, "ClauseCatalog.byKind(kind): kind must not be null");
    return clauses.stream().filter(clause -> !clause.isGrouping() && clause.hasKind(kind))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the provisions (not groupings) whose primary kind is {@code kind}, in document order.
   *
   * @param kind the kind
   * @return the clauses
   */
  public List<Clause> byPrimaryKind(NormKind kind) {
    Objects.requireNonNull(kind, "ClauseCatalog.byPrimaryKind(kind): kind must not be null");
    return clauses.stream().filter(clause -> !clause.isGrouping() && clause.getKind() == kind)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the provisions (not groupings) that bind or benefit {@code party}, in document order.
   *
   * @param party the party
   * @return the clauses
   */
  public List<Clause> byParty(PartyKind party) {
    Objects.requireNonNull(party, "ClauseCatalog.byParty(party): party must not be null");
    return clauses.stream().filter(clause -> !clause.isGrouping() && clause.concerns(party))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the clause that defines {@code term}, ignoring case and surrounding spaces:
   * {@code byDefinedTerm("affiliate")} is 2.1.
   *
   * @param term the term
   * @return the defining clause, or empty if no clause defines it
   */
  public Optional<Clause> byDefinedTerm(String term) {
    return definedTerm(term).map(defined -> get(defined.getClause()));
  }

  /**
   * Returns the defined term {@code term}, ignoring case and surrounding spaces.
   *
   * @param term the term
   * @return the defined term, or empty
   */
  public Optional<DefinedTerm> definedTerm(String term) {
    Objects.requireNonNull(term, "ClauseCatalog.definedTerm(term): term must not be null");
    return Optional.ofNullable(terms.get(DefinedTerm.key(term)));
  }

  /**
   * Returns every defined term, in document order.
   *
   * @return the defined terms
   */
  public List<DefinedTerm> definedTerms() {
    return termList;
  }

  /**
   * Returns the clauses directly inside {@code id}, in document order: {@code children(6.1)} is
   * [6.1.1, 6.1.2], {@code children(B)} is [B.1 … B.6].
   *
   * @param id a clause of this catalogue
   * @return the children, empty for a clause without sub-units
   * @throws IllegalArgumentException naming the id, if there is no such clause
   */
  public List<Clause> children(ClauseId id) {
    get(id);
    return children.getOrDefault(id, List.of());
  }

  /**
   * Returns every clause inside {@code id} at any depth, in document order.
   *
   * @param id a clause of this catalogue
   * @return the descendants
   * @throws IllegalArgumentException naming the id, if there is no such clause
   */
  public List<Clause> descendants(ClauseId id) {
    get(id);
    return clauses.stream().filter(clause -> id.isAncestorOf(clause.getId()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every cross-reference in the catalogue, in document order.
   *
   * @return the references
   */
  public List<CrossReference> references() {
    return clauses.stream().flatMap(clause -> clause.getReferences().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the references that point at {@code id} ("cited by"), in document order.
   *
   * @param id the target
   * @return the references pointing at it
   */
  public List<CrossReference> referencesTo(ClauseId id) {
    Objects.requireNonNull(id, "ClauseCatalog.referencesTo(id): id must not be null");
    return references().stream().filter(reference -> reference.getTarget().equals(Optional.of(id)))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "ClauseCatalog{" + clauses.size() + " clauses, " + termList.size() + " defined terms}";
  }
}

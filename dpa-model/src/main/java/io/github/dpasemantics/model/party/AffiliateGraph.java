package io.github.dpasemantics.model.party;

import jakarta.validation.Valid;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The control relations between organisations, answering the Affiliate test of 2.1: "any entity
 * that directly or indirectly controls, is controlled by or is under common control with the
 * subject entity".
 *
 * <p>"Indirectly" is the transitive closure of the recorded {@link ControlRelation}s: if A
 * controls B and B controls C, A controls C. Every query is total (an id that is not in the graph
 * is simply related to nothing) and cycle-safe (mutual or circular control, which real groups
 * occasionally record through cross-holdings, terminates). An entity is not its own Affiliate.
 *
 * <pre>{@code
 * AffiliateGraph g = AffiliateGraph.builder()
 *     .addOrganisation(Organisation.of("twilio", "Twilio Inc."))
 *     .addOrganisation(Organisation.of("segment", "Segment.io, Inc."))
 *     .addOrganisation(Organisation.of("segment-eu", "Segment EU Ltd"))
 *     .addRelation(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES))
 *     .addRelation(ControlRelation.of("twilio", "segment-eu", ControlMeans.VOTING_SECURITIES))
 *     .build();
 * g.areAffiliates("segment", "segment-eu");                 // true
 * g.affiliation("segment", "segment-eu").getController();   // Optional[twilio]
 * }</pre>
 *
 * <p>Every relation must name organisations registered in the graph, and organisation ids are
 * unique. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AffiliateGraph implements WithAffiliateGraph {

  AffiliateGraph() {}

  /**
   * A graph with no organisations and no relations: nobody is anybody's Affiliate.
   *
   * @return the empty graph
   */
  public static AffiliateGraph empty() {
    return ImmutableAffiliateGraph.builder().build();
  }

  /**
   * A graph of the given organisations and relations.
   *
   * @param organisations the organisations, with unique ids
   * @param relations the control relations, each between two of {@code organisations} and none
   *     recorded twice
   * @return the graph
   * @throws IllegalStateException if an id repeats, a relation names an unregistered organisation
   *     or a relation is recorded twice
   */
  public static AffiliateGraph of(
      Collection<Organisation> organisations, Collection<ControlRelation> relations) {
    Objects.requireNonNull(organisations, "AffiliateGraph.of: organisations must not be null");
    Objects.requireNonNull(relations, "AffiliateGraph.of: relations must not be null");
    return ImmutableAffiliateGraph.builder()
        .organisations(organisations)
        .relations(relations)
        .build();
  }

  /**
   * A new builder.
   *
   * <p>Required: none; optional: organisations, relations.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AffiliateGraph}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAffiliateGraph.Builder {
    Builder() {}
  }

  /**
   * The organisations, in the order given.
   *
   * @return the organisations, with unique ids
   */
  public abstract List<@Valid Organisation> getOrganisations();

  /**
   * The recorded control relations, in the order given.
   *
   * @return the relations, each between registered organisations
   */
  public abstract List<@Valid ControlRelation> getRelations();

  /**
   * Whether the graph has an organisation with this id.
   *
   * @param id an organisation id
   * @return {@code true} if an organisation with that id is registered
   */
  public final boolean knows(String id) {
    return organisationsById().containsKey(id);
  }

  /**
   * The organisation with this id, if any.
   *
   * @param id an organisation id
   * @return the organisation, or empty if none has that id
   */
  public final Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisationsById().get(id));
  }

  /**
   * Whether {@code controller} directly or indirectly controls {@code controlled} (2.1).
   *
   * @param controller the id of the entity that may control
   * @param controlled the id of the entity that may be controlled
   * @return {@code true} if a chain of relations leads from {@code controller} down to
   *     {@code controlled}; {@code false} when the ids are equal
   */
  public final boolean controls(String controller, String controlled) {
    return !controller.equals(controlled) && ancestry(controlled).down.containsKey(controller);
  }

  /**
   * A shortest chain of relations by which {@code controller} directly or indirectly controls
   * {@code controlled}, or empty if it does not.
   *
   * @param controller the id of the entity that may control
   * @param controlled the id of the entity that may be controlled
   * @return the relations from {@code controller} down to {@code controlled}, in order; empty when
   *     it does not control it or the ids are equal
   */
  public final Optional<List<ControlRelation>> controlChain(String controller, String controlled) {
    if (controller.equals(controlled)) {
      return Optional.empty();
    }
    Ancestry a = ancestry(controlled);
    return a.down.containsKey(controller) ? Optional.of(a.chain(controller)) : Optional.empty();
  }

  /**
   * Every entity that directly or indirectly controls the given one, sorted by id.
   *
   * @param id the id of the controlled entity
   * @return the ids of its direct and indirect controllers, unmodifiable; empty for an id not in
   *     the graph
   */
  public final Set<String> controllersOf(String id) {
    return Collections.unmodifiableSet(new TreeSet<>(ancestry(id).down.keySet()));
  }

  /**
   * Every entity the given one directly or indirectly controls, sorted by id.
   *
   * @param id the id of the controlling entity
   * @return the ids of the entities it directly or indirectly controls, without {@code id} itself,
   *     unmodifiable; empty for an id not in the graph
   */
  public final Set<String> controlledBy(String id) {
    Set<String> seen = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(id);
    while (!queue.isEmpty()) {
      String at = queue.remove();
      for (ControlRelation r : outgoing().getOrDefault(at, List.of())) {
        String next = r.getControlled();
        if (!next.equals(id) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return Collections.unmodifiableSet(seen);
  }

  /**
   * Whether the two entities are Affiliates under 2.1; symmetric, false for the same id.
   *
   * @param a the id of one entity
   * @param b the id of the other entity
   * @return {@code true} if one controls the other or a third entity controls both
   */
  public final boolean areAffiliates(String a, String b) {
    return affiliation(a, b).isAffiliated();
  }

  /**
   * Whether the two parties are Affiliates under 2.1, by their ids.
   *
   * @param a one party
   * @param b the other party
   * @return {@code true} if the organisations with the parties' ids are Affiliates
   */
  public final boolean areAffiliates(Party a, Party b) {
    return areAffiliates(a.getId(), b.getId());
  }

  /**
   * Whether {@code subject} and {@code other} are Affiliates under 2.1, with the chain of control
   * that shows it. Checked in the order of the definition: the subject controls the other, the
   * other controls the subject, both are under common control; for common control the controller
   * with the shortest total chain wins, ties broken by id.
   *
   * @param subject the id of the subject entity of 2.1
   * @param other the id of the entity compared with the subject
   * @return the answer, with its basis, the controller and the chains of control
   */
  public final AffiliateExplanation affiliation(String subject, String other) {
    AffiliateExplanation.Builder answer =
        AffiliateExplanation.builder().subject(subject).other(other);
    if (subject.equals(other)) {
      return answer.basis(AffiliateBasis.SAME_ENTITY).build();
    }
    Ancestry ofSubject = ancestry(subject);
    Ancestry ofOther = ancestry(other);
    if (ofOther.down.containsKey(subject)) {
      return answer
          .basis(AffiliateBasis.SUBJECT_CONTROLS_OTHER)
          .controller(subject)
          .otherChain(ofOther.chain(subject))
          .build();
    }
    if (ofSubject.down.containsKey(other)) {
      return answer
          .basis(AffiliateBasis.OTHER_CONTROLS_SUBJECT)
          .controller(other)
          .subjectChain(ofSubject.chain(other))
          .build();
    }
    @Nullable String best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Map.Entry<String, Integer> e : ofSubject.distance.entrySet()) {
      Integer d = ofOther.distance.get(e.getKey());
      if (d != null) {
        int length = e.getValue() + d;
        if (best == null
            || length < bestLength
            || (length == bestLength && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestLength = length;
        }
      }
    }
    if (best == null) {
      return answer.basis(AffiliateBasis.NOT_AFFILIATED).build();
    }
    return answer
        .basis(AffiliateBasis.COMMON_CONTROL)
        .controller(best)
        .subjectChain(ofSubject.chain(best))
        .otherChain(ofOther.chain(best))
        .build();
  }

  /**
   * Every Affiliate of the given entity under 2.1, sorted by id.
   *
   * @param id the id of the subject entity
   * @return the ids of every entity that controls it, is controlled by it or is under common
   *     control with it, without {@code id} itself, unmodifiable
   */
  public final Set<String> affiliatesOf(String id) {
    Set<String> result = new TreeSet<>();
    for (String top : ancestry(id).down.keySet()) {
      result.add(top);
      result.addAll(controlledBy(top));
    }
    result.addAll(controlledBy(id));
    result.remove(id);
    return Collections.unmodifiableSet(result);
  }

  /**
   * The relations by controller, in the order given; computed once. An index for the graph's own
   * queries (protected, not package-private, so that the generated class's override is part of
   * the documented API and javadoc can inherit this comment).
   *
   * @return unmodifiable: controller id to the relations in which it controls
   */
  @Value.Lazy
  protected Map<String, List<ControlRelation>> outgoing() {
    return index(true);
  }

  /**
   * The relations by controlled entity, in the order given; computed once (see {@link #outgoing()}).
   *
   * @return unmodifiable: controlled id to the relations that control it
   */
  @Value.Lazy
  protected Map<String, List<ControlRelation>> incoming() {
    return index(false);
  }

  private Map<String, List<ControlRelation>> index(boolean byController) {
    Map<String, List<ControlRelation>> map = new HashMap<>();
    for (ControlRelation r : getRelations()) {
      map.computeIfAbsent(byController ? r.getController() : r.getControlled(), k -> new ArrayList<>()).add(r);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * The organisations by id; computed once (see {@link #outgoing()}).
   *
   * @return unmodifiable: organisation id to organisation
   */
  @Value.Lazy
  protected Map<String, Organisation> organisationsById() {
    Map<String, Organisation> map = new HashMap<>();
    for (Organisation o : getOrganisations()) {
      map.put(o.getId(), o);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Breadth-first search up the control relations from {@code start}; the start is excluded. */
  private Ancestry ancestry(String start) {
    Ancestry a = new Ancestry(start);
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    seen.add(start);
    queue.add(start);
    Map<String, Integer> depth = new HashMap<>();
    depth.put(start, 0);
    while (!queue.isEmpty()) {
      String at = queue.remove();
      int d = depth.getOrDefault(at, 0);
      for (ControlRelation r : incoming().getOrDefault(at, List.of())) {
        String up = r.getController();
        if (seen.add(up)) {
          depth.put(up, d + 1);
          a.distance.put(up, d + 1);
          a.down.put(up, r);
          queue.add(up);
        }
      }
    }
    return a;
  }

  /** The ancestors of one entity: distance and the relation leading one step down towards it. */
  private static final class Ancestry {
    private final String start;
    private final Map<String, Integer> distance = new LinkedHashMap<>();
    private final Map<String, ControlRelation> down = new LinkedHashMap<>();

    private Ancestry(String start) {
      this.start = start;
    }

    /** The chain from {@code top} down to the start; {@code top} must be an ancestor. */
    private List<ControlRelation> chain(String top) {
      List<ControlRelation> chain = new ArrayList<>();
      String at = top;
      while (!at.equals(start)) {
        ControlRelation r = down.get(at);
        if (r == null) {
          throw new IllegalStateException(
              "AffiliateGraph: " + top + " is not an ancestor of " + start);
        }
        chain.add(r);
        at = r.getControlled();
      }
      return Collections.unmodifiableList(chain);
    }
  }

  /**
   * Checks that organisation ids are unique and that every relation names registered organisations
   * and is recorded only once.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (Organisation o : getOrganisations()) {
      if (!ids.add(o.getId())) {
        throw new IllegalStateException(
            "AffiliateGraph.organisations: id '" + o.getId() + "' appears more than once;"
                + " organisation ids must be unique");
      }
    }
    Set<List<Object>> seen = new HashSet<>();
    for (ControlRelation r : getRelations()) {
      for (String end : List.of(r.getController(), r.getControlled())) {
        if (!ids.contains(end)) {
          throw new IllegalStateException(
              "AffiliateGraph.relations: relation '" + r.describe() + "' names '" + end
                  + "', which is not among AffiliateGraph.organisations " + ids.stream().sorted().toList());
        }
      }
      if (!seen.add(List.of(r.getController(), r.getControlled(), r.getMeans()))) {
        throw new IllegalStateException(
            "AffiliateGraph.relations: relation '" + r.describe() + "' is recorded more than once");
      }
    }
  }
}

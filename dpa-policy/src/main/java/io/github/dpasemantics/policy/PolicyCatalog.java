package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.norm.Deeming;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one catalogue of policies, read once from the code: every public static method of the
 * classes of {@link Policies#classes()} annotated {@link Decides} (it decides clauses) or
 * {@link Encodes} (it shows a {@link Deeming} provision), named {@code Class.method} from the class's
 * simple name and the method's name, with the clauses it decides and quotes; and the
 * {@link NotDecidable} declarations of the classes. The clause-coverage table, the command line's
 * list of policies and the HTML reference all read this catalogue, so a policy's name and clauses
 * are written once, in its annotation, and nowhere else.
 *
 * <pre>{@code
 * PolicyCatalog c = PolicyCatalog.segmentDpa();
 * c.named("Subprocessing.objectionDeadline").size();   // 1
 * c.deciding(ClauseId.parse("6.3")).isEmpty();         // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyCatalog {

  /**
   * One policy method (one overload): its name, the method, the clauses it decides, the clauses
   * its reasons quote, and the deeming provision it shows, if it is one.
   *
   * @param name {@code Class.method}
   * @param method the method
   * @param decides the clauses it decides, in annotation order (for an {@link Encodes} method: the
   *     provision's clause)
   * @param quotes the clauses its reasons quote without deciding them
   * @param encodes the deeming provision, for an {@link Encodes} method
   */
  public record Policy(String name, Method method, List<ClauseId> decides, List<ClauseId> quotes, Optional<Deeming> encodes) {
    /**
     * Builds an entry, copying the lists.
     *
     * @param name {@code Class.method}
     * @param method the method
     * @param decides the clauses it decides
     * @param quotes the clauses it quotes
     * @param encodes the provision it shows, if any
     */
    public Policy {
      Objects.requireNonNull(name, "PolicyCatalog.Policy: name must not be null");
      Objects.requireNonNull(method, "PolicyCatalog.Policy: method must not be null");
      decides = List.copyOf(decides);
      quotes = List.copyOf(quotes);
      Objects.requireNonNull(encodes, "PolicyCatalog.Policy: encodes must not be null");
    }

    /**
     * Tells whether the method shows a deeming provision rather than deciding a question.
     *
     * @return true for an {@link Encodes} method
     */
    public boolean isEncoding() {
      return encodes.isPresent();
    }

    /**
     * Tells whether a reason of this policy may cite the clause: it is one the policy decides or
     * one it quotes.
     *
     * @param clause the clause id
     * @return true if citing it is declared
     */
    public boolean mayCite(ClauseId clause) {
      return decides.contains(clause) || quotes.contains(clause);
    }
  }

  /**
   * A {@link NotDecidable} declaration.
   *
   * @param className the simple name of the declaring class
   * @param clause the clause text as declared (an id if well formed)
   * @param reason the reason given
   */
  public record Undecidable(String className, String clause, String reason) {}

  private static final PolicyCatalog SEGMENT = of(Policies.classes());

  private final List<Policy> policies;
  private final List<Undecidable> undecidable;
  private final List<String> problems;

  private PolicyCatalog(List<Policy> policies, List<Undecidable> undecidable, List<String> problems) {
    this.policies = List.copyOf(policies);
    this.undecidable = List.copyOf(undecidable);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the catalogue of {@link Policies#classes()}.
   *
   * @return the catalogue
   */
  public static PolicyCatalog segmentDpa() {
    return SEGMENT;
  }

  /**
   * Reads the catalogue of the given classes. Within a class, policies are ordered by their first
   * clause, then name, then number of parameters, then parameter types, so the order does not
   * depend on reflection's. A declaration that cannot be used (a {@code @Decides} method that is
   * not public and static, a clause id that is not an id) is listed in {@link #getProblems()}.
   *
   * @param classes the policy classes, in the order to list them
   * @return the catalogue
   */
  public static PolicyCatalog of(List<Class<?>> classes) {
    Objects.requireNonNull(classes, "PolicyCatalog.of: classes must not be null");
    List<Policy> out = new ArrayList<>();
    List<Undecidable> undecidable = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Class<?> c : classes) {
      for (NotDecidable nd : c.getAnnotationsByType(NotDecidable.class)) {
        undecidable.add(new Undecidable(c.getSimpleName(), nd.clause(), nd.reason()));
      }
      Method[] methods = c.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
      List<Policy> ofClass = new ArrayList<>();
      for (Method m : methods) {
        Decides d = m.getAnnotation(Decides.class);
        Encodes e = m.getAnnotation(Encodes.class);
        if (d == null && e == null) {
          continue;
        }
        String name = c.getSimpleName() + "." + m.getName();
        String where = (d != null ? "@Decides" : "@Encodes") + " on " + name;
        if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
          problems.add(where + ": the method must be public and static");
        }
        List<ClauseId> decides = new ArrayList<>();
        List<ClauseId> quotes = new ArrayList<>();
        if (d != null) {
          ids(d.value(), where, problems, decides);
          ids(d.quotes(), where, problems, quotes);
        }
        if (e != null) {
          if (!decides.contains(e.value().getClause())) {
            decides.add(e.value().getClause());
          }
        }
        ofClass.add(new Policy(name, m, decides, quotes, Optional.ofNullable(e).map(Encodes::value)));
      }
      ofClass.sort(Comparator.comparing(PolicyCatalog::firstClause, PolicyCatalog::compareFirst)
          .thenComparing(Policy::name).thenComparingInt(p -> p.method().getParameterCount())
          .thenComparing(p -> Arrays.toString(p.method().getParameterTypes())));
      out.addAll(ofClass);
    }
    return new PolicyCatalog(out, undecidable, problems);
  }

  private static List<ClauseId> firstClause(Policy p) {
    return p.decides().isEmpty() ? List.of() : List.of(p.decides().get(0));
  }

  /** Empty (no valid clause) sorts last. */
  private static int compareFirst(List<ClauseId> a, List<ClauseId> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    return a.get(0).compareTo(b.get(0));
  }

  private static void ids(String[] texts, String where, List<String> problems, List<ClauseId> into) {
    for (String text : texts) {
      try {
        ClauseId id = ClauseId.parse(text);
        if (!into.contains(id)) {
          into.add(id);
        }
      } catch (IllegalArgumentException ex) {
        problems.add(where + ": '" + text + "' is not a clause id (" + ex.getMessage() + ")");
      }
    }
  }

  /**
   * Returns every policy method that is public and static, in catalogue order (overloads are
   * separate entries sharing a name).
   *
   * @return the policies
   */
  public List<Policy> all() {
    return policies.stream().filter(p -> isPublicStatic(p.method())).toList();
  }

  /**
   * Returns every annotated method, including the ones {@link #getProblems()} complains about.
   *
   * @return the declared policies
   */
  public List<Policy> declared() {
    return policies;
  }

  private static boolean isPublicStatic(Method m) {
    return Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers());
  }

  /**
   * Returns the distinct policy names, in catalogue order.
   *
   * @return the names, {@code Class.method}
   */
  public List<String> names() {
    return all().stream().map(Policy::name).distinct().toList();
  }

  /**
   * Returns the overloads of a policy.
   *
   * @param name {@code Class.method}, exactly
   * @return the overloads, empty if there is no such policy
   */
  public List<Policy> named(String name) {
    return all().stream().filter(p -> p.name().equals(name)).toList();
  }

  /**
   * Returns the policies that decide (or encode) a clause.
   *
   * @param clause the clause id
   * @return the policies
   */
  public List<Policy> deciding(ClauseId clause) {
    return all().stream().filter(p -> p.decides().contains(clause)).toList();
  }

  /**
   * Returns the {@link NotDecidable} declarations, in class order.
   *
   * @return the declarations
   */
  public List<Undecidable> notDecidable() {
    return undecidable;
  }

  /**
   * Returns the deeming provisions of the model whose clauses are in the catalogue given.
   *
   * @param catalog the clause catalogue
   * @return the provisions
   */
  public static List<Deeming> deemings(ClauseCatalog catalog) {
    Objects.requireNonNull(catalog, "PolicyCatalog.deemings: catalog must not be null");
    return Arrays.stream(Deeming.values()).filter(d -> catalog.contains(d.getClause())).toList();
  }

  /**
   * Returns the declarations that cannot be used: an annotated method that is not public and
   * static, or a clause text that is not a clause id.
   *
   * @return the problems, in the order found
   */
  public List<String> getProblems() {
    return problems;
  }

  /**
   * Groups the policies by class simple name, in catalogue order.
   *
   * @return the policies of each class
   */
  public Map<String, List<Policy>> byClass() {
    Map<String, List<Policy>> out = new LinkedHashMap<>();
    for (Policy p : all()) {
      out.computeIfAbsent(p.method().getDeclaringClass().getSimpleName(), k -> new ArrayList<>()).add(p);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}

package io.github.dpasemantics.examples.reference;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.PolicyCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the {@link PolicyCatalog} says about each clause, grouped for the reference: the policy
 * methods that decide (or encode) it and the not-decidable declarations with their reasons.
 * Overloads of one method share one entry.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyIndex {

  /** A policy method (all its overloads) and the clauses it decides. */
  static final class Entry {
    private final String className;
    private final String method;
    private final List<ClauseId> clauses;
    private final List<String> signatures;

    Entry(String className, String method, List<ClauseId> clauses, List<String> signatures) {
      this.className = className;
      this.method = method;
      this.clauses = List.copyOf(clauses);
      this.signatures = List.copyOf(signatures);
    }

    String className() {
      return className;
    }

    String method() {
      return method;
    }

    /** {@code Class.method}. */
    String qualifiedName() {
      return className + "." + method;
    }

    List<ClauseId> clauses() {
      return clauses;
    }

    /** One {@code method(Type, Type)} line per overload. */
    List<String> signatures() {
      return signatures;
    }
  }

  /** A {@code @NotDecidable} declaration. */
  static final class Undecidable {
    private final String className;
    private final ClauseId clause;
    private final String reason;

    Undecidable(String className, ClauseId clause, String reason) {
      this.className = className;
      this.clause = clause;
      this.reason = reason;
    }

    String className() {
      return className;
    }

    ClauseId clause() {
      return clause;
    }

    String reason() {
      return reason;
    }
  }

  private final Map<String, List<Entry>> byClass;
  private final List<Undecidable> undecidable;

  private PolicyIndex(Map<String, List<Entry>> byClass, List<Undecidable> undecidable) {
    this.byClass = byClass;
    this.undecidable = undecidable;
  }

  /**
   * Reads the registry.
   *
   * @return the index
   */
  static PolicyIndex load() {
    PolicyCatalog catalog = PolicyCatalog.segmentDpa();
    Map<String, List<Entry>> byClass = new LinkedHashMap<>();
    catalog.byClass().forEach((className, policies) -> {
      TreeMap<String, TreeSet<ClauseId>> clauses = new TreeMap<>();
      TreeMap<String, TreeSet<String>> signatures = new TreeMap<>();
      for (PolicyCatalog.Policy p : policies) {
        String method = p.method().getName();
        clauses.computeIfAbsent(method, k -> new TreeSet<>()).addAll(p.decides());
        signatures.computeIfAbsent(method, k -> new TreeSet<>()).add(signature(p.method()));
      }
      List<Entry> entries = new ArrayList<>();
      clauses.forEach((name, ids) -> entries.add(new Entry(className, name, new ArrayList<>(ids),
          new ArrayList<>(signatures.getOrDefault(name, new TreeSet<>())))));
      entries.sort(Comparator.comparing((Entry e) -> e.clauses().get(0)).thenComparing(Entry::method));
      byClass.put(className, List.copyOf(entries));
    });
    List<Undecidable> undecidable = new ArrayList<>();
    for (PolicyCatalog.Undecidable n : catalog.notDecidable()) {
      undecidable.add(new Undecidable(n.className(), ClauseId.parse(n.clause()), n.reason()));
    }
    return new PolicyIndex(byClass, List.copyOf(undecidable));
  }

  private static String signature(Method m) {
    StringBuilder sb = new StringBuilder(m.getName()).append('(');
    Type[] types = m.getGenericParameterTypes();
    for (int i = 0; i < types.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(simple(types[i].getTypeName()));
    }
    return sb.append(") → ").append(simple(m.getGenericReturnType().getTypeName())).toString();
  }

  /** Drops package names: {@code java.util.List<java.time.LocalDate>} becomes {@code List<LocalDate>}. */
  static String simple(String typeName) {
    return typeName.replaceAll("(?:[a-z_][a-zA-Z0-9_]*\\.)+", "").replace('$', '.');
  }

  /** The policy classes' simple names, in registry order, each with its entries. */
  Map<String, List<Entry>> byClass() {
    return byClass;
  }

  /** Every entry, in registry order. */
  List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    byClass.values().forEach(out::addAll);
    return out;
  }

  /** The entries that decide the clause. */
  List<Entry> deciding(ClauseId id) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : all()) {
      if (e.clauses().contains(id)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The not-decidable declarations of the clause. */
  List<Undecidable> undecidable(ClauseId id) {
    List<Undecidable> out = new ArrayList<>();
    for (Undecidable u : undecidable) {
      if (u.clause().equals(id)) {
        out.add(u);
      }
    }
    return out;
  }

  /** Every not-decidable declaration, in registry order. */
  List<Undecidable> undecidable() {
    return undecidable;
  }
}

package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.PolicyCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The policies the command line can run: every policy of the {@link PolicyCatalog} (the one
 * catalogue, read from the {@code @Decides} and {@code @Encodes} annotations) that returns a
 * {@link Decision}, in catalogue order. A policy is named {@code Class.method}; overloads share
 * the name and are told apart by their inputs.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyRegistry {
  private final List<Policy> policies;

  private PolicyRegistry(List<Policy> policies) {
    this.policies = policies;
  }

  /**
   * Reads the registry of the policy module.
   *
   * @return the policies, in the registry's class order and each class's method order
   */
  static PolicyRegistry load() {
    List<Policy> out = new ArrayList<>();
    for (PolicyCatalog.Policy p : PolicyCatalog.segmentDpa().all()) {
      if (p.method().getReturnType() == Decision.class) {
        out.add(new Policy(p.name(), p.method(), p.decides().stream().map(ClauseId::toString).toList()));
      }
    }
    return new PolicyRegistry(List.copyOf(out));
  }

  /**
   * Returns every policy.
   *
   * @return the policies
   */
  List<Policy> all() {
    return policies;
  }

  /**
   * Returns the overloads with the given name: {@code Class.method} or, when unique, {@code method};
   * case is ignored.
   *
   * @param name the name
   * @return the overloads, never empty
   * @throws InvalidInputException naming close matches if there is no such policy
   */
  List<Policy> named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    List<Policy> exact = new ArrayList<>();
    List<Policy> bare = new ArrayList<>();
    for (Policy p : policies) {
      if (p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        exact.add(p);
      } else if (p.method().getName().toLowerCase(Locale.ROOT).equals(wanted)) {
        bare.add(p);
      }
    }
    if (!exact.isEmpty()) {
      return exact;
    }
    if (!bare.isEmpty() && bare.stream().map(Policy::name).distinct().count() == 1) {
      return bare;
    }
    if (!bare.isEmpty()) {
      throw InvalidInputException.argument("policy '" + Text.excerpt(name) + "'", "is ambiguous",
          "one of: " + String.join(", ", bare.stream().map(Policy::name).distinct().toList()));
    }
    List<String> close = new ArrayList<>();
    for (Policy p : policies) {
      String n = p.name().toLowerCase(Locale.ROOT);
      if ((n.contains(wanted) || wanted.contains(p.method().getName().toLowerCase(Locale.ROOT))) && !close.contains(p.name())) {
        close.add(p.name());
      }
    }
    throw InvalidInputException.argument("policy '" + Text.excerpt(name) + "'", "no such policy",
        (close.isEmpty() ? "a policy name as listed by 'dpa policies'" : "one of: " + String.join(", ", close))
            + " (" + policies.stream().map(Policy::name).distinct().count() + " policies; 'dpa policies' lists them)");
  }

  /**
   * Returns the policies that decide a clause.
   *
   * @param clause the clause id in canonical form
   * @return the policies
   */
  List<Policy> deciding(String clause) {
    return policies.stream().filter(p -> p.clauses().contains(clause)).toList();
  }

  /**
   * Returns the reason a clause is declared not decidable, if one of the policy classes says so.
   *
   * @param clause the clause id in canonical form
   * @return the declaration, if any
   */
  static java.util.Optional<PolicyCatalog.Undecidable> notDecidable(String clause) {
    return PolicyCatalog.segmentDpa().notDecidable().stream().filter(n -> n.clause().equals(clause)).findFirst();
  }

  /**
   * Renders a type as in source, with simple names: {@code List<SubprocessorNoticeGiven>}.
   *
   * @param t the type
   * @return the text
   */
  static String typeText(Type t) {
    if (t instanceof Class) {
      return ((Class<?>) t).getSimpleName();
    }
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      StringBuilder sb = new StringBuilder(typeText(p.getRawType())).append('<');
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(typeText(args[i]));
      }
      return sb.append('>').toString();
    }
    return t.getTypeName();
  }

  /**
   * One policy method.
   *
   * @param name {@code Class.method}
   * @param method the method
   * @param clauses the clause ids it decides
   */
  record Policy(String name, Method method, List<String> clauses) {
    /** The signature in words, e.g. {@code objectionAllowed(LocalDate notice, ...) -> Decision<Boolean>}. */
    String signature() {
      StringBuilder sb = new StringBuilder(name).append('(');
      java.lang.reflect.Parameter[] ps = method.getParameters();
      for (int i = 0; i < ps.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(ps[i].getName()).append(": ").append(typeText(ps[i].getParameterizedType()));
      }
      return sb.append(") -> ").append(typeText(method.getGenericReturnType())).toString();
    }
  }
}

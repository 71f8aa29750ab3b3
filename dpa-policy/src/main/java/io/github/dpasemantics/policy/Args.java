package io.github.dpasemantics.policy;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks for the policy classes that build their message only when a check fails, so a
 * decision's hot path concatenates no strings.
 */
final class Args {
  private Args() {}

  /**
   * Refuses a null argument with a message naming the class, method and parameter.
   *
   * @param value the argument
   * @param owner the policy class's simple name, e.g. {@code "Deletion"}
   * @param method the method name
   * @param field the parameter name
   * @throws NullPointerException "Owner.method: field must not be null" if {@code value} is null
   */
  static void notNull(@Nullable Object value, String owner, String method, String field) {
    if (value == null) {
      throw new NullPointerException(owner + "." + method + ": " + field + " must not be null");
    }
  }
}

package io.github.dpasemantics.json;

/**
 * The text forms the JSON formats share between reading, writing and the published schemas, held
 * once so that a schema publishes exactly what the reader accepts: the date-or-instant form of a
 * contract date, the e-mail form {@code @Email} asks for, the country-code form, and how a model
 * type is named in the formats.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Formats {
  /** A contract date as written: {@code YYYY-MM-DD}. */
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /**
   * A contract date, or an ISO-8601 instant with an offset or a zone (placed in the contract's
   * zone, see {@link io.github.dpasemantics.policy.ContractTime#date}).
   */
  static final String DATE_OR_INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}"
      + "(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?)?$";

  /** The expected form of a date input in messages and schemas. */
  static final String DATE_EXPECTED =
      "a date as YYYY-MM-DD, or an instant with an offset or zone such as 2026-01-01T02:00:00+01:00";

  /** Two upper-case letters; which pairs are assigned countries is checked by {@link Countries}. */
  static final String COUNTRY_PATTERN = "^[A-Z]{2}$";

  /**
   * An e-mail address as {@code @Email} asks, in the form the command line checks and the schemas
   * publish: a local part and a domain around one {@code @}, neither empty nor holding white space.
   */
  static final String EMAIL = "[^@\\s]+@[^@\\s]+";

  private Formats() {}

  /**
   * Returns the name a type has in the formats: its simple name, without the {@code Immutable}
   * prefix of generated classes, prefixed by its enclosing class's name when nested.
   *
   * @param c the class
   * @return the name
   */
  static String typeName(Class<?> c) {
    Class<?> abstractType = abstractTypeOf(c);
    String n = abstractType.getSimpleName();
    Class<?> outer = abstractType.getEnclosingClass();
    return outer != null && !n.startsWith(outer.getSimpleName()) ? outer.getSimpleName() + n : n;
  }

  /**
   * Returns the abstract value type of a generated {@code ImmutableX}, the class itself otherwise.
   *
   * @param c the class
   * @return the abstract value type
   */
  static Class<?> abstractTypeOf(Class<?> c) {
    if (c.getSimpleName().startsWith("Immutable")) {
      String wanted = c.getSimpleName().substring("Immutable".length());
      Class<?> sup = c.getSuperclass();
      if (sup != null && sup.getSimpleName().equals(wanted)) {
        return sup;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (i.getSimpleName().equals(wanted)) {
          return i;
        }
      }
    }
    return c;
  }
}

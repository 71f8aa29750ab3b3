package io.github.dpasemantics.json;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country codes the command line accepts: the ISO 3166-1 alpha-2 codes the JDK lists as
 * assigned ({@link Locale#getISOCountries()}), plus {@code XK} (Kosovo, a user-assigned code used
 * by the European Commission and in transfers from the EU). Anything else, such as {@code XX},
 * {@code ZZ} or {@code UK} (the United Kingdom is {@code GB}), is refused.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Countries {
  /** The codes accepted beyond the JDK's list, each a user-assigned code in real use. */
  public static final Set<String> EXCEPTIONS = Set.of("XK");

  private static final Set<String> ASSIGNED = assignedCodes();

  private Countries() {}

  private static Set<String> assignedCodes() {
    Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
    codes.addAll(EXCEPTIONS);
    return Set.copyOf(codes);
  }

  /**
   * Whether the code is an assigned ISO 3166-1 alpha-2 code or one of the {@link #EXCEPTIONS}.
   *
   * @param code the code
   * @return {@code true} if it is accepted
   */
  public static boolean isAssigned(String code) {
    return ASSIGNED.contains(code);
  }

  /**
   * Returns the code if it is accepted.
   *
   * @param code the code
   * @return the code
   * @throws IllegalArgumentException if it is not an assigned ISO 3166-1 alpha-2 code (nor an exception)
   */
  public static String assigned(String code) {
    if (!isAssigned(code)) {
      throw new IllegalArgumentException("'" + Text.excerpt(code) + "' is not an assigned ISO 3166-1 alpha-2 country code"
          + ("UK".equals(code) ? " (the United Kingdom is GB)" : ""));
    }
    return code;
  }
}

package io.github.dpasemantics.examples.reference;

/**
 * Escaping of text for HTML element content and attribute values. Every piece of text the
 * reference writes that does not come from this package's own markup goes through here.
 */
final class Html {
  private Html() {}

  /**
   * Escapes text for element content or a double-quoted attribute value: {@code & < > " '}.
   *
   * @param text the text
   * @return the escaped text
   */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns the anchor id of a clause, e.g. {@code clause-A.2.2.2}.
   *
   * @param clauseId the clause id in canonical form
   * @return the anchor id
   */
  static String clauseAnchor(String clauseId) {
    return "clause-" + clauseId;
  }

  /**
   * Returns the anchor id of a policy method, e.g. {@code policy-Subprocessing.objectionAllowed}.
   *
   * @param qualifiedName {@code Class.method}
   * @return the anchor id
   */
  static String policyAnchor(String qualifiedName) {
    return "policy-" + qualifiedName;
  }

  /**
   * Returns the anchor id of a policy class, e.g. {@code policy-class-Subprocessing}.
   *
   * @param simpleName the class's simple name
   * @return the anchor id
   */
  static String policyClassAnchor(String simpleName) {
    return "policy-class-" + simpleName;
  }
}

package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.norm.Deeming;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one policy catalogue: names, order, declarations and problems, read from the annotations. */
class PolicyCatalogTest {

  /** Policies with every kind of declaration the catalogue reads. */
  @NotDecidable(clause = "6.2", reason = "a pointer")
  static final class Sample {
    private Sample() {}

    @Decides(value = {"Z.9", "9.1"}, quotes = {"6.1.1", "nonsense"})
    public static Decision<Boolean> badIdFirst() {
      return Decision.of("Sample.badIdFirst", true, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    @Decides("Z.8")
    public static Decision<Boolean> onlyBadIds() {
      return Decision.of("Sample.onlyBadIds", true, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    @Decides("2.9")
    public static Decision<Boolean> aFirst() {
      return Decision.of("Sample.aFirst", true, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    @Decides("2.9")
    public static Decision<Boolean> aFirst(boolean overload) {
      return Decision.of("Sample.aFirst", overload, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    @Encodes(Deeming.LIABILITY_LIMITS)
    public static Decision<Boolean> shown() {
      return Decision.of("Sample.shown", true, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    @Decides("2.1")
    Decision<Boolean> notStatic() {
      return Decision.of("Sample.notStatic", true, Reason.of(Deletion.Code.SEGMENTS_SYSTEMS));
    }

    public static boolean undeclared() {
      return true;
    }
  }

  @Test
  @DisplayName("reads names, overloads, decided and quoted clauses, encodings and problems from the annotations")
  void readsTheAnnotations() {
    PolicyCatalog c = PolicyCatalog.of(List.of(Sample.class));
    assertEquals(List.of("Sample.aFirst", "Sample.aFirst", "Sample.shown", "Sample.badIdFirst", "Sample.onlyBadIds"),
        c.all().stream().map(PolicyCatalog.Policy::name).toList(), "by first clause, then name, then arity; no valid clause last");
    assertEquals(List.of(0, 1), c.named("Sample.aFirst").stream().map(p -> p.method().getParameterCount()).toList());
    assertEquals(List.of("Sample.aFirst", "Sample.shown", "Sample.badIdFirst", "Sample.onlyBadIds"), c.names());
    assertEquals(6, c.declared().size(), "the non-static method is declared but not a policy");
    PolicyCatalog.Policy bad = c.named("Sample.badIdFirst").get(0);
    assertEquals(List.of(ClauseId.parse("9.1")), bad.decides());
    assertEquals(List.of(ClauseId.parse("6.1.1")), bad.quotes());
    assertTrue(bad.mayCite(ClauseId.parse("9.1")) && bad.mayCite(ClauseId.parse("6.1.1")) && !bad.mayCite(ClauseId.parse("6.1.2")));
    assertFalse(bad.isEncoding());
    PolicyCatalog.Policy shown = c.named("Sample.shown").get(0);
    assertEquals(Optional.of(Deeming.LIABILITY_LIMITS), shown.encodes());
    assertEquals(List.of(ClauseId.parse("3.2")), shown.decides());
    assertTrue(shown.isEncoding());
    assertEquals(List.of(shown), c.deciding(ClauseId.parse("3.2")));
    assertEquals(List.of(new PolicyCatalog.Undecidable("Sample", "6.2", "a pointer")), c.notDecidable());
    List<String> p = c.getProblems();
    assertTrue(p.stream().anyMatch(s -> s.startsWith("@Decides on Sample.badIdFirst: 'Z.9' is not a clause id")), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("@Decides on Sample.badIdFirst: 'nonsense' is not a clause id")), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("@Decides on Sample.onlyBadIds: 'Z.8' is not a clause id")), p::toString);
    assertTrue(p.contains("@Decides on Sample.notStatic: the method must be public and static"), p::toString);
    assertEquals(4, p.size(), p::toString);
    assertEquals(List.of("Sample"), List.copyOf(c.byClass().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> c.byClass().get("Sample").clear());
    assertThrows(NullPointerException.class, () -> PolicyCatalog.of(null));
  }

  @Test
  @DisplayName("the Segment catalogue lists the deeming provisions of its clause catalogue, and only those")
  void deemings() {
    assertEquals(List.of(Deeming.values()), PolicyCatalog.deemings(ClauseCatalog.segmentDpa()));
    ClauseCatalog tiny = ClauseCatalog.of(List.of(ClauseCatalog.segmentDpa().get("3"), ClauseCatalog.segmentDpa().get("3.2")));
    assertEquals(List.of(Deeming.LIABILITY_LIMITS), PolicyCatalog.deemings(tiny));
    assertThrows(NullPointerException.class, () -> PolicyCatalog.deemings(null));
    assertTrue(PolicyCatalog.segmentDpa() == PolicyCatalog.segmentDpa());
  }
}

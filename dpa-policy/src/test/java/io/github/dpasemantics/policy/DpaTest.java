package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Dpa} is the static policy functions with a contract's terms and readings bound: one
 * method for each static method that takes them (so the set cannot drift), each answering exactly
 * what the static function answers.
 */
class DpaTest {

  /** The public static policy methods that take a contract's terms and/or readings. */
  static List<Method> contractMethods() {
    List<Method> out = new ArrayList<>();
    for (Class<?> c : Policies.classes()) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass() == c && Modifier.isStatic(m.getModifiers())
            && Stream.of(m.getParameterTypes()).anyMatch(DpaTest::isBound)) {
          out.add(m);
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Method::toGenericString));
    return out;
  }

  private static boolean isBound(Class<?> t) {
    return t == DpaTerms.class || t == Interpretations.class;
  }

  /** The Dpa method asking the same question: same name and return type, the other parameters in order. */
  static @Nullable Method counterpart(Method staticMethod) {
    List<Type> rest = new ArrayList<>();
    for (int i = 0; i < staticMethod.getParameterCount(); i++) {
      if (!isBound(staticMethod.getParameterTypes()[i])) {
        rest.add(staticMethod.getGenericParameterTypes()[i]);
      }
    }
    for (Method m : Dpa.class.getMethods()) {
      if (m.getDeclaringClass() == Dpa.class && !Modifier.isStatic(m.getModifiers())
          && m.getName().equals(staticMethod.getName())
          && Arrays.asList(m.getGenericParameterTypes()).equals(rest)
          && m.getGenericReturnType().equals(staticMethod.getGenericReturnType())) {
        return m;
      }
    }
    return null;
  }

  @Test
  @DisplayName("Every static policy method taking DpaTerms or Interpretations has its Dpa counterpart")
  void everyContractQuestionHasItsDpaMethod() {
    List<Method> statics = contractMethods();
    assertTrue(statics.size() > 40, "static methods found: " + statics.size());
    List<String> missing = statics.stream().filter(m -> counterpart(m) == null)
        .map(Method::toGenericString).collect(Collectors.toList());
    assertEquals(List.of(), missing, "Dpa lacks a counterpart of");
  }

  @Test
  @DisplayName("Dpa has no question of its own: each of its questions is a static policy method's")
  void dpaAddsNoRule() {
    Set<Method> covered = contractMethods().stream().map(DpaTest::counterpart).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Set<String> own = Set.of("getTerms", "getReadings", "withTerms", "withReadings", "equals", "hashCode", "toString");
    List<String> extra = Stream.of(Dpa.class.getMethods())
        .filter(m -> m.getDeclaringClass() == Dpa.class && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !covered.contains(m) && !own.contains(m.getName()))
        .map(Method::toGenericString).collect(Collectors.toList());
    assertEquals(List.of(), extra);
  }

  @Test
  @DisplayName("Each Dpa method answers what its static function answers, the same value or the same error")
  void eachDpaMethodAnswersAsItsStaticFunction() {
    Set<String> failures = new LinkedHashSet<>();
    for (Method m : contractMethods()) {
      Method bound = Objects.requireNonNull(counterpart(m), m::toGenericString);
      qt().withExamples(20).withShrinkCycles(0).forAll(PolicyInputs.arguments(m)).checkAssert(args -> {
        DpaTerms terms = DpaTerms.segment();
        Interpretations readings = Interpretations.defaults();
        List<Object> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
          if (m.getParameterTypes()[i] == DpaTerms.class) {
            terms = (DpaTerms) args[i];
          } else if (m.getParameterTypes()[i] == Interpretations.class) {
            readings = (Interpretations) args[i];
          } else {
            rest.add(args[i]);
          }
        }
        String expected = outcome(m, null, args);
        String actual = outcome(bound, Dpa.of(terms, readings), rest.toArray());
        if (!expected.equals(actual)) {
          failures.add(m.toGenericString() + ": static " + expected + ", Dpa " + actual);
        }
      });
    }
    assertEquals(List.of(), List.copyOf(failures), () -> String.join("\n", failures));
  }

  private static String outcome(Method m, @Nullable Object target, Object[] args) {
    try {
      Object r = m.invoke(target, args);
      return "returned " + r + (r instanceof Decision ? " explained " + ((Decision<?>) r).explain() : "");
    } catch (InvocationTargetException e) {
      return "threw " + e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("6.3: a contract-bound objection deadline is the static one, with the contract's terms")
  void objectionDeadlineWithTheContractsTerms() {
    LocalDate notice = LocalDate.of(2025, 3, 3);
    DpaTerms sevenDays = DpaTerms.segment().withObjectionDays(7);
    Dpa dpa = Dpa.of(sevenDays, Interpretations.defaults());
    assertEquals(LocalDate.of(2025, 3, 10), dpa.objectionDeadlineDate(notice));
    assertEquals(Subprocessing.objectionDeadline(notice, sevenDays, Interpretations.defaults()),
        dpa.objectionDeadline(notice));
    assertEquals(LocalDate.of(2025, 3, 8), Dpa.segment().objectionDeadlineDate(notice));
  }

  @Test
  @DisplayName("7.3: contract-bound incident notification takes the named facts the static function takes")
  void incidentNotificationWithNamedFacts() {
    Dpa dpa = Dpa.segment();
    Decision<Boolean> owed = dpa.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE,
        LegalProhibition.NOT_PROHIBITED, WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA);
    assertEquals(true, owed.getOutcome());
    assertEquals(Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE,
        LegalProhibition.NOT_PROHIBITED, WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA,
        Interpretations.defaults()), owed);
    assertEquals(false, dpa.isIncidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE,
        LegalProhibition.PROHIBITED_BY_LAW, WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA));
  }

  @Test
  @DisplayName("9.1: contract-bound deletion takes the Agreement's end as an Optional (empty: not ended)")
  void deletionWithTheAgreementsOptionalEnd() {
    Dpa dpa = Dpa.segment();
    LocalDate request = LocalDate.of(2024, 2, 1);
    assertEquals(Optional.of(LocalDate.of(2024, 4, 1)),
        dpa.deletionDueDate(request, Optional.of(LocalDate.of(2024, 1, 31))));
    assertEquals(Optional.empty(), dpa.deletionDueDate(request, Optional.empty()));
    assertEquals(Deletion.deletionDue(request, Optional.of(LocalDate.of(2024, 1, 31)), DpaTerms.segment(),
        Interpretations.defaults()), dpa.deletionDue(request, Optional.of(LocalDate.of(2024, 1, 31))));
  }

  @Test
  @DisplayName("A.4.3, A.4.3.8: contract-bound SCC questions answer yes where the text says the SCCs govern, and later terminate")
  void sccsGovernAndTerminate() {
    Dpa dpa = Dpa.segment();
    LegalFacts facts = LegalFacts.current();
    CountryCode de = CountryCode.of("DE");
    CountryCode us = CountryCode.of("US");
    // A.4.3: an EU->US transfer without DPF certification or another basis after Schrems II (16 July 2020)
    assertTrue(dpa.isSccGoverned(de, us, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
        LocalDate.of(2021, 1, 1), facts));
    assertFalse(dpa.isSccGoverned(de, us, DpfCertification.NOT_CERTIFIED, AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS,
        LocalDate.of(2021, 1, 1), facts));
    TransferMade transfer = TransferMade.builder().id("e1").transferId("t1").date(LocalDate.of(2021, 1, 1))
        .exporterCountry(de).destinationCountry(us).importerDpfCertified(false).alternativeBasis(false).build();
    assertTrue(dpa.isSccGoverned(transfer, facts));
    assertFalse(dpa.isSccGoverned(TransferMade.builder().from(transfer).alternativeBasis(true).build(), facts));
    // A.4.3.8: once a DPF-certified Segment makes the transfer lawful (10 July 2023) the SCCs terminate
    assertTrue(dpa.isSccTerminated(de, us, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
        LocalDate.of(2021, 1, 1), LocalDate.of(2023, 7, 10), facts));
    assertFalse(dpa.isSccTerminated(de, us, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
        LocalDate.of(2021, 1, 1), LocalDate.of(2023, 7, 9), facts));
  }

  @Test
  @DisplayName("A Dpa is built from terms and readings, from a contract instance, or as the published Segment DPA")
  void factoriesAndCopies() {
    Interpretations rolled = Interpretations.defaults().with(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    DpaTerms terms = DpaTerms.segment().withObjectionDays(7);
    Dpa dpa = Dpa.of(terms, rolled);
    assertSame(terms, dpa.getTerms());
    assertSame(rolled, dpa.getReadings());
    assertEquals(Dpa.of(DpaTerms.segment(), Interpretations.defaults()), Dpa.segment());
    assertEquals(Dpa.of(DpaTerms.segment(), rolled), Dpa.segment().withReadings(rolled));
    assertEquals(Dpa.of(terms, Interpretations.defaults()), Dpa.segment().withTerms(terms));
    assertEquals(Dpa.of(terms, rolled).hashCode(), dpa.hashCode());
    assertNotEquals(Dpa.segment(), dpa);
    assertNotEquals(Dpa.segment().hashCode(), dpa.hashCode());
    assertNotEquals(Dpa.segment(), Dpa.segment().withTerms(terms));
    assertNotEquals(Dpa.segment(), Dpa.segment().withReadings(rolled));
    assertNotEquals(Dpa.segment(), (Object) "Dpa");
    assertEquals("Dpa{terms=" + terms + ", readings=" + rolled + "}", dpa.toString());

    qt().forAll(PolicyInputs.arguments(contractFactory())).checkAssert(args -> {
      ContractInstance contract = (ContractInstance) args[0];
      Dpa bound = Dpa.from(contract);
      assertEquals(contract.getTerms(), bound.getTerms());
      assertEquals(contract.getInterpretations(), bound.getReadings());
    });
  }

  @Test
  @DisplayName("null terms, readings or contract are refused, naming the parameter")
  void nullsAreRefusedByName() {
    assertEquals("Dpa.of: terms must not be null",
        assertThrows(NullPointerException.class, () -> Dpa.of(null, Interpretations.defaults())).getMessage());
    assertEquals("Dpa.of: readings must not be null",
        assertThrows(NullPointerException.class, () -> Dpa.of(DpaTerms.segment(), null)).getMessage());
    assertEquals("Dpa.from: contract must not be null",
        assertThrows(NullPointerException.class, () -> Dpa.from(null)).getMessage());
    assertEquals("Dpa.of: terms must not be null",
        assertThrows(NullPointerException.class, () -> Dpa.segment().withTerms(null)).getMessage());
    assertEquals("Dpa.of: readings must not be null",
        assertThrows(NullPointerException.class, () -> Dpa.segment().withReadings(null)).getMessage());
  }

  /** A method whose only parameter is a contract instance, so the shared generators supply one. */
  private static Method contractFactory() {
    try {
      return Dpa.class.getMethod("from", ContractInstance.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.dpasemantics.model.contract;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.model.testing.ModelGenerators;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ContractModelProperties {

  @Test
  @DisplayName("Generated parties, data descriptors, agreements, addenda and contracts pass validation")
  void generatedValuesAreValid() {
    qt().forAll(ModelGenerators.parties()).checkAssert(p -> assertEquals(List.of(), violations(p)));
    qt().forAll(ModelGenerators.dataDescriptors()).checkAssert(d -> assertEquals(List.of(), violations(d)));
    qt().forAll(ModelGenerators.agreements()).checkAssert(a -> assertEquals(List.of(), violations(a)));
    qt().forAll(ModelGenerators.addenda()).checkAssert(a -> assertEquals(List.of(), violations(a)));
    qt().forAll(ModelGenerators.subprocessors()).checkAssert(s -> assertEquals(List.of(), violations(s)));
    qt().forAll(ModelGenerators.contracts()).checkAssert(c -> assertEquals(List.of(), violations(c)));
  }

  @Test
  @DisplayName("Builders and with* copies round-trip every generated value")
  void buildersRoundTrip() {
    qt().forAll(ModelGenerators.parties()).checkAssert(p -> {
      assertEquals(p, Party.builder().from(p).build());
      assertEquals(p, p.withName(p.getName()));
    });
    qt().forAll(ModelGenerators.dataDescriptors()).checkAssert(d ->
        assertEquals(d, DataDescriptor.builder().from(d).build()));
    qt().forAll(ModelGenerators.agreements()).checkAssert(a -> {
      assertEquals(a, Agreement.builder().from(a).build());
      assertEquals(a, a.withExpirationDate(a.getExpirationDate()));
    });
    qt().forAll(ModelGenerators.contracts()).checkAssert(c -> {
      assertEquals(c, ContractInstance.builder().from(c).build());
      assertEquals(c, c.withAddendum(c.getAddendum()));
      assertEquals(c.hashCode(), ContractInstance.builder().from(c).build().hashCode());
    });
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the Addendum's effective date is the later signature date, never before either")
  void effectiveDateIsTheLaterSignature() {
    qt().forAll(ModelGenerators.addenda()).checkAssert(a -> {
      for (Signature s : a.getSignatures()) {
        assertFalse(a.getEffectiveDate().isBefore(s.getDate()));
      }
      assertTrue(a.getSignatures().stream().anyMatch(s -> s.getDate().equals(a.getEffectiveDate())));
    });
  }

  @Test
  @DisplayName("Each kind of corruption of a valid contract is caught, naming the field")
  void corruptionsAreCaught() {
    qt().forAll(ModelGenerators.contracts(), integers().between(0, 5)).checkAssert((c, kind) -> {
      ContractInstance ic = c;
      switch (kind) {
        case 0:
          assertTrue(violations(ic.withId(" ")).stream().anyMatch(v -> v.startsWith("id: ContractInstance.id")));
          break;
        case 1:
          assertTrue(violations(ic.withCustomer(Party.builder().from(c.getCustomer()).name("").build()))
              .stream().anyMatch(v -> v.startsWith("customer.name: Party.name")));
          break;
        case 2: {
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> ic.withAgreement(
              Agreement.builder().effectiveDate(c.getAgreement().getEffectiveDate())
                  .expirationDate(c.getAgreement().getEffectiveDate().minusDays(1)).build()));
          assertTrue(e.getMessage().startsWith("Agreement.expirationDate"), e.getMessage());
          break;
        }
        case 3: {
          // An Agreement that takes effect on the Addendum's day cannot expire the day before: the
          // Agreement's own check names that first.
          String first = c.getAgreement().getEffectiveDate().isBefore(c.addendumEffectiveDate())
              ? "ContractInstance.addendum.effectiveDate" : "Agreement.expirationDate";
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> ic.withAgreement(
              Agreement.builder().from(c.getAgreement()).expirationDate(c.addendumEffectiveDate().minusDays(1)).build()));
          assertTrue(e.getMessage().startsWith(first), e.getMessage());
          break;
        }
        case 4: {
          IllegalStateException e = assertThrows(IllegalStateException.class,
              () -> ic.withCustomer(Party.builder().from(c.getCustomer()).kind(PartyKind.SUBPROCESSOR).build()));
          assertTrue(e.getMessage().startsWith("ContractInstance.customer.kind"), e.getMessage());
          break;
        }
        default: {
          Subprocessor dup = Subprocessor.of(Party.of("sp-x", "X", PartyKind.THIRD_PARTY_SUBPROCESSOR));
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> ic.withSubprocessors(dup, dup));
          assertTrue(e.getMessage().startsWith("ContractInstance.subprocessors: id 'sp-x'"), e.getMessage());
        }
      }
    });
  }

  @Test
  @DisplayName("A corrupted party id or name is caught by validation naming the field, for any kind")
  void partyCorruptionsAreCaught() {
    qt().forAll(ModelGenerators.parties(), Generate.pick(List.of(" ", "", "a b", "-a", "é"))).checkAssert((p, bad) -> {
      assertTrue(violations(p.withId(bad)).stream().allMatch(v -> v.startsWith("id: Party.id = '" + bad + "'")));
      assertFalse(violations(p.withId(bad)).isEmpty());
      if (bad.isBlank()) {
        assertEquals(List.of("name: Party.name = '" + bad + "': must not be blank"),
            violations(p.withName(bad)));
      }
    });
  }
}

package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Embedding the validator: the model states presence and ranges as Jakarta constraints, checked on
 * demand by whatever provider the application brings (the project tests with Hibernate Validator).
 * A service that accepts a contract from its users validates it and reports every violation, not
 * only the first.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.EmbeddingTheValidator}
 * (with a Jakarta Validation provider such as Hibernate Validator on the class path).
 */
public final class EmbeddingTheValidator {
  private EmbeddingTheValidator() {}

  // tag::example[]
  /**
   * Validates a value with the provider on the class path, messages in English.
   *
   * @param value the value
   * @return one line per violation, "path: message", sorted
   */
  public static List<String> violations(Object value) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    MessageInterpolator english = english(config.getDefaultMessageInterpolator());
    try (ValidatorFactory factory = config.messageInterpolator(english).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Object>> found = validator.validate(value);
      List<String> out = new ArrayList<>();
      for (ConstraintViolation<Object> v : found) {
        out.add(v.getPropertyPath() + ": " + v.getMessage());
      }
      out.sort(null);
      return out;
    }
  }

  /** A contract as a user might send it: terms with an objection window over ten years and a bad address. */
  static ContractInstance contractFromUser() {
    DpaTerms terms = DpaTerms.builder().objectionDays(4000).deletionDays(60).privacyContact("privacy at acme").build();
    return ContractInstance.builder()
        .id("acme-2024")
        .customer(Party.of("acme", " ", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2024, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .terms(terms)
        .build();
  }
  // end::example[]

  private static MessageInterpolator english(MessageInterpolator delegate) {
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context, Locale.ENGLISH);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return delegate.interpolate(template, context, Locale.ENGLISH);
      }
    };
  }

  /**
   * Runs the example and returns the printed lines.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    List<String> segmentPreset = violations(ContractInstance.builder()
        .id("acme-2024")
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2024, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .build());
    out.add("contract with the Segment preset: " + segmentPreset.size() + " violation(s)");
    List<String> found = violations(contractFromUser());
    out.add("contract from the user: " + found.size() + " violation(s)");
    for (String v : found) {
      out.add("    " + v);
    }
    return out;
  }

  /**
   * Prints the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try {
      Lines.print(run(), System.out);
    } catch (NoProviderFoundException e) {
      System.err.println("EmbeddingTheValidator: no Jakarta Validation provider on the class path; add one, e.g."
          + " org.hibernate.validator:hibernate-validator with org.glassfish.expressly:expressly");
      System.exit(1);
    }
  }
}

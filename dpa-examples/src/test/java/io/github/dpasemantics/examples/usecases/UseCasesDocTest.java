package io.github.dpasemantics.examples.usecases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/usecases.md in sync with the use-case classes: the document must contain each
 * class's name, every line of its code excerpt (between {@code tag::example[]} and
 * {@code end::example[]}) and every line it prints. Run with {@code -Ddpa.usecases.write=true} to
 * rewrite the document from the code.
 */
@DisplayName("docs/usecases.md")
class UseCasesDocTest {

  /** One use case as the document shows it. */
  record UseCase(Class<?> type, String title, String what, Supplier<List<String>> run) {}

  static List<UseCase> useCases() {
    return List.of(
        new UseCase(IncidentTriage.class, "Incident triage (2.9, 7.3)",
            "Classify the events of a security queue under 2.9 and decide under 7.3 whether Segment must notify Customer."
                + " Unsuccessful attempts (port scans, failed log-ins) are not Security Incidents; a confirmed breach is,"
                + " and must be notified unless the law prohibits it. The denial-of-service question is an open reading.",
            IncidentTriage::run),
        new UseCase(SubprocessorChangeManagement.class, "Subprocessor change management (6.3)",
            "Plan the notice of a new Third Party Subprocessor (at least 10 calendar days before it first processes"
                + " data), fix the notice day when two channels are used, compute the 5-day objection window and check"
                + " the objections that arrive — the fifth day after notice is the last.",
            SubprocessorChangeManagement::run),
        new UseCase(EndOfContractDeletion.class, "End-of-contract deletion (9.1, 9.2)",
            "Compute the deletion due date (60 days after a request following termination), see how the two readings"
                + " treat a request made before the end, decide which data sets the law requires Segment to keep, and"
                + " check the completion date.",
            EndOfContractDeletion::run),
        new UseCase(AuditRequests.class, "Audit requests (A.2.2.2)",
            "Track audit requests against \"not more than once per calendar year\" and decide whether a Third Party"
                + " Report answers a request in lieu of a written response — including the 29 February request, whose"
                + " 12-month period starts on 28 February of the year before.",
            AuditRequests::run),
        new UseCase(Transfers.class, "Transfers as of a date (A.4.3)",
            "Ask whether the Standard Contractual Clauses govern transfers to Segment in the United States as of"
                + " several dates: the answer follows outside law (the Privacy Shield until 16 July 2020, the Data"
                + " Privacy Framework from 10 July 2023), kept in the dated LegalFacts table. The EEA question is an"
                + " open reading.",
            Transfers::run),
        new UseCase(CcpaUseChecks.class, "CCPA use checks (B.3)",
            "Gate the jobs that touch Customer Personal Data: selling is never allowed; retaining, using or"
                + " disclosing only for the specific purpose of providing the Services, within the direct business"
                + " relationship (processing on Customer's Section 5 instructions counts, B.4).",
            CcpaUseChecks::run),
        new UseCase(EmbeddingTheValidator.class, "Embedding the validator",
            "Validate a contract a user sends with the Jakarta Validation provider of your application (the project"
                + " tests with Hibernate Validator): every violation is reported with its path, not only the first.",
            EmbeddingTheValidator::run));
  }

  static Path root() {
    return DocsRoot.find();
  }

  static List<String> excerpt(Class<?> type) throws IOException {
    Path src = root().resolve("dpa-examples/src/main/java").resolve(type.getName().replace('.', '/') + ".java");
    List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("// tag::example[]")) {
        start = i + 1;
      } else if (lines.get(i).trim().equals("// end::example[]")) {
        end = i;
      }
    }
    if (start < 0 || end < start) {
      throw new IllegalStateException(src + ": no // tag::example[] ... // end::example[] region");
    }
    List<String> region = lines.subList(start, end);
    int indent = Integer.MAX_VALUE;
    for (String l : region) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : region) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return out;
  }

  static String render() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Use cases\n\n")
        .append("Small runnable classes in `dpa-examples` (package `io.github.dpasemantics.examples.usecases`), one per use"
            + " case. Each has a `main` that prints its result and a `run()` that returns the printed lines; `UseCaseTest`"
            + " asserts their outcomes and `UseCasesDocTest` checks that this page shows each class's code and its output"
            + " as they are (regenerate the page with"
            + " `./mvnw -pl dpa-examples -am test -Dtest=UseCasesDocTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Ddpa.usecases.write=true`).\n\n")
        .append("Run one from your IDE, or with the jar `./dpa` builds:\n\n```sh\n"
            + "java -cp dpa-examples/target/dpa.jar io.github.dpasemantics.examples.usecases.IncidentTriage\n"
            + "```\n\n`EmbeddingTheValidator` also needs a Jakarta Validation provider on the class path (the jar leaves"
            + " it out; the tests run it with Hibernate Validator and Expressly).\n\n");
    for (UseCase u : useCases()) {
      sb.append("## ").append(u.title()).append(" — `").append(u.type().getSimpleName()).append("`\n\n")
          .append(u.what()).append("\n\n```java\n");
      for (String l : excerpt(u.type())) {
        sb.append(l).append('\n');
      }
      sb.append("```\n\nOutput:\n\n```text\n");
      for (String l : u.run().get()) {
        sb.append(l).append('\n');
      }
      sb.append("```\n\n");
    }
    return sb.toString();
  }

  @Test
  @DisplayName("shows each use case's class name, code excerpt and printed output as the code has them")
  void inSync() throws IOException {
    Path doc = root().resolve("docs/usecases.md");
    if (Boolean.getBoolean("dpa.usecases.write")) {
      Files.writeString(doc, render(), StandardCharsets.UTF_8);
    }
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (UseCase u : useCases()) {
      if (!text.contains(u.type().getSimpleName())) {
        missing.add(u.type().getSimpleName() + ": class name");
      }
      for (String l : excerpt(u.type())) {
        if (!l.isBlank() && !text.contains(l)) {
          missing.add(u.type().getSimpleName() + " code: " + l);
        }
      }
      for (String l : u.run().get()) {
        if (!text.contains(l)) {
          missing.add(u.type().getSimpleName() + " output: " + l);
        }
      }
    }
    assertTrue(missing.isEmpty(), "docs/usecases.md is out of date (rewrite it with -Ddpa.usecases.write=true):\n"
        + String.join("\n", missing));
  }
}

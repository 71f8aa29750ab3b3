package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.cli.PolicyRegistry.Policy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.json.DecisionReport;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.json.JsonBinding;
import io.github.dpasemantics.json.PolicyInputs;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Decision;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dpa decide POLICY [KEY=VALUE...] [--input FILE]}: runs one policy and prints its
 * {@link Decision}. Inputs are mapped onto the policy's parameters by name and type, so every
 * registered policy can be run without code of its own.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "decide", sortOptions = false, usageHelpAutoWidth = true,
    description = {"Run one policy on inputs given as KEY=VALUE pairs and/or a JSON object (file or stdin) and "
        + "print its decision: the outcome, the clauses it rests on, the reasons, the readings used and, for "
        + "deadlines, the window.", "",
        "Example: dpa decide Subprocessing.objectionAllowed notice=2025-03-03 objection=2025-03-08 form=IN_WRITING "
            + "grounds=REASONABLE_DATA_PROTECTION", ""},
    footer = {"", "A value is read as its parameter's type: dates as YYYY-MM-DD, enums by name, booleans, numbers; "
        + "model values (events, terms, parties) as JSON, inline or as @FILE. 'dpa policies' lists every policy and "
        + "its inputs; docs/schemas/decide/ holds a JSON Schema per policy."})
final class DecideCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Parameters(index = "0", paramLabel = "POLICY", description = "The policy, as Class.method or, when unique, method.")
  String policy = "";

  @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "An input, by parameter name.")
  List<String> pairs = new ArrayList<>();

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "A JSON object of inputs; '-' reads stdin.")
  @Nullable String input;

  @Option(names = "--interpretation", paramLabel = "NAME", converter = Readings.class,
      description = "Choose a documented reading (repeatable), e.g. NOTICE_ON_EARLIER_CHANNEL; see docs/interpretations.md.")
  List<Interpretation> readings = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "DecideCommand.main");
    if (format == Format.html) {
      throw InvalidInputException.argument("--format html", "decide prints text or json", "text or json");
    }
    Interpretations chosen = Readings.of(readings);
    String source = input == null ? "inputs" : "-".equals(input) ? "<stdin>" : input;
    byte[] doc = input == null ? null
        : "-".equals(input) ? m.reader().bytes(m.io().in(), "<stdin>") : m.reader().bytes(Path.of(input));
    DecisionReport report = decide(policy, doc, source, pairs, chosen, m.reader());
    if (format == Format.json) {
      DpaJson.write(m.io().out(), report);
    } else {
      m.io().out().println(Render.decision(report, m.style()));
    }
    return Main.OK;
  }

  /**
   * Binds a policy's inputs from a JSON object and/or {@code KEY=VALUE} pairs, chooses the
   * overload they fit and runs it: what {@code dpa decide} does before printing.
   *
   * @param policy the policy's name, as {@code Class.method} or, when unique, {@code method}
   * @param doc the JSON object of inputs ({@code -i FILE}), as UTF-8, if any
   * @param source the document's name, for messages
   * @param pairs the {@code KEY=VALUE} inputs
   * @param chosen the readings chosen
   * @param reader the JSON reader
   * @return the decision, with the dates its inputs gave as instants
   * @throws InvalidInputException if the policy is unknown, an input is malformed, missing or
   *     unknown, or the policy refuses the inputs
   */
  static DecisionReport decide(String policy, byte @Nullable [] doc, String source, List<String> pairs,
      Interpretations chosen, JsonBinding reader) {
    List<Policy> overloads = PolicyRegistry.load().named(policy);
    Map<String, JsonNode> given = new LinkedHashMap<>();
    if (doc != null) {
      JsonNode tree = reader.tree(doc, source);
      if (!tree.isObject()) {
        throw InvalidInputException.at(source, "$", reader.locate(doc, "").orElse(null),
            "found " + reader.describe(tree), "a JSON object whose members are the policy's inputs", null);
      }
      tree.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
    }
    int members = given.size();
    Map<String, String> raw = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw InvalidInputException.argument("input '" + Text.excerpt(pair) + "'", "not a KEY=VALUE pair",
            "KEY=VALUE, e.g. notice=2025-03-03");
      }
      String key = pair.substring(0, eq);
      if (given.containsKey(key) || raw.containsKey(key)) {
        throw InvalidInputException.argument("input '" + Text.excerpt(key) + "'", "given twice", "each input once");
      }
      raw.put(key, pair.substring(eq + 1));
    }
    expedited(overloads, given, raw, reader);
    Set<String> keys = new LinkedHashSet<>(given.keySet());
    keys.addAll(raw.keySet());
    Policy chosenPolicy = choose(overloads, keys);
    PolicyInputs inputs = PolicyInputs.of(chosenPolicy.method());
    boolean whole = doc != null && raw.isEmpty() && given.size() == members;
    for (Map.Entry<String, String> e : raw.entrySet()) {
      given.put(e.getKey(), inputs.fromText(reader, e.getKey(), e.getValue()));
    }
    JsonBinding.Bound<Object[]> bound;
    try {
      // the document as written keeps its lines and columns; inputs given as KEY=VALUE are a tree,
      // read as the document it writes (whose places are no one's: the messages name only the path)
      bound = doc != null && whole ? inputs.read(reader, doc, source, chosen)
          : withoutPlace(() -> inputs.read(reader, new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(given))
              .toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), source, chosen));
    } catch (InvalidInputException e) {
      if (doc != null || !e.getPath().startsWith("$.")) {
        throw e;
      }
      // a KEY=VALUE input: name it as given, not as a JSON path
      String path = e.getPath().substring(2);
      int dot = path.indexOf('.') < 0 ? path.length() : path.indexOf('.');
      String key = path.substring(0, Math.min(dot, path.indexOf('[') < 0 ? path.length() : path.indexOf('[')));
      throw InvalidInputException.argument("input " + Text.excerpt(key + "=" + raw.getOrDefault(key, "…"))
          + (path.equals(key) ? "" : " at " + path), e.getProblem()
          + e.getRule().map(r -> " (rule: " + r + ")").orElse(""), e.getExpected().orElse(null));
    }
    // an input given as null is absent (issue 17), and the answer states what was taken for it
    Set<String> present = new LinkedHashSet<>();
    given.forEach((k, v) -> {
      if (!v.isNull()) {
        present.add(k);
      }
    });
    return new DecisionReport(invoke(chosenPolicy, bound.value()), bound.conversions(), assumed(inputs, present));
  }

  /** Runs a reading of a tree, its refusal stripped of the line and column of the text the tree was written as. */
  private static <T> T withoutPlace(java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.at(e.getSource(), e.getPath(), null, e.getProblem(), e.getExpected().orElse(null),
          e.getRule().orElse(null));
    }
  }

  /**
   * The optional inputs left out, each with the value the policy receives for it: the answer states
   * them, so that leaving out an input (an incident's {@code effects}) is never a silent "none". The
   * terms and readings are not listed (the readings that mattered are in the decision).
   */
  private static List<String> assumed(PolicyInputs inputs, Set<String> given) {
    List<String> out = new ArrayList<>();
    for (PolicyInputs.Input p : inputs.inputs()) {
      Class<?> raw = p.raw();
      if (p.required() || given.contains(p.name()) || raw == DpaTerms.class || raw == Interpretations.class) {
        continue;
      }
      String taken = p.nullable() ? "absent (the policy takes it as not applicable)"
          : raw == java.util.Optional.class ? "absent"
          : java.util.Collection.class.isAssignableFrom(raw) ? "none (an empty " + (Set.class.isAssignableFrom(raw)
              ? "set" : "list") + ")" : "its default";
      out.add(p.name() + ": not given, so " + taken);
    }
    return out;
  }

  /**
   * {@code expedited=true|false} for a policy whose overloads differ by an {@link ExpeditedReason}
   * (6.3's "as soon as reasonably practicable" notice): {@code true} chooses the overload with the
   * reason, which must then be given; {@code false} the one without it. The input names the choice
   * the way the contract does; the reason stays the input that carries it.
   */
  private static void expedited(List<Policy> overloads, Map<String, JsonNode> given, Map<String, String> raw,
      JsonBinding reader) {
    String reasonName = null;
    for (Policy p : overloads) {
      for (java.lang.reflect.Parameter param : p.method().getParameters()) {
        if (param.getName().equals(EXPEDITED)) {
          return; // the policy has an input of that name: nothing to translate
        }
        if (param.getType() == ExpeditedReason.class) {
          reasonName = param.getName();
        }
      }
    }
    if (reasonName == null || (!given.containsKey(EXPEDITED) && !raw.containsKey(EXPEDITED))) {
      return;
    }
    JsonNode json = given.remove(EXPEDITED);
    String text = raw.remove(EXPEDITED);
    String value = json != null && json.isBoolean() ? String.valueOf(json.booleanValue()) : String.valueOf(text);
    boolean reasonGiven = given.containsKey(reasonName) || raw.containsKey(reasonName);
    String reasons = String.join(", ", java.util.Arrays.stream(ExpeditedReason.values()).map(Enum::name).toList());
    if (!"true".equals(value) && !"false".equals(value)) {
      throw InvalidInputException.argument("input 'expedited'", "found " + (json != null ? reader.describe(json)
          : "'" + Text.excerpt(value) + "'"), "expedited=true (with " + reasonName + "=) or expedited=false");
    }
    if ("true".equals(value) && !reasonGiven) {
      throw InvalidInputException.argument("input 'expedited=true'", "an expedited engagement without its reason",
          reasonName + "=" + "one of: " + reasons + " (rule: 6.3 allows notice as soon as reasonably practicable"
              + " only for these reasons)");
    }
    if ("false".equals(value) && reasonGiven) {
      throw InvalidInputException.argument("input 'expedited=false'", "contradicts " + reasonName + "=",
          "expedited=true with " + reasonName + "=, or no " + reasonName);
    }
  }

  private static final String EXPEDITED = "expedited";

  private static Policy choose(List<Policy> overloads, Set<String> keys) {
    List<Policy> fitting = new ArrayList<>();
    for (Policy p : overloads) {
      PolicyInputs s = PolicyInputs.of(p.method());
      boolean allKnown = keys.stream().allMatch(k -> s.input(k).isPresent());
      boolean allRequired = s.inputs().stream().allMatch(in -> !in.required() || keys.contains(in.name()));
      if (allKnown && allRequired) {
        fitting.add(p);
      }
    }
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    if (fitting.size() > 1) {
      fitting.sort(java.util.Comparator.comparingInt(p -> p.method().getParameterCount()));
      if (fitting.get(0).method().getParameterCount() < fitting.get(1).method().getParameterCount()) {
        return fitting.get(0);
      }
      throw InvalidInputException.argument("policy " + overloads.get(0).name(), "the inputs fit several overloads",
          "the inputs of one of: " + signatures(fitting));
    }
    // no overload fits: name the unknown input, else the missing one of the overloads that know every input
    List<String> known = new ArrayList<>();
    for (Policy p : overloads) {
      for (PolicyInputs.Input prop : PolicyInputs.of(p.method()).inputs()) {
        if (!known.contains(prop.name())) {
          known.add(prop.name());
        }
      }
    }
    for (String k : keys) {
      if (!known.contains(k)) {
        throw InvalidInputException.argument("input '" + Text.excerpt(k) + "'", "unknown input of " + overloads.get(0).name(),
            "inputs among: " + String.join(", ", known) + " (rule: unknown inputs are refused, not ignored)");
      }
    }
    for (Policy p : overloads) {
      PolicyInputs s = PolicyInputs.of(p.method());
      if (keys.stream().allMatch(k -> s.input(k).isPresent())) {
        for (PolicyInputs.Input prop : s.inputs()) {
          if (prop.required() && !keys.contains(prop.name())) {
            throw InvalidInputException.argument("input '" + prop.name() + "'", "missing input of " + p.name(),
                prop.name() + "=" + prop.expected()
                    + (overloads.size() > 1 ? ", or the inputs of another overload: " + signatures(overloads) : ""));
          }
        }
      }
    }
    throw InvalidInputException.argument("policy " + overloads.get(0).name(),
        "no overload takes exactly the inputs " + keys, "the inputs of one of: " + signatures(overloads));
  }

  private static String signatures(List<Policy> ps) {
    List<String> out = new ArrayList<>();
    for (Policy p : ps) {
      out.add(p.signature());
    }
    return String.join(" | ", out);
  }

  private static Decision<?> invoke(Policy p, Object[] args) {
    try {
      return (Decision<?>) p.method().invoke(null, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
          || cause instanceof NullPointerException || cause instanceof java.time.DateTimeException) {
        throw InvalidInputException.argument("policy " + p.name(), "refused the inputs: " + cause.getMessage(), null);
      }
      throw new IllegalStateException("policy " + p.name() + " failed: " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("policy " + p.name() + " is not accessible", e);
    }
  }
}

package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.JsonLimits;
import io.github.dpasemantics.json.JsonBinding;
import io.github.dpasemantics.json.Text;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code dpa} command line. With no command it runs the bundled default scenario (as
 * {@code dpa run}); the commands are {@code run} (alias {@code demo}), {@code monitor},
 * {@code decide}, {@code policies}, {@code clause}, {@code reference}, {@code schema} and
 * {@code check} (the conformance cases).
 *
 * <p>Exit codes: 0 success, 2 invalid input (a malformed or invalid file, an unknown policy,
 * clause or reading, a bad date or option), 1 an unexpected failure ({@code dpa check}: a
 * conformance case failed). No stack trace ever reaches the console: each failure is one message
 * on standard error (set {@code DPA_DEBUG=1} to get the stack trace of an unexpected failure).
 */
@Command(name = "dpa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Executable semantics of the Segment Data Protection Addendum.",
        "",
        "With no command, replays the bundled default scenario (a year under the contract) and prints where "
            + "it stands: open obligations with due dates, met and missed ones, open rights and when they lapse, "
            + "each citing its clause.",
        ""},
    footer = {"", "Exit codes: 0 ok, 2 invalid input, 1 unexpected failure (for dpa check: a case failed).",
        "Formats and schemas: docs/formats.md, docs/schemas/."})
public final class Main implements Callable<Integer> {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code for an unexpected failure. */
  public static final int FAILURE = 1;
  /** Exit code for invalid input. */
  public static final int INVALID_INPUT = 2;

  /** The most characters of a value quoted in one error line. */
  private static final int MAX_MESSAGE = 300;

  private final Io io;
  private @Nullable JsonBinding reader;

  @Mixin
  ReportOptions report = new ReportOptions();

  /**
   * Returns the command bound to the given streams.
   *
   * @param io the streams
   */
  public Main(Io io) {
    this.io = io;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = execute(Io.system(), args);
    } catch (Throwable t) { // last line of defence: one line, never a stack trace
      System.err.println("dpa: unexpected failure: " + Text.excerpt(String.valueOf(t), MAX_MESSAGE));
      code = FAILURE;
    }
    System.exit(code);
  }

  /**
   * Runs the command line on the given streams and returns the exit code (used by tests).
   *
   * @param io the streams
   * @param args the arguments
   * @return 0 ok, 2 invalid input, 1 unexpected failure
   */
  public static int execute(Io io, String... args) {
    // only the command asked for is modelled (picocli reflects over each command it registers)
    CommandLine cl = commandLine(io, args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : "");
    try {
      return cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      io.err().println("dpa: unexpected failure: " + e
          + (e instanceof OutOfMemoryError ? "; give the JVM more heap (DPA_JAVA_OPTS=-Xmx1g)" : ""));
      if (System.getenv("DPA_DEBUG") != null) {
        e.printStackTrace(io.err());
      }
      return FAILURE;
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  /**
   * Returns the picocli command line, with the exit-code mapping and the error handlers installed.
   *
   * @param io the streams
   * @return the command line
   */
  public static CommandLine commandLine(Io io) {
    return commandLine(io, "");
  }

  /** The commands by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("run", RunCommand::new);
    m.put("demo", RunCommand::new);
    m.put("monitor", MonitorCommand::new);
    m.put("decide", DecideCommand::new);
    m.put("policies", PoliciesCommand::new);
    m.put("clause", ClauseCommand::new);
    m.put("reference", ReferenceCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("check", CheckCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  private static CommandLine commandLine(Io io, String only) {
    CommandLine cl = new CommandLine(new Main(io));
    for (Map.Entry<String, Supplier<Object>> e : COMMANDS.entrySet()) {
      boolean alias = "demo".equals(e.getKey());
      if (only.isEmpty() ? !alias : (e.getKey().equals(only) && !alias) || (alias && "demo".equals(only))) {
        cl.addSubcommand(alias ? "run" : e.getKey(), e.getValue().get());
      }
    }
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // no @FILE expansion: an argument is what was typed, never the lines of a file picocli read
    cl.setExpandAtFiles(false);
    PrintWriter err = io.err();
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      if (ex instanceof InvalidInputException) {
        err.println("dpa: " + ex.getMessage());
        return INVALID_INPUT;
      }
      if (System.getenv("DPA_DEBUG") != null) {
        err.println("dpa: unexpected failure: " + Text.excerpt(String.valueOf(ex), MAX_MESSAGE));
        ex.printStackTrace(err);
      } else {
        err.println("dpa: unexpected failure: " + Text.excerpt(String.valueOf(ex), MAX_MESSAGE)
            + "; this is a bug: set DPA_DEBUG=1 for the stack trace and report it");
      }
      return FAILURE;
    });
    // picocli's own messages: one line, control characters escaped, long values cut, the help named inline
    cl.setParameterExceptionHandler((ex, args) -> {
      String message = ex.getMessage();
      err.println("dpa: " + Text.excerpt(message == null ? "invalid arguments" : message.strip(), MAX_MESSAGE)
          + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return INVALID_INPUT;
    });
    return cl;
  }

  @Override
  public Integer call() {
    return RunCommand.run(this, report);
  }

  Io io() {
    return io;
  }

  Style style() {
    return new Style(io.color());
  }

  JsonBinding reader() {
    JsonBinding r = reader;
    if (r == null) {
      r = new JsonBinding(JsonLimits.DEFAULT);
      reader = r;
    }
    return r;
  }

  /** Reports the version from the jar's manifest, or {@code dev} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dpa " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Segment DPA semantics; Java "
          + System.getProperty("java.version") + ")"};
    }
  }
}

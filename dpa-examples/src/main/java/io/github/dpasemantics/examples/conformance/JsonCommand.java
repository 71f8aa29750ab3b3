package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.examples.cli.Io;
import io.github.dpasemantics.examples.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@code dpa} command in process with a JSON document on its standard input and reads its
 * JSON output: the way {@link PolicyCalls} and {@link MonitorCalls} reach the library through the
 * same code paths as the command line.
 *
 * @param output the command's JSON output, or null if it refused its input
 * @param refusal the command's one-line error (without the {@code dpa: } prefix), or null
 */
record JsonCommand(@Nullable JsonNode output, @Nullable String refusal) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Runs a command.
   *
   * @param stdin the document to read from standard input
   * @param args the command and its arguments
   * @return the output or the refusal
   */
  static JsonCommand run(String stdin, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err), false);
    int code = Main.execute(io, args.toArray(new String[0]));
    if (code != Main.OK) {
      return new JsonCommand(null, err.toString().strip().replaceFirst("^dpa: ", ""));
    }
    try {
      return new JsonCommand(JSON.readTree(out.toString()), null);
    } catch (IOException e) {
      return new JsonCommand(null, "the output of dpa " + args.get(0) + " is not JSON: " + e.getMessage());
    }
  }
}

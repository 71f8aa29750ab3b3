package io.github.dpasemantics.json;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The one entry to the JSON formats of dpa-semantics (docs/formats.md, docs/schemas/): reading a
 * timeline, a contract instance, an event or any other model value strictly (unknown fields,
 * {@code null}, duplicate names and wrong JSON types refused; at most {@link JsonLimits#DEFAULT}
 * in size, depth and length), and writing the model's values, decisions and the monitor's outputs
 * in the same form. Every refusal is an {@link InvalidInputException} whose message is one line
 * naming the document, the JSON path, the line and column, what was found, the expected form and
 * the rule.
 *
 * <p>What the writer writes for a model value (a contract, an event, a timeline) reads back as an
 * equal value. This class is stateless and thread-safe.
 */
public final class DpaJson {
  private static final JsonBinding READER = new JsonBinding(JsonLimits.DEFAULT);
  private static final JsonOutput WRITER = new JsonOutput();

  private DpaJson() {}

  /**
   * Returns the reader with the default limits.
   *
   * @return the reader
   */
  public static JsonBinding reader() {
    return READER;
  }

  /**
   * Reads a timeline document (the format of {@code dpa monitor}).
   *
   * @param json the document
   * @param source the document's name, for messages
   * @return the timeline
   * @throws InvalidInputException if the document is malformed or not a valid timeline
   */
  public static Timeline readTimeline(String json, String source) {
    return read(json, Timeline.class, source);
  }

  /**
   * Reads a timeline file, refused before parsing if larger than the limit.
   *
   * @param file the file
   * @return the timeline
   * @throws InvalidInputException if the file is missing, too large, malformed or not a valid timeline
   */
  public static Timeline readTimeline(Path file) {
    return READER.read(READER.bytes(file), Timeline.class, file.toString(), null).value();
  }

  /**
   * Reads a timeline from a stream, refused as soon as it passes the size limit.
   *
   * @param in the stream (left open)
   * @param source the stream's name, for messages (e.g. {@code <stdin>})
   * @return the timeline
   * @throws InvalidInputException if the stream is too large, malformed or not a valid timeline
   */
  public static Timeline readTimeline(InputStream in, String source) {
    return READER.read(READER.bytes(in, source), Timeline.class, source, null).value();
  }

  /**
   * Reads a contract instance (the {@code "contract"} member of a timeline).
   *
   * @param json the document
   * @param source the document's name, for messages
   * @return the contract instance
   * @throws InvalidInputException if the document is malformed or not a valid contract instance
   */
  public static ContractInstance readContract(String json, String source) {
    return read(json, ContractInstance.class, source);
  }

  /**
   * Reads one event: an object whose {@code "type"} names its kind ({@code "DeletionRequested"}),
   * with its {@code "id"}, {@code "date"} and the fields of that kind.
   *
   * @param json the document
   * @param source the document's name, for messages (e.g. a topic, partition and offset)
   * @return the event
   * @throws InvalidInputException if the document is malformed or not a valid event
   */
  public static DpaEvent readEvent(String json, String source) {
    return read(json, DpaEvent.class, source);
  }

  /**
   * Reads one event of a contract whose zone is known: a date given as an instant becomes the
   * contract date on which it falls in that zone (see docs/formats.md).
   *
   * @param json the document
   * @param source the document's name, for messages
   * @param zone the contract's zone ({@code contract.getTerms().getZone()})
   * @return the event
   * @throws InvalidInputException if the document is malformed or not a valid event
   */
  public static DpaEvent readEvent(String json, String source, ZoneId zone) {
    return READER.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), DpaEvent.class, source,
        java.util.Objects.requireNonNull(zone, "DpaJson.readEvent: zone must not be null")).value();
  }

  /**
   * Reads any type that has a JSON form (a model value, a record of them, a list...).
   *
   * @param <T> the type
   * @param json the document
   * @param type the type
   * @param source the document's name, for messages
   * @return the value
   * @throws InvalidInputException if the document is malformed or does not fit the type
   */
  public static <T> T read(String json, Class<T> type, String source) {
    return READER.read(json, type, source).value();
  }

  /**
   * Returns a value as indented JSON ending with a newline: a model value in its input form, a
   * {@link io.github.dpasemantics.policy.Decision} with its outcome, clauses, reasons, readings and
   * window, and the monitor's outputs (contract state, obligations, rights, event accounts, changes)
   * by their accessors.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    return WRITER.toJson(value);
  }

  /**
   * Returns a value as JSON on one line (see {@link #write(Object)}).
   *
   * @param value the value
   * @return the JSON text, without a final newline
   */
  public static String writeLine(@Nullable Object value) {
    return WRITER.toCompactJson(value);
  }

  /**
   * Writes a value as indented JSON, ending with a newline, as it is produced (never held whole).
   *
   * @param out the writer (left open)
   * @param value the value
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Writer out, @Nullable Object value) {
    WRITER.writeTo(out, value);
  }
}

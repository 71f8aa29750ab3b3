package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.time.BusinessCalendar;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes Java values as JSON with Jackson's streaming generator: the model's values as the same
 * objects the {@link Binder} reads (so output can be fed back in), decisions with their outcome,
 * clause ids, reasons (code, clause, sentence), readings and window, and any other value by its
 * public {@code getX()}/{@code isX()} accessors. Absent optionals are left out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValueWriter {
  private static final int MAX_DEPTH = 32;

  /** An instant in the contract's zone, to the second, with its offset (as the conversion sentence shows it). */
  private static final java.time.format.DateTimeFormatter INSTANT =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", java.util.Locale.ROOT);

  private final Shapes shapes;
  private final JsonFactory factory = JsonFactory.builder().build();

  /**
   * Returns a writer using the given shapes for the model's values.
   *
   * @param shapes the shapes
   */
  public ValueWriter(Shapes shapes) {
    this.shapes = shapes;
  }

  /**
   * Returns the value as indented JSON, ending with a newline.
   *
   * @param value the value
   * @return the JSON text
   */
  public String toJson(@Nullable Object value) {
    StringWriter out = new StringWriter();
    writeTo(out, value);
    return out.toString();
  }

  /**
   * Returns the value as JSON on one line, without white space between tokens and without a
   * final newline (a message on a queue, a line of a log).
   *
   * @param value the value
   * @return the JSON text
   */
  public String toCompactJson(@Nullable Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(g, value, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the value as indented JSON, ending with a newline, to the writer as it goes (the text
   * is never held whole in memory); the writer is left open.
   *
   * @param out the writer
   * @param value the value
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(Writer out, @Nullable Object value) {
    try {
      try (JsonGenerator g = factory.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // "name": value, set on the printer: replacing " : " in the text would also change string values
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        g.setPrettyPrinter(pp);
        write(g, value, 0);
      }
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one value.
   *
   * @param g the generator
   * @param value the value
   * @param depth the current depth
   * @throws IOException if writing fails
   */
  public void write(JsonGenerator g, @Nullable Object value, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      g.writeString(String.valueOf(value));
      return;
    }
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Optional) {
      write(g, ((Optional<?>) value).orElse(null), depth);
    } else if (value instanceof CharSequence) {
      g.writeString(value.toString());
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      g.writeNumber((BigInteger) value);
    } else if (value instanceof Number) {
      g.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Interpretation) {
      g.writeString(((Interpretation) value).name());
    } else if (value instanceof Enum) {
      g.writeString(((Enum<?>) value).name());
    } else if (value instanceof TemporalAccessor || value instanceof java.time.ZoneId
        || value instanceof java.time.Period || value instanceof java.time.Duration) {
      g.writeString(value.toString());
    } else if (value instanceof Decision) {
      writeDecision(g, (Decision<?>) value, depth, List.of(), List.of());
    } else if (value instanceof DecisionReport) {
      DecisionReport r = (DecisionReport) value;
      writeDecision(g, r.decision(), depth, r.dates(), r.assumed());
    } else if (value instanceof ContractTime.DateInput) {
      writeDate(g, (ContractTime.DateInput) value);
    } else if (value instanceof Reason) {
      writeReason(g, (Reason) value, depth);
    } else if (value instanceof Window) {
      writeWindow(g, (Window) value);
    } else if (value instanceof Interpretations) {
      write(g, ((Interpretations) value).getNonDefault(), depth);
    } else if (value instanceof BusinessCalendar) {
      write(g, ((BusinessCalendar) value).getHolidays(), depth);
    } else if (value instanceof Collection) {
      g.writeStartArray();
      for (Object o : (Collection<?>) value) {
        write(g, o, depth + 1);
      }
      g.writeEndArray();
    } else if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue(), depth + 1);
      }
      g.writeEndObject();
    } else if (value.getClass().isRecord()) {
      g.writeStartObject();
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        Object v = invoke(rc.getAccessor(), value);
        if (v instanceof Optional && ((Optional<?>) v).isEmpty()) {
          continue;
        }
        g.writeFieldName(rc.getName());
        write(g, v, depth + 1);
      }
      g.writeEndObject();
    } else {
      writeBean(g, value, depth);
    }
  }

  private void writeBean(JsonGenerator g, Object value, int depth) throws IOException {
    Shape shape = null;
    try {
      shape = shapes.of(value.getClass());
    } catch (IllegalStateException e) {
      // no JSON input form: written by accessors below
    }
    if (shape instanceof Shape.Scalar) {
      g.writeString(value.toString());
      return;
    }
    g.writeStartObject();
    if (shape instanceof Shape.Obj && ((Shape.Obj) shape).discriminator() != null) {
      g.writeStringField(Shape.Union.DISCRIMINATOR, Shapes.typeName(value.getClass()));
    }
    Map<String, Object> props = accessors(value);
    if (shape instanceof Shape.Obj) {
      // the input form first, in its order, then nothing else: output can be read back
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (Shape.Property p : ((Shape.Obj) shape).properties()) {
        if (props.containsKey(p.name())) {
          ordered.put(p.name(), props.get(p.name()));
        }
      }
      props = ordered;
    }
    for (Map.Entry<String, Object> e : props.entrySet()) {
      Object v = e.getValue();
      if (v == null || v instanceof Optional && ((Optional<?>) v).isEmpty()) {
        continue;
      }
      g.writeFieldName(e.getKey());
      write(g, v, depth + 1);
    }
    g.writeEndObject();
  }

  /**
   * Returns the values of an object's public {@code getX()}/{@code isX()} accessors, by property
   * name, in declaration order (supertypes first).
   *
   * @param value the object
   * @return the properties
   */
  static Map<String, Object> accessors(Object value) {
    Class<?> c = value.getClass();
    // fields keep class-file order under reflection (methods do not): order accessors by their field
    List<String> order = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      List<String> own = new ArrayList<>();
      for (java.lang.reflect.Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          own.add(f.getName());
        }
      }
      order.addAll(0, own);
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.putIfAbsent(order.get(i), i);
    }
    List<Method> getters = new ArrayList<>();
    for (Method m : c.getMethods()) {
      String name = m.getName();
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
          || m.getReturnType() == void.class) {
        continue;
      }
      boolean get = name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3));
      boolean is = name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
          && m.getReturnType() == boolean.class;
      if (get || is) {
        getters.add(m);
      }
    }
    getters.sort(java.util.Comparator.comparingInt(
            (Method m) -> rank.getOrDefault(Shapes.attributeName(m), Integer.MAX_VALUE))
        .thenComparing(Method::getName));
    Map<String, Object> out = new LinkedHashMap<>();
    for (Method m : getters) {
      String attr = Shapes.attributeName(m);
      if (!out.containsKey(attr)) {
        out.put(attr, invoke(m, value));
      }
    }
    return out;
  }

  private static @Nullable Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException("Cannot read " + m.getName() + " of " + target.getClass().getSimpleName()
          + ": " + cause, cause);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("Cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
    }
  }

  private void writeDecision(JsonGenerator g, Decision<?> d, int depth, List<ContractTime.DateInput> dates,
      List<String> assumed) throws IOException {
    g.writeStartObject();
    g.writeStringField("policy", d.getPolicy());
    g.writeFieldName("outcome");
    write(g, d.getOutcome(), depth + 1);
    g.writeFieldName("clauses");
    g.writeStartArray();
    for (Object id : d.getClauses()) {
      g.writeString(id.toString());
    }
    g.writeEndArray();
    g.writeFieldName("reasons");
    g.writeStartArray();
    for (Reason r : d.getReasons()) {
      writeReason(g, r, depth + 1);
    }
    g.writeEndArray();
    g.writeFieldName("interpretations");
    g.writeStartArray();
    for (Interpretation i : d.getInterpretations()) {
      g.writeStartObject();
      g.writeStringField("name", i.name());
      g.writeStringField("question", i.question().name());
      g.writeStringField("clauses", i.question().clauses());
      g.writeBooleanField("default", i.isDefault());
      g.writeStringField("reading", i.reading());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (d.getWindow().isPresent()) {
      g.writeFieldName("window");
      writeWindow(g, d.getWindow().get());
    }
    if (!dates.isEmpty()) {
      g.writeFieldName("dates");
      g.writeStartArray();
      for (ContractTime.DateInput date : dates) {
        writeDate(g, date);
      }
      g.writeEndArray();
    }
    if (!assumed.isEmpty()) {
      g.writeFieldName("assumed");
      write(g, assumed, depth + 1);
    }
    g.writeEndObject();
  }

  /** A date given as an instant: the input, the text, the zone, the instant there, the contract date, in words. */
  private static void writeDate(JsonGenerator g, ContractTime.DateInput d) throws IOException {
    g.writeStartObject();
    g.writeStringField("input", d.field());
    g.writeStringField("given", d.text());
    g.writeStringField("zone", d.zone().getId());
    if (d.inZone().isPresent()) {
      g.writeStringField("inZone", INSTANT.format(d.inZone().get()));
    }
    g.writeStringField("date", d.date().toString());
    if (d.explain().isPresent()) {
      g.writeStringField("explanation", d.explain().get());
    }
    g.writeEndObject();
  }

  private void writeReason(JsonGenerator g, Reason r, int depth) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", r.getCode().name());
    g.writeStringField("clause", r.getClause().toString());
    g.writeStringField("text", r.getText());
    if (!r.getArguments().isEmpty()) {
      g.writeFieldName("arguments");
      write(g, r.getArguments(), depth + 1);
    }
    g.writeEndObject();
  }

  private static void writeWindow(JsonGenerator g, Window w) throws IOException {
    g.writeStartObject();
    if (w.getOpens().isPresent()) {
      g.writeStringField("opens", w.getOpens().get().toString());
    }
    g.writeStringField("closes", w.getCloses().toString());
    g.writeStringField("anchor", w.getAnchor().toString());
    g.writeStringField("counting", w.getCounting().name());
    g.writeStringField("rule", w.getCounting().description());
    g.writeEndObject();
  }
}

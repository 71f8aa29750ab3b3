package io.github.dpasemantics.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.dpasemantics.json.output.DateOutput;
import io.github.dpasemantics.json.output.DecisionOutput;
import io.github.dpasemantics.json.output.ReasonOutput;
import io.github.dpasemantics.json.output.WindowOutput;
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
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Writes Java values as JSON with Jackson databind: the model's values as the same objects the
 * reader takes (their input members, in their order, with the {@code "type"} of an event first,
 * so output can be fed back in), decisions with their outcome, clause ids, reasons (code, clause,
 * sentence), readings and window as the records of {@link io.github.dpasemantics.json.output}
 * (whose schemas are published), dates as ISO text, and any other value by its public
 * {@code getX()}/{@code isX()} accessors in the order of their fields. Absent optionals and
 * {@code null} members are left out; records keep their component order.
 *
 * <p>This class is immutable and thread-safe (one configured {@link ObjectMapper}).
 */
final class JsonOutput {
  private final ObjectMapper mapper;

  /**
   * Returns the writer of the formats: the model's values in the form {@link ModelModule} reads
   * (its members, their order and an event's {@code "type"} id come from that module's introspector).
   */
  JsonOutput() {
    SimpleModule module = new SimpleModule("dpa-json output");
    // decisions, reasons, windows and date conversions as the output records (package output) whose
    // schemas are published: one place for each member's name, order, presence and description
    module.addSerializer(Decision.class, new Delegating<>(Decision.class, DecisionOutput::of));
    module.addSerializer(DecisionReport.class, new Delegating<>(DecisionReport.class, DecisionOutput::of));
    module.addSerializer(ContractTime.DateInput.class, new Delegating<>(ContractTime.DateInput.class, DateOutput::of));
    module.addSerializer(Reason.class, new Delegating<>(Reason.class, ReasonOutput::of));
    module.addSerializer(Window.class, new Delegating<>(Window.class, WindowOutput::of));
    module.addSerializer(Interpretations.class, new Delegating<>(Interpretations.class, Interpretations::getNonDefault));
    module.addSerializer(BusinessCalendar.class, new Delegating<>(BusinessCalendar.class, BusinessCalendar::getHolidays));
    TextSerializers text = new TextSerializers();
    this.mapper = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new ModelModule())
        .addModule(module)
        .addModule(new SimpleModule("dpa-json text values") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addSerializers(text);
          }
        })
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
        .build();
  }

  /**
   * Returns the value as indented JSON, ending with a newline.
   *
   * @param value the value
   * @return the JSON text
   */
  String toJson(@Nullable Object value) {
    StringWriter out = new StringWriter();
    writeTo(out, value);
    return out.toString();
  }

  /**
   * Returns the value as JSON on one line, without white space between tokens and without a final newline.
   *
   * @param value the value
   * @return the JSON text
   */
  String toCompactJson(@Nullable Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the value as indented JSON ({@code "name": value}, two spaces), ending with a newline, as it is produced.
   *
   * @param out the writer (left open)
   * @param value the value
   * @throws UncheckedIOException if writing fails
   */
  void writeTo(Writer out, @Nullable Object value) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      mapper.writer(pp).writeValue(out, value);
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Values written as their text: dates, zones, periods, and the model's text values (a clause id,
   * a country code: what {@link ModelModule} reads from a string).
   */
  private static final class TextSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      return TemporalAccessor.class.isAssignableFrom(c) || ZoneId.class.isAssignableFrom(c) || c == Period.class
          || c == Duration.class || ModelModule.isTextValue(c) ? ToStringSerializer.instance : null;
    }
  }

  /**
   * A value written as another (a set of readings as the names of those not by default, ...).
   *
   * @param <T> the type of the value written
   */
  private static final class Delegating<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<T, Object> as;

    Delegating(Class<T> type, java.util.function.Function<T, Object> as) {
      super(type);
      this.as = as;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider prov) throws IOException {
      prov.defaultSerializeValue(as.apply(value), g);
    }
  }
}

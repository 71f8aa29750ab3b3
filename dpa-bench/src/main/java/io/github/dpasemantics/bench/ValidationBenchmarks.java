package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.NoticeChannel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Jakarta Validation (Hibernate Validator) of model values, with one {@link Validator} reused as an
 * application would: {@code contract} validates a fully populated {@link ContractInstance}
 * ({@link Workloads#fullContract}), {@code event} validates one event (alternating an objection and
 * a subprocessor notice). Both values are valid; the setup checks that they are, so the benchmark
 * times the full walk over every constraint rather than an early failure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ValidationBenchmarks {

  /** The validator and the values. */
  @State(Scope.Thread)
  public static class Values {
    final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    final Validator validator = factory.getValidator();
    final ContractInstance contract = Workloads.fullContract("acme-2020");
    final DpaEvent[] events = {
        ObjectionMade.builder().id("obj-1").date(LocalDate.of(2024, 3, 4)).subprocessorId("aws").written(true)
            .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build(),
        SubprocessorNoticeGiven.builder().id("note-1").date(LocalDate.of(2024, 3, 1)).subprocessorId("aws")
            .channel(NoticeChannel.WORKSPACE_MESSAGE).build()};
    int i;

    /** Checks that the values are valid, so that validation walks every constraint. */
    @Setup(Level.Trial)
    public void valid() {
      requireValid(validator.validate(contract), "the full contract");
      for (DpaEvent e : events) {
        requireValid(validator.validate(e), "event " + e.getId());
      }
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }

    private static void requireValid(Set<? extends ConstraintViolation<?>> violations, String what) {
      if (!violations.isEmpty()) {
        throw new IllegalStateException("ValidationBenchmarks: " + what + " should be valid but has " + violations);
      }
    }
  }

  @Benchmark
  public Set<ConstraintViolation<ContractInstance>> contract(Values v) {
    return v.validator.validate(v.contract);
  }

  @Benchmark
  public Set<ConstraintViolation<DpaEvent>> event(Values v) {
    return v.validator.validate(v.events[v.i++ & 1]);
  }
}

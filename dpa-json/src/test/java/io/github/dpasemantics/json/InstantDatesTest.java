package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.fact.Form;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("dates given as instants: placed in the contract's zone, the conversion kept (issue 15)")
class InstantDatesTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("Asia/Tokyo"), ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"));

  private static Method objectionAllowed() throws NoSuchMethodException {
    return Subprocessing.class.getMethod("objectionAllowed", LocalDate.class, LocalDate.class, Form.class,
        ObjectionGrounds.class, io.github.dpasemantics.model.contract.DpaTerms.class, Interpretations.class);
  }

  /** Binds objectionAllowed's inputs, the objection given as the text, the terms (if any) after it. */
  private static JsonBinding.Bound<Object[]> bind(String objection, String terms) throws NoSuchMethodException {
    String json = "{\"notice\": \"2025-03-03\", \"objection\": \"" + objection + "\", \"form\": \"IN_WRITING\", "
        + "\"grounds\": \"REASONABLE_DATA_PROTECTION\"" + terms + "}";
    return PolicyInputs.of(objectionAllowed()).read(DpaJson.reader(), json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "in.json", Interpretations.defaults());
  }

  @Test
  @DisplayName("6.3: an objection at 07:59:59 UTC on 9 March 2025 is 8 March in California, the Segment preset's zone")
  void segmentPresetZone() throws Exception {
    JsonBinding.Bound<Object[]> bound = bind("2025-03-09T07:59:59Z", "");
    assertEquals(LocalDate.of(2025, 3, 8), bound.value()[1]);
    List<ContractTime.DateInput> dates = bound.conversions();
    assertEquals(1, dates.size());
    assertEquals("objection", dates.get(0).field());
    assertTrue(dates.get(0).explain().orElseThrow().contains("America/Los_Angeles"), dates.toString());
  }

  @Test
  @DisplayName("A.2.2.2: the zone comes from the terms being read, even when they follow the date in the document")
  void zoneFromTermsGivenLater() throws Exception {
    JsonBinding.Bound<Object[]> bound = bind("2026-01-01T02:00:00+01:00", ", \"terms\": {\"zone\": \"Europe/Berlin\"}");
    assertEquals(LocalDate.of(2026, 1, 1), bound.value()[1]);
    assertEquals(ZoneId.of("Europe/Berlin"), bound.conversions().get(0).zone());
    assertEquals(LocalDate.of(2025, 12, 31), ((Object[]) bind("2026-01-01T02:00:00+01:00", "").value())[1]);
  }

  @Test
  @DisplayName("the zone-id form is read too; a date-time without an offset names no instant and is refused with the path")
  void zoneIdFormAndLocalDateTime() throws Exception {
    assertEquals(LocalDate.of(2024, 12, 31), ((Object[]) bind("2025-01-01T02:00+01:00[Europe/Paris]", "").value())[1]);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> bind("2025-03-09T02:00", ""));
    assertEquals("$.objection", e.getPath());
    assertTrue(e.getMessage().contains("names no instant"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  @DisplayName("property: any instant in any zone binds to the day it falls on in the contract's zone; a plain date is kept as given, unconverted")
  void instantsBindToTheirContractDay() {
    qt().withExamples(300).forAll(longs().between(0L, 253_402_300_799L), integers().between(0, ZONES.size() - 1),
        integers().between(-18 * 4, 18 * 4)).checkAssert((seconds, zoneIndex, quarterHours) -> {
          ZoneId zone = ZONES.get(zoneIndex);
          Instant instant = Instant.ofEpochSecond(seconds);
          String given = instant.atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900)).toString();
          try {
            JsonBinding.Bound<Object[]> bound = bind(given, ", \"terms\": {\"zone\": \"" + zone.getId() + "\"}");
            assertEquals(LocalDate.ofInstant(instant, zone), bound.value()[1], given);
            assertEquals(1, bound.conversions().size());
            LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            JsonBinding.Bound<Object[]> plain = bind(day.toString(), "");
            assertEquals(day, plain.value()[1]);
            assertTrue(plain.conversions().isEmpty());
          } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  @DisplayName("an event dated by an instant in a timeline takes the contract's zone from the contract's terms")
  void timelineEventsUseTheContractsZone() {
    qt().withExamples(20).forAll(JsonGenerators.timelines()).checkAssert(generated -> {
      String base = DpaJson.write(generated);
      assertTrue(base.contains("\"events\""), base);
      Timeline t = DpaJson.readTimeline(base, "t.json");
      if (!t.events().isEmpty()) {
        String first = "\"date\" : \"" + t.events().get(0).getDate() + "\"";
        String firstCompact = "\"date\": \"" + t.events().get(0).getDate() + "\"";
        String key = base.contains(first) ? first : firstCompact;
        LocalDate d = t.events().get(0).getDate();
        ZoneId zone = t.contract().getTerms().getZone();
        String instant = d.atTime(12, 0).atZone(zone).toOffsetDateTime().toString();
        String changed = base.replaceFirst(java.util.regex.Pattern.quote(key),
            java.util.regex.Matcher.quoteReplacement(key.replace(d.toString(), instant)));
        JsonBinding.Bound<Timeline> read = DpaJson.reader().read(changed, Timeline.class, "t.json");
        assertEquals(t, read.value());
        assertFalse(read.conversions().isEmpty(), changed);
      }
    });
  }

  @Test
  @DisplayName("an event read on its own takes the zone it is given: 02:00 CET on 1 January is 31 December in California, 1 January in Berlin")
  void eventReadWithItsContractsZone() {
    String json = "{\"type\": \"DeletionRequested\", \"id\": \"d\", \"date\": \"2026-01-01T02:00:00+01:00\"}";
    assertEquals(LocalDate.of(2025, 12, 31), DpaJson.readEvent(json, "e.json").getDate());
    assertEquals(LocalDate.of(2026, 1, 1), DpaJson.readEvent(json, "e.json", ZoneId.of("Europe/Berlin")).getDate());
  }
}

package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.ContractState;
import java.time.ZoneId;

/** The model codecs dpa-kafka runs with. */
public final class ModelCodecs {
  private static final ModelCodec JSON = new DpaJsonCodec();

  private ModelCodecs() {}

  /**
   * Returns the codec of the {@code dpa} command line's JSON forms (dpa-json's {@link DpaJson}):
   * strict reading (unknown fields, {@code null} and wrong types refused) with one-line messages
   * naming the source, JSON path, line and column and the rule.
   *
   * @return the codec (immutable, thread-safe)
   */
  public static ModelCodec json() {
    return JSON;
  }

  /** {@link ModelCodec} over {@link DpaJson}. */
  private static final class DpaJsonCodec implements ModelCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public ContractInstance readContract(JsonNode json, String source) {
      return DpaJson.readContract(json.toString(), source);
    }

    @Override
    public DpaEvent readEvent(JsonNode json, String source, ZoneId zone) {
      return DpaJson.readEvent(json.toString(), source, zone);
    }

    @Override
    public JsonNode writeContract(ContractInstance contract) {
      return tree(contract);
    }

    @Override
    public JsonNode writeEvent(DpaEvent event) {
      return tree(event);
    }

    @Override
    public JsonNode writeChange(Change change) {
      return tree(change);
    }

    @Override
    public JsonNode writeContractState(ContractState state) {
      return tree(state);
    }

    private static JsonNode tree(Object value) {
      try {
        return MAPPER.readTree(DpaJson.writeLine(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("dpa-json wrote text that is not JSON: " + e.getOriginalMessage(), e);
      }
    }
  }
}

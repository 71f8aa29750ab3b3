package io.github.dpasemantics.kafka.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.kafka.ModelCodec;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.ContractState;
import java.util.ArrayList;
import java.util.List;

/**
 * A codec for the topology's tests that stands in for the model's JSON: a contract or event is
 * written as a reference into this codec's table, so the tests exercise the topology (routing,
 * folding, dead letters, time) independently of the JSON mapping. A reference this codec did not
 * write is refused as invalid input, as the real mapping refuses invalid JSON.
 */
public final class FixtureCodec implements ModelCodec {
  private final List<Object> table = new ArrayList<>();

  private synchronized JsonNode ref(String kind, Object value) {
    int at = table.indexOf(value);
    if (at < 0) {
      table.add(value);
      at = table.size() - 1;
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("fixture", kind);
    o.put("ref", at);
    if (value instanceof DpaEvent e) {
      o.put("id", e.getId());
    }
    return o;
  }

  private synchronized <T> T deref(JsonNode json, String kind, Class<T> type) {
    JsonNode ref = json.get("ref");
    if (!kind.equals(json.path("fixture").asText()) || ref == null || !ref.isInt() || ref.intValue() >= table.size()
        || !type.isInstance(table.get(ref.intValue()))) {
      throw new IllegalArgumentException("$.ref: not a " + kind + " written by this codec: " + json);
    }
    return type.cast(table.get(ref.intValue()));
  }

  @Override
  public ContractInstance readContract(JsonNode json) {
    return deref(json, "contract", ContractInstance.class);
  }

  @Override
  public DpaEvent readEvent(JsonNode json) {
    return deref(json, "event", DpaEvent.class);
  }

  @Override
  public JsonNode writeContract(ContractInstance contract) {
    return ref("contract", contract);
  }

  @Override
  public JsonNode writeEvent(DpaEvent event) {
    return ref("event", event);
  }

  @Override
  public JsonNode writeChange(Change change) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("change", change.toString());
    return o;
  }

  @Override
  public JsonNode writeContractState(ContractState state) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("contract", state.getContractId());
    o.put("asOf", state.getAsOf().toString());
    o.put("obligations", state.getObligations().size());
    return o;
  }
}

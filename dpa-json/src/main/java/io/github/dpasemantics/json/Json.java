package io.github.dpasemantics.json;

import io.github.dpasemantics.json.InvalidInputException.Location;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from a document, with the line and column where it starts, so that a
 * problem found while binding it to the model can still name its place in the file. Objects
 * keep their members in document order.
 *
 * <p>Values are immutable.
 */
public sealed interface Json {

  /**
   * Returns where the value starts in its document.
   *
   * @return the location
   */
  Location at();

  /**
   * Describes the value for an error message, e.g. {@code the number 3} or {@code an object}.
   *
   * @return the description
   */
  String describe();

  /**
   * A JSON object.
   *
   * @param members the members, in document order
   * @param at where the object starts
   */
  record Obj(Map<String, Json> members, Location at) implements Json {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * A JSON array.
   *
   * @param items the items
   * @param at where the array starts
   */
  record Arr(List<Json> items, Location at) implements Json {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /**
   * A JSON string.
   *
   * @param value the text
   * @param at where it starts
   */
  record Str(String value, Location at) implements Json {
    @Override
    public String describe() {
      String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
      return "the string \"" + shown + "\"";
    }
  }

  /**
   * A JSON number, kept as its text.
   *
   * @param text the number as written
   * @param integral whether it was written without fraction or exponent
   * @param at where it starts
   */
  record Num(String text, boolean integral, Location at) implements Json {
    @Override
    public String describe() {
      return "the number " + text;
    }
  }

  /**
   * A JSON boolean.
   *
   * @param value the value
   * @param at where it starts
   */
  record Bool(boolean value, Location at) implements Json {
    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  /**
   * JSON {@code null}.
   *
   * @param at where it starts
   */
  record Null(Location at) implements Json {
    @Override
    public String describe() {
      return "null";
    }
  }
}

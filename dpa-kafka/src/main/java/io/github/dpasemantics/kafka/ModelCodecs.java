package io.github.dpasemantics.kafka;

/** The model codecs dpa-kafka runs with. */
public final class ModelCodecs {
  private ModelCodecs() {}

  /**
   * Returns the codec of the {@code dpa} command line's JSON forms (dpa-json).
   *
   * @return the codec
   */
  public static ModelCodec json() {
    throw new UnsupportedOperationException("dpa-json is not merged yet");
  }
}

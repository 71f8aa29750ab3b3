package io.github.dpasemantics.model.event;

/** The grounds of Customer's objection to a new Third Party Subprocessor (6.3). */
public enum ObjectionGrounds {
  /** "based on reasonable data protection concerns" (6.3): the only grounds the text recognises. */
  REASONABLE_DATA_PROTECTION,
  /** Any other grounds (commercial, unreasoned): such an objection triggers nothing under 6.3. */
  OTHER
}

package io.github.dpasemantics.model.event;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link AllowedActor}: the event's actor is one of {@link DpaEvent#getAllowedActors()}.
 * This class is stateless and thread-safe.
 */
public final class AllowedActorValidator implements ConstraintValidator<AllowedActor, DpaEvent> {

  /** Creates the validator (called by the Jakarta Validation provider). */
  public AllowedActorValidator() {}

  @Override
  public boolean isValid(@Nullable DpaEvent event, ConstraintValidatorContext context) {
    if (event == null || event.isActorAllowed()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    String message = event.getType().getEventClass().getSimpleName() + ".actor = " + event.getActor()
        + " (event '" + event.getId() + "'): must be one of " + event.getAllowedActors()
        + " for " + event.getType();
    context.buildConstraintViolationWithTemplate(escape(message))
        .addPropertyNode("actor")
        .addConstraintViolation();
    return false;
  }

  /** Escapes the characters a Jakarta message template interprets. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

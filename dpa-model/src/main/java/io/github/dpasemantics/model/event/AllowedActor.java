package io.github.dpasemantics.model.event;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraint that an event's actor is one that can perform it
 * ({@link DpaEvent#isActorAllowed()}). A violation is reported on the property {@code actor} with
 * a message naming the event, the actor and the allowed parties, for example
 * {@code "ObjectionMade.actor = SEGMENT (event 'o-1'): must be one of [CUSTOMER]"}.
 */
@Documented
@Constraint(validatedBy = AllowedActorValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedActor {
  /**
   * The message used when the violation cannot be described with the event's values.
   *
   * @return the message template
   */
  String message() default "DpaEvent.actor: must be one of the parties that can perform the event";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

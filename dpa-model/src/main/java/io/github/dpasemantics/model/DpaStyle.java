package io.github.dpasemantics.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied per package in {@code package-info.java}.
 *
 * <p>Accessors use the bean prefixes {@code get*}/{@code is*} so that a Jakarta Validation
 * provider (which by default only sees bean getters) evaluates every constraint; the generated
 * builders and {@code with*} copies use the bare attribute names ({@code builder().name(..)}).
 * Generated types are public and named {@code Immutable*}; the abstract definitions carry the
 * factories ({@code of}, {@code parse}, {@code builder}) so generated names do not leak into
 * signatures. No Guava at runtime ({@code jdkOnly}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface DpaStyle {}

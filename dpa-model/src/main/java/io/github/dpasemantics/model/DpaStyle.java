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
 *
 * <p>Generated code stays out of the API: each implementation {@code Immutable*} and its
 * {@code With*} interface are package-private ({@code visibility = PACKAGE}), and construction
 * methods return the abstract type ({@code overshadowImplementation}). The abstract definition
 * carries the factories ({@code of}, {@code parse}, {@code builder()}), declares
 * {@code implements With*} so that its {@code with*} copies are public members of the abstract
 * type, and declares a nested public {@code Builder extends Immutable*.Builder} (Immutables'
 * builder extension), so {@code X.builder()...build()} returns an {@code X}, and the package's
 * javadoc lists the domain types and their builders only. No Guava at runtime ({@code jdkOnly}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface DpaStyle {}

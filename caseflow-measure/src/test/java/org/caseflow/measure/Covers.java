package org.caseflow.measure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The indicators a test class checks against values worked out by hand from its own small fixture.
 * {@link EveryIndicatorIsHandWorkedTest} fails when an indicator with its own SQL is named by no
 * test class, or when a class names an indicator its source never measures.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Covers {
  /** The indicator ids, e.g. {@code "IN11"}. */
  String[] value();
}

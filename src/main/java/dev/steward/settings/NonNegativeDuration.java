package dev.steward.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.validator.constraints.time.DurationMin;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;

/** Refuses a negative duration, for settings where zero means "none" (no spacing, no caching). */
@Documented
@DurationMin(nanos = 0)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeDuration {

	String message() default "must not be negative";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

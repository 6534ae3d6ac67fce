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

/** Refuses a duration that is zero or negative; a missing one is left to {@code @NotNull}. */
@Documented
@DurationMin(nanos = 0, inclusive = false)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveDuration {

	String message() default "must be positive";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

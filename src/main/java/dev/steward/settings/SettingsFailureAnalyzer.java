package dev.steward.settings;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a missing or invalid {@code steward.*} setting into one paragraph that names it, says what was wrong and how
 * to fix it, in place of Spring Boot's general account of a failed binding.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingsFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		BindException binding = findCause(failure, BindException.class);
		if (binding != null) {
			return binding.getName().toString().startsWith("steward") ? analysis(SettingProblem.of(binding), binding)
					: null;
		}
		// Settings checked across features when the beans that use them are made, not when they are bound.
		InvalidConfigurationPropertyValueException invalid = findCause(failure,
				InvalidConfigurationPropertyValueException.class);
		if (invalid != null && invalid.getName().startsWith("steward.")) {
			return analysis(List.of(new SettingProblem(invalid.getName(), invalid.getValue(), invalid.getReason())),
					invalid);
		}
		return null;
	}

	private static FailureAnalysis analysis(List<SettingProblem> problems, Throwable cause) {
		String description = problems.stream()
			.map(SettingProblem::describe)
			.collect(Collectors.joining("; ", "Steward cannot start: ", "."));
		String action = problems.stream().map(SettingProblem::fix).distinct().collect(Collectors.joining(" "))
				+ " docs/configuration.md lists every setting with its type and default.";
		return new FailureAnalysis(description, action, cause);
	}

	private static <E extends Throwable> E findCause(Throwable failure, Class<E> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}

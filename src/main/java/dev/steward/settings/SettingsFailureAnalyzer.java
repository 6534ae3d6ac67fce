package dev.steward.settings;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a missing or invalid {@code steward.*} setting into one paragraph that names it, says what was wrong and how
 * to fix it, in place of Spring Boot's general account of a failed binding.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		if (!cause.getName().toString().startsWith("steward")) {
			return null;
		}
		List<SettingProblem> problems = SettingProblem.of(cause);
		String description = problems.stream()
			.map(SettingProblem::describe)
			.collect(Collectors.joining("; ", "Steward cannot start: ", "."));
		String action = problems.stream().map(SettingProblem::fix).distinct().collect(Collectors.joining(" "))
				+ " docs/configuration.md lists every setting with its type and default.";
		return new FailureAnalysis(description, action, cause);
	}

}

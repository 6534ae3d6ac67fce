package dev.steward.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * One setting that stopped startup: its name, the value it had (secrets never shown) and what is wrong with it.
 *
 * @param setting the property's name, such as {@code steward.delivery.lease}
 * @param value the value it had, or null when it was not set
 * @param reason what is wrong, as a phrase that follows the name ("must be positive")
 */
record SettingProblem(String setting, Object value, String reason) {

	/** The environment variables the shipped application.yml reads these settings from. */
	private static final Map<String, String> VARIABLES = Map.ofEntries(Map.entry("steward.slack.bot-token",
			"SLACK_BOT_TOKEN"), Map.entry("steward.slack.install.client-id", "SLACK_CLIENT_ID"),
			Map.entry("steward.slack.install.client-secret", "SLACK_CLIENT_SECRET"),
			Map.entry("steward.slack.install.token-keys", "STEWARD_TOKEN_KEYS"),
			Map.entry("steward.slack.signing-secret", "SLACK_SIGNING_SECRET"),
			Map.entry("steward.slack.api-url", "SLACK_API_URL"), Map.entry("steward.teams.app-id", "MICROSOFT_APP_ID"),
			Map.entry("steward.teams.app-password", "MICROSOFT_APP_PASSWORD"),
			Map.entry("steward.teams.tenant-id", "MICROSOFT_APP_TENANT_ID"));

	private static final Map<ChronoUnit, String> SUFFIXES = Map.of(ChronoUnit.DAYS, "d", ChronoUnit.HOURS, "h",
			ChronoUnit.MINUTES, "m", ChronoUnit.SECONDS, "s");

	/** What went wrong in a failed binding of Steward's settings. */
	static List<SettingProblem> of(BindException failure) {
		String prefix = failure.getName().toString();
		if (failure.getCause() instanceof BindValidationException validation) {
			ValidationErrors errors = validation.getValidationErrors();
			return errors.getAllErrors().stream().map((error) -> fromValidation(errors, error)).toList();
		}
		InvalidConfigurationPropertyValueException invalid = find(failure,
				InvalidConfigurationPropertyValueException.class);
		if (invalid != null) {
			return List.of(new SettingProblem(invalid.getName(), invalid.getValue(), invalid.getReason()));
		}
		ConfigurationProperty property = failure.getProperty();
		if (property != null) {
			return List.of(new SettingProblem(property.getName().toString(), property.getValue(),
					"is not " + expected(failure.getTarget().getType().resolve(Object.class))));
		}
		Throwable specific = NestedExceptionUtils.getMostSpecificCause(failure);
		return List.of(new SettingProblem(prefix, null, "cannot be used: " + specific.getMessage()));
	}

	/** A validation error, with the value as it was written ({@code -5s}, not {@code PT-5S}) where it is known. */
	private static SettingProblem fromValidation(ValidationErrors errors, ObjectError error) {
		String prefix = errors.getName().toString();
		if (!(error instanceof FieldError field)) {
			return new SettingProblem(prefix, null, error.getDefaultMessage());
		}
		String setting = prefix + "." + dashed(field.getField());
		Object written = errors.getBoundProperties().stream()
			.filter((property) -> property.getName().toString().equals(setting))
			.map(ConfigurationProperty::getValue)
			.findFirst()
			.orElse(field.getRejectedValue());
		return new SettingProblem(setting, written, field.getDefaultMessage());
	}

	/** "steward.delivery.lease ('-5s') must be positive". */
	String describe() {
		return setting + " (" + shown() + ") " + reason;
	}

	/** How to put it right, naming the environment variable that sets it. */
	String fix() {
		String where = setting + " (environment variable " + variable() + ")";
		if (isUnset()) {
			return "Set " + where + ".";
		}
		return "Correct " + where + ", or remove it to use its default.";
	}

	String variable() {
		return VARIABLES.getOrDefault(setting,
				setting.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_').replace("[", "_").replace("]", ""));
	}

	private boolean isUnset() {
		return value == null || !StringUtils.hasText(value.toString());
	}

	private String shown() {
		if (isUnset()) {
			return "not set";
		}
		if (setting.matches(".*(secret|token|password).*")) {
			return "set, not shown";
		}
		return "'" + ((value instanceof Duration duration) ? written(duration) : value) + "'";
	}

	/** A duration as people write it in settings: {@code 2h}, {@code 90s}, {@code 1500ms}. */
	private static String written(Duration duration) {
		if (duration.isZero()) {
			return "0s";
		}
		for (ChronoUnit unit : List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			if (duration.toMillis() % unit.getDuration().toMillis() == 0) {
				return (duration.toMillis() / unit.getDuration().toMillis()) + SUFFIXES.get(unit);
			}
		}
		return duration.toMillis() + "ms";
	}

	private static String expected(Class<?> type) {
		if (Duration.class.equals(type)) {
			return "a duration such as 30s, 5m or 2h";
		}
		if (LocalTime.class.equals(type)) {
			return "a time of day such as 09:30";
		}
		if (ZoneId.class.equals(type)) {
			return "a time zone such as Europe/London";
		}
		if (DataSize.class.equals(type)) {
			return "a size such as 512KB or 1MB";
		}
		if (int.class.equals(type) || Integer.class.equals(type)) {
			return "a whole number";
		}
		if (boolean.class.equals(type) || Boolean.class.equals(type)) {
			return "true or false";
		}
		return "a valid " + type.getSimpleName();
	}

	private static String dashed(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable each = failure; each != null; each = each.getCause()) {
			if (type.isInstance(each)) {
				return type.cast(each);
			}
		}
		return null;
	}

}

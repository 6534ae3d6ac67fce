package dev.steward.chat.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import dev.steward.chat.FormField;
import dev.steward.i18n.Words;

/**
 * Adaptive Card inputs for form fields. Teams has no people picker a bot can fill, so a users field offers the
 * people Steward has seen in the tenant (and whoever is already chosen) as a filtered multi-select; a required
 * field's reminder is in the words of the reader being drawn for ({@link Words#current()}).
 */
final class FormInputs {

	static final int MAX_TEXT = 3000;

	private FormInputs() {
	}

	static ObjectNode input(FormField field, List<TeamsPeople.Person> people) {
		ObjectNode input = Serialization.createObjectNode();
		input.put("id", field.id());
		input.put("label", field.label());
		input.put("isRequired", !field.optional());
		if (!field.optional()) {
			input.put("errorMessage", Words.current().get("platform.teams.fill-in"));
		}
		switch (field.type()) {
			case TEXT, MULTILINE -> {
				input.put("type", "Input.Text");
				input.put("isMultiline", field.type() == FormField.Type.MULTILINE);
				input.put("maxLength", MAX_TEXT);
				if (field.initialValue() != null) {
					input.put("value", field.initialValue());
				}
			}
			case SELECT, MULTI_SELECT -> choices(input, field, options(field), "compact");
			case USERS -> choices(input, field, people(field, people), "filtered");
		}
		return input;
	}

	/** The field's values as a person reads them: option labels and people's names rather than their ids. */
	static String shown(FormField field, List<TeamsPeople.Person> people) {
		Map<String, String> names = switch (field.type()) {
			case SELECT, MULTI_SELECT -> options(field);
			case USERS -> people(field, people);
			case TEXT, MULTILINE -> Map.of();
		};
		return String.join(", ", field.initialValues().stream().map((value) -> names.getOrDefault(value, value)).toList());
	}

	/** Whether the field's submitted value is a comma-separated list. */
	static boolean isMultiValued(FormField field) {
		return field.type() == FormField.Type.MULTI_SELECT || field.type() == FormField.Type.USERS;
	}

	private static void choices(ObjectNode input, FormField field, Map<String, String> choices, String style) {
		boolean multi = isMultiValued(field);
		input.put("type", "Input.ChoiceSet");
		input.put("style", style);
		input.put("isMultiSelect", multi);
		ArrayNode list = input.putArray("choices");
		choices.forEach((value, title) -> list.addObject().put("title", title).put("value", value));
		if (!field.initialValues().isEmpty()) {
			input.put("value", String.join(",", multi ? field.initialValues() : field.initialValues().subList(0, 1)));
		}
	}

	private static Map<String, String> options(FormField field) {
		Map<String, String> choices = new LinkedHashMap<>();
		field.options().forEach((option) -> choices.put(option.value(), option.label()));
		return choices;
	}

	private static Map<String, String> people(FormField field, List<TeamsPeople.Person> people) {
		Map<String, String> choices = new LinkedHashMap<>();
		people.forEach((person) -> choices.put(person.userId(), person.name()));
		List<String> unknown = new ArrayList<>(field.initialValues());
		unknown.removeAll(choices.keySet());
		unknown.forEach((userId) -> choices.put(userId, userId));
		return choices;
	}

}

package dev.steward.chat.teams;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;

/** Turns neutral messages and forms into Teams message activities carrying an Adaptive Card. */
final class CardFactory {

	private final TeamsPeople people;

	CardFactory(TeamsPeople people) {
		this.people = people;
	}

	Activity message(String tenantId, ChatMessage message) {
		Function<String, String> names = (userId) -> people.find(tenantId, userId)
			.map(TeamsPeople.Person::name)
			.orElse(userId);
		Activity activity = MessageFactory.attachment(AdaptiveCards.attachment(AdaptiveCards.message(message, names)));
		activity.setSummary(AdaptiveCards.fallback(message, names));
		return activity;
	}

	Activity form(String tenantId, ChatForm form, Map<String, String> errors) {
		List<TeamsPeople.Person> choices = form.fields()
			.stream()
			.anyMatch((field) -> field.type() == FormField.Type.USERS) ? people.inTenant(tenantId) : List.of();
		Activity activity = MessageFactory
			.attachment(AdaptiveCards.attachment(AdaptiveCards.form(form, errors, choices)));
		activity.setSummary(form.title());
		return activity;
	}

}

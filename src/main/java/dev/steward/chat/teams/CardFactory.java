package dev.steward.chat.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;

import dev.steward.chat.Button;
import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.chat.Platform;
import dev.steward.command.ActionRequest;
import dev.steward.command.Actor;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.i18n.Words;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Turns neutral messages and forms into Adaptive Cards and the Teams message activities carrying them; a card for
 * one reader shows the forms of its inline buttons as that reader would get them by pressing, in their language.
 */
final class CardFactory {

	private final TeamsPeople people;

	/** Looked up when a card is drawn: the features behind it send through the gateway this factory serves. */
	private final ObjectProvider<Interactions> interactions;

	private final ReaderWords readers;

	CardFactory(TeamsPeople people, ObjectProvider<Interactions> interactions, ReaderWords readers) {
		this.people = people;
		this.interactions = interactions;
		this.readers = readers;
	}

	Activity message(String tenantId, ChatMessage message) {
		return message(tenantId, message, null);
	}

	/**
	 * The message's card for its one reader (a personal chat's person), drawn in their words, or alike for everyone
	 * when null, in the words of the request in hand.
	 */
	Activity message(String tenantId, ChatMessage message, String viewerId) {
		ObjectNode card = viewerId == null ? card(tenantId, message, null, null)
				: Words.reading(readers.of(new Actor(Platform.TEAMS, tenantId, viewerId, null), null),
						() -> card(tenantId, message, viewerId, null));
		Activity activity = MessageFactory.attachment(AdaptiveCards.attachment(card));
		activity.setSummary(AdaptiveCards.fallback(message, names(tenantId)));
		return activity;
	}

	/**
	 * The message's card for the reader; with {@code override}, its inline button shows that form's inputs (what the
	 * reader typed, with the errors) instead of what pressing it would give.
	 */
	ObjectNode card(String tenantId, ChatMessage message, String viewerId, UniversalActions.Inline override) {
		UniversalActions.Reader reader = viewerId == null ? UniversalActions.Reader.EVERYONE
				: new UniversalActions.Reader(viewerId,
						(button) -> override != null ? Optional.of(override) : inline(tenantId, viewerId, button));
		return AdaptiveCards.message(message, names(tenantId), reader);
	}

	/** The form's inputs with the errors, to show in place of an inline button. */
	UniversalActions.Inline inputs(String tenantId, ChatForm form, Map<String, String> errors) {
		return new UniversalActions.Inline(form, errors, true, choices(tenantId, form));
	}

	Activity form(String tenantId, ChatForm form, Map<String, String> errors) {
		Activity activity = MessageFactory.attachment(AdaptiveCards.attachment(formCard(tenantId, form, errors)));
		activity.setSummary(form.title());
		return activity;
	}

	ObjectNode formCard(String tenantId, ChatForm form, Map<String, String> errors) {
		return AdaptiveCards.form(form, errors, choices(tenantId, form));
	}

	/** The form the button opens for the reader, as its inputs or its values. */
	private Optional<UniversalActions.Inline> inline(String tenantId, String viewerId, Button button) {
		String name = people.find(tenantId, viewerId).map(TeamsPeople.Person::name).orElse(null);
		ActionRequest press = new ActionRequest(new Actor(Platform.TEAMS, tenantId, viewerId, name), viewerId,
				button.actionId(), button.value());
		return interactions.getObject()
			.formOf(press)
			.map((form) -> new UniversalActions.Inline(form, Map.of(), button.inline() == Button.Inline.INPUTS,
					choices(tenantId, form)));
	}

	private List<TeamsPeople.Person> choices(String tenantId, ChatForm form) {
		return form.fields().stream().anyMatch((field) -> field.type() == FormField.Type.USERS)
				? people.inTenant(tenantId) : List.of();
	}

	private Function<String, String> names(String tenantId) {
		return (userId) -> people.find(tenantId, userId).map(TeamsPeople.Person::name).orElse(userId);
	}

}

package dev.steward.standup;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.steward.command.Actor;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /standup language [de|en|es|team]}: the language Steward writes to a person alone in, kept on each of their
 * memberships in the workspace, or their team's when they chose none.
 */
@Component
class LanguageChoice {

	/** The word that clears a person's own language, so their team's applies. */
	static final String TEAM = "team";

	private final TeamRepository teams;

	LanguageChoice(TeamRepository teams) {
		this.teams = teams;
	}

	@Transactional
	Reply handle(CommandRequest request, Args args) {
		Words words = Words.current();
		Actor actor = request.actor();
		if (args.size() > 2) {
			throw new UsageException(words.get("setup.language.usage"));
		}
		if (teams.findByUser(actor.platform(), actor.workspaceId(), actor.userId()).isEmpty()) {
			throw new UsageException(words.get("setup.language.no-team"));
		}
		TeamRepository.PersonLanguage stored = teams.personLanguage(actor.platform(), actor.workspaceId(),
				actor.userId(), request.channelId());
		if (args.size() < 2) {
			return Reply.text(shown(words, stored));
		}
		String wanted = args.word(1);
		if (wanted.equals(TEAM)) {
			teams.setPersonLanguage(actor.platform(), actor.workspaceId(), actor.userId(), null);
			Words team = Words.in(stored.team());
			return Reply.text(team.get("setup.language.team", team.language().nativeName()));
		}
		Language language = Language.find(wanted)
			.orElseThrow(() -> new UsageException(words.get("setup.language.unknown", args.raw(1), offered())));
		teams.setPersonLanguage(actor.platform(), actor.workspaceId(), actor.userId(), language.code());
		return Reply.text(Words.in(language).get("setup.language.set"));
	}

	/** The person's setting: their own language, or their team's. */
	private static String shown(Words words, TeamRepository.PersonLanguage stored) {
		if (stored.own() != null) {
			return words.get("setup.language.own", Language.of(stored.own()).nativeName());
		}
		return words.get("setup.language.team-now", Language.of(stored.team()).nativeName());
	}

	/** The languages there are, by code and name: {@code de (Deutsch), en (English), es (Español)}. */
	private static String offered() {
		return Arrays.stream(Language.values())
			.map((language) -> language.code() + " (" + language.nativeName() + ")")
			.collect(Collectors.joining(", "));
	}

}

package dev.steward.team;

import dev.steward.command.Actor;
import dev.steward.command.ReaderLanguage;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/** Answers people in their own language, else in their team's, else in English. */
@Component
class PeopleLanguages implements ReaderLanguage {

	private final TeamRepository teams;

	PeopleLanguages(TeamRepository teams) {
		this.teams = teams;
	}

	@Override
	public Words of(Actor actor, String channelId) {
		TeamRepository.PersonLanguage stored = teams.personLanguage(actor.platform(), actor.workspaceId(),
				actor.userId(), channelId);
		return Words.in(stored.own() != null ? stored.own() : stored.team());
	}

}

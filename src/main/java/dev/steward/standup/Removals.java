package dev.steward.standup;

import java.time.Instant;
import java.util.List;

import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.ActionRequest;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /standup remove}, for PMs: asks first, with a button that removes and one that keeps. A removed stand-up asks
 * no one any more; its history stays on the dashboard and in exports, and the team may set up a new one.
 */
@Component
class Removals {

	static final String REMOVE = "standup.remove";

	static final String KEEP = "standup.keep";

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final StandupRepository standups;

	private final Schedules schedules;

	private final DeliveryQueue deliveries;

	private final java.time.Clock clock;

	private final WhichStandup which;

	Removals(TeamDirectory directory, TeamRepository teams, StandupRepository standups, Schedules schedules,
			DeliveryQueue deliveries, java.time.Clock clock, WhichStandup which) {
		this.which = which;
		this.directory = directory;
		this.teams = teams;
		this.standups = standups;
		this.schedules = schedules;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/** Asks the PM to confirm. */
	Reply ask(CommandRequest request, Args args) {
		Words words = Words.current();
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		if (standups.configs(team.id()).isEmpty()) {
			throw new UsageException(words.get("setup.remove.none", team.name()));
		}
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		if (choice.args().size() > 1) {
			throw new UsageException(words.get("setup.remove.usage"));
		}
		StandupConfig config = choice.config();
		String id = Long.toString(config.id());
		String question = words.get("setup.remove.ask",
				StandupNames.whose(words, team, config, standups.several(team.id())));
		return Reply.message(ChatMessage.builder(question)
			.section(Text.builder().bold(question).plain(" " + words.get("setup.remove.explain")).build())
			.buttons(new Button(words.get("setup.remove.button"), REMOVE, id, Button.Style.DANGER),
					Button.of(words.get("setup.keep.button"), KEEP, id))
			.build());
	}

	/** Removes the stand-up the confirmation named, if the person pressing is still one of its team's PMs. */
	@Transactional
	Reply confirm(ActionRequest request, long standupId) {
		Words words = Words.current();
		StandupConfig config = standups.standup(standupId)
			.orElseThrow(() -> new UsageException(words.get("setup.remove.gone")));
		Team team = teams.find(config.teamId()).orElseThrow();
		directory.requirePm(team, request.actor().userId());
		Instant now = clock.instant();
		if (!standups.remove(standupId, request.actor().userId(), now, schedules.of(config, team).teamDate(now))) {
			return Reply.replace(ChatMessage.text(words.get("setup.remove.already")));
		}
		boolean several = !standups.configs(team.id()).isEmpty();
		Words teamWords = team.words();
		deliveries.post("standup-removed:" + standupId, team.channel(), ChatMessage.text(
				teamWords.get("setup.remove.notice", StandupNames.the(teamWords, config, several))));
		return Reply.replace(ChatMessage.text(words.get("setup.remove.done",
				StandupNames.whose(words, team, config, several))));
	}

	Reply keep() {
		return Reply.replace(ChatMessage.text(Words.current().get("setup.keep.done")));
	}

}

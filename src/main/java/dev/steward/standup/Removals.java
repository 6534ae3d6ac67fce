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

	static final String HELP = """
			/standup remove [name]: (PMs) remove the stand-up, after you confirm; its history stays
			""";

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
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		if (standups.configs(team.id()).isEmpty()) {
			throw new UsageException(team.name() + " has no stand-up to remove.");
		}
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		if (choice.args().size() > 1) {
			throw new UsageException("Write just /standup remove, with the stand-up's name when the channel has "
					+ "several; I ask before removing anything.");
		}
		StandupConfig config = choice.config();
		String id = Long.toString(config.id());
		String what = team.name() + "'s " + StandupMessages.name(config, standups.several(team.id()));
		return Reply.message(ChatMessage.builder("Remove " + what + "?")
			.section(Text.builder()
				.bold("Remove " + what + "?")
				.plain(" Nobody will be asked any more. Its answers and summaries stay in the history, and you can set "
						+ "up a new one with /standup setup.")
				.build())
			.buttons(new Button("Remove the stand-up", REMOVE, id, Button.Style.DANGER), Button.of("Keep it", KEEP, id))
			.build());
	}

	/** Removes the stand-up the confirmation named, if the person pressing is still one of its team's PMs. */
	@Transactional
	Reply confirm(ActionRequest request, long standupId) {
		StandupConfig config = standups.standup(standupId)
			.orElseThrow(() -> new UsageException("That stand-up no longer exists."));
		Team team = teams.find(config.teamId()).orElseThrow();
		directory.requirePm(team, request.actor().userId());
		Instant now = clock.instant();
		if (!standups.remove(standupId, request.actor().userId(), now, schedules.of(config, team).teamDate(now))) {
			return Reply.replace(ChatMessage.text("That stand-up was removed already."));
		}
		boolean several = !standups.configs(team.id()).isEmpty();
		deliveries.post("standup-removed:" + standupId, team.channel(), ChatMessage.text(StandupMessages.the(config,
				several) + " was removed by a PM: nobody is asked any more. Its history stays, and a PM can set up "
				+ "a new one with /standup setup."));
		return Reply.replace(ChatMessage.text("Removed " + team.name() + "'s " + StandupMessages.name(config, several)
				+ ". Its history stays."));
	}

	Reply keep() {
		return Reply.replace(ChatMessage.text("Kept the stand-up; nothing changed."));
	}

}

package dev.steward.standup;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /standup report [summary|thread|live]}: shows, or for PMs sets, how a stand-up's report appears in the team
 * channel; a stand-up already under way keeps the style it started with.
 */
@Component
class ReportStyles {

	static final String HELP = """
			/standup report [summary|thread|live]: how the report appears: one summary at report time, a thread \
			with one reply per person as answers arrive (late ones too), or the summary posted at once and kept up \
			to date (PMs change it)
			""";

	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final WhichStandup which;

	private final DeliveryQueue deliveries;

	private final java.time.Clock clock;

	ReportStyles(TeamDirectory directory, StandupRepository standups, WhichStandup which, DeliveryQueue deliveries,
			java.time.Clock clock) {
		this.directory = directory;
		this.standups = standups;
		this.which = which;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Transactional
	Reply handle(CommandRequest request, Args given) {
		Team team = directory.teamFor(request);
		WhichStandup.Choice choice = which.one(team, given,
				(words) -> words.isEmpty() || (words.size() == 1 && ReportStyle.named(words.get(0)).isPresent()));
		StandupConfig config = choice.config();
		boolean several = standups.several(team.id());
		String name = team.name() + "'s " + StandupMessages.name(config, several);
		if (choice.args().size() < 2) {
			return Reply.text(name + " reports as " + standups.reportStyle(config.id()).description() + ". "
					+ "A PM can change it: /standup report summary|thread|live.");
		}
		String word = choice.args().word(1);
		ReportStyle style = ReportStyle.named(word).orElseThrow(() -> new UsageException("'" + word
				+ "' is not a report style. Write " + Arrays.stream(ReportStyle.values()).map(ReportStyle::word)
					.collect(Collectors.joining(", ")) + ". Nothing was changed."));
		directory.requirePm(team, request.actor().userId());
		standups.setReportStyle(config.id(), style);
		deliveries.post("report-style:" + config.id() + ":" + clock.millis(), team.channel(),
				ChatMessage.text(StandupMessages.the(config, several) + " now reports as " + style.description()
						+ ", from the next stand-up that has not started yet."));
		return Reply.text(name + " now reports as " + style.description()
				+ ", from the next stand-up that has not started yet.");
	}

	/** The names of the styles, for the help. */
	static List<String> words() {
		return Arrays.stream(ReportStyle.values()).map(ReportStyle::word).toList();
	}

}

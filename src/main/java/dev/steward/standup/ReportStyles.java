package dev.steward.standup;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
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
		Words words = Words.current();
		String name = StandupNames.whose(words, team, config, several);
		if (choice.args().size() < 2) {
			return Reply.text(words.get("setup.report.shown", name,
					standups.reportStyle(config.id()).description(words)));
		}
		String word = choice.args().word(1);
		ReportStyle style = ReportStyle.named(word).orElseThrow(() -> new UsageException(words.get(
				"setup.report.unknown", word, Arrays.stream(ReportStyle.values()).map(ReportStyle::word)
					.collect(Collectors.joining(", ")))));
		directory.requirePm(team, request.actor().userId());
		standups.setReportStyle(config.id(), style);
		Words teamWords = team.words();
		deliveries.post("report-style:" + config.id() + ":" + clock.millis(), team.channel(),
				ChatMessage.text(teamWords.get("setup.report.notice", StandupNames.the(teamWords, config, several),
						style.description(teamWords))));
		return Reply.text(words.get("setup.report.changed", name, style.description(words)));
	}

}

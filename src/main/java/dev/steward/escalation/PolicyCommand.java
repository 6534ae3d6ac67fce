package dev.steward.escalation;

import java.util.ArrayList;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentSubcommand;
import dev.steward.impediment.WorkingAge;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /impediment policy}: shows the team's ladder, and lets PMs set its rungs, the high-severity factor, the
 * stakeholders and the escalation channel. Every change reschedules the team's open impediments.
 */
@Component
class PolicyCommand implements ImpedimentSubcommand {

	private final TeamDirectory directory;

	private final PolicyRepository policies;

	private final WorkingAge ages;

	private final Rescheduler rescheduler;

	private final TeamRepository teams;

	PolicyCommand(TeamDirectory directory, PolicyRepository policies, WorkingAge ages, Rescheduler rescheduler,
			TeamRepository teams) {
		this.directory = directory;
		this.teams = teams;
		this.policies = policies;
		this.ages = ages;
		this.rescheduler = rescheduler;
	}

	@Override
	public String word() {
		return "policy";
	}

	@Override
	public String help() {
		return Words.current().get("escalation.policy.help");
	}

	@Override
	@Transactional
	public Reply handle(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		LadderPolicy policy = policies.policy(team.id());
		if (args.word(1).isEmpty()) {
			return Reply.message(show(Words.current(), team, policy, ages.calendar(team)));
		}
		directory.requirePm(team, request.actor().userId());
		LadderPolicy changed = switch (args.word(1)) {
			case "set" -> policy.withRungs(LadderPolicy.parseRungs(args.rest(2), ages.calendar(team).workingDay()));
			case "high" -> policy.withHighSeverityPercent(percent(args.raw(2)));
			case "goal" -> policy.withGoalPercent(percent(args.raw(2)));
			case "stakeholders" -> policy.withStakeholders(stakeholders(team, args));
			case "channel" -> policy.withEscalationChannel(channel(args.raw(2)));
			default -> throw new UsageException(Words.current().get("escalation.policy.unknown", args.raw(1), help()));
		};
		policies.save(team.id(), changed);
		rescheduler.rescheduleTeam(team);
		return Reply.message(show(Words.current(), team, changed, ages.calendar(team)));
	}

	static ChatMessage show(Words words, Team team, LadderPolicy policy, TeamCalendar calendar) {
		Text.Builder text = Text.builder().bold(words.get("escalation.policy.title", team.name())).plain("\n");
		for (int i = 0; i < policy.rungs().size(); i++) {
			text.plain((i + 1) + ". " + policy.rungs().get(i).describe(words) + "\n");
		}
		text.plain(words.get("escalation.policy.factors", Integer.toString(policy.highSeverityPercent()),
				Integer.toString(policy.goalPercent())) + "\n");
		text.plain(words.get("escalation.policy.working-time", String.join(", ", workingTime(words, calendar))));
		if (!policy.stakeholders().isEmpty()) {
			text.plain("\n" + words.get("escalation.policy.stakeholders") + " ");
			policy.stakeholders().forEach((id) -> text.mention(id).plain(" "));
		}
		return ChatMessage.of(text.build());
	}

	/** The parts of the working time: days, hours and zone, holidays, public holidays. */
	private static List<String> workingTime(Words words, TeamCalendar calendar) {
		List<String> parts = new ArrayList<>();
		parts.add(days(words, calendar));
		parts.add(words.get("escalation.policy.hours", calendar.dayStart().toString(), calendar.dayEnd().toString(),
				calendar.zone().getId()));
		if (!calendar.holidays().isEmpty()) {
			parts.add(words.get("escalation.policy.holidays", calendar.holidays().size()));
		}
		if (!calendar.publicHolidays().isEmpty()) {
			parts.add(words.get("escalation.policy.public-holidays", calendar.publicHolidays().describe(words)));
		}
		return parts;
	}

	private static String days(Words words, TeamCalendar calendar) {
		return String.join(" ", calendar.workDays().stream().sorted().map(words::weekdayShort).toList());
	}

	private static int percent(String word) {
		try {
			int percent = Integer.parseInt(word.replace("%", ""));
			if (percent >= 10 && percent <= 100) {
				return percent;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw new UsageException(Words.current().get("escalation.policy.percent"));
	}

	/** The stakeholders named; each joins the team as a stakeholder, so they may comment and ask for updates. */
	private List<String> stakeholders(Team team, Args args) {
		if (args.word(2).equals("none")) {
			return List.of();
		}
		List<String> users = args.drop(2).words().stream().map(Args::mention).flatMap(java.util.Optional::stream)
			.toList();
		if (users.isEmpty() || users.size() != args.size() - 2) {
			throw new UsageException(Words.current().get("escalation.policy.mention"));
		}
		users.stream().filter((userId) -> teams.member(team.id(), userId).isEmpty())
			.forEach((userId) -> teams.addMember(team.id(), userId, userId, Role.STAKEHOLDER, false));
		return users;
	}

	private static String channel(String word) {
		if (word.equalsIgnoreCase("none")) {
			return null;
		}
		return Args.channel(word)
			.orElseThrow(() -> new UsageException(Words.current().get("escalation.policy.channel")));
	}

}

package dev.steward.escalation;

import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.impediment.ImpedimentSubcommand;
import dev.steward.impediment.WorkingAge;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.Role;
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
		return "/impediment policy [set <rungs> | high <percent> | goal <percent> | stakeholders @a @b|none | "
				+ "channel #channel|none]: "
				+ "the escalation ladder (PMs change it), e.g. set 4h owner, 1d pms, 2d channel, 4d stakeholders";
	}

	@Override
	@Transactional
	public Reply handle(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		LadderPolicy policy = policies.policy(team.id());
		if (args.word(1).isEmpty()) {
			return Reply.message(show(team, policy, ages.calendar(team)));
		}
		directory.requirePm(team, request.actor().userId());
		LadderPolicy changed = switch (args.word(1)) {
			case "set" -> policy.withRungs(LadderPolicy.parseRungs(args.rest(2), ages.calendar(team).workingDay()));
			case "high" -> policy.withHighSeverityPercent(percent(args.raw(2)));
			case "goal" -> policy.withGoalPercent(percent(args.raw(2)));
			case "stakeholders" -> policy.withStakeholders(stakeholders(team, args));
			case "channel" -> policy.withEscalationChannel(channel(args.raw(2)));
			default -> throw new UsageException("'" + args.raw(1) + "' is not a policy setting. " + help());
		};
		policies.save(team.id(), changed);
		rescheduler.rescheduleTeam(team);
		return Reply.message(show(team, changed, ages.calendar(team)));
	}

	static ChatMessage show(Team team, LadderPolicy policy, TeamCalendar calendar) {
		Text.Builder text = Text.builder().bold("Escalation ladder of " + team.name()).plain("\n");
		for (int i = 0; i < policy.rungs().size(); i++) {
			text.plain((i + 1) + ". " + policy.rungs().get(i).describe() + "\n");
		}
		text.plain("High severity climbs at " + policy.highSeverityPercent() + "% of these thresholds; "
				+ "a blocker that puts a value goal at risk at " + policy.goalPercent() + "%.\n");
		text.plain("Working time: " + days(calendar) + ", " + calendar.dayStart() + "\u2013" + calendar.dayEnd() + " "
				+ calendar.zone().getId() + (calendar.holidays().isEmpty() ? "" : ", " + calendar.holidays().size()
						+ " holidays") + (calendar.publicHolidays().isEmpty() ? ""
								: ", public holidays of " + calendar.publicHolidays().describe()) + ".");
		if (!policy.stakeholders().isEmpty()) {
			text.plain("\nStakeholders: ");
			policy.stakeholders().forEach((id) -> text.mention(id).plain(" "));
		}
		return ChatMessage.of(text.build());
	}

	private static String days(TeamCalendar calendar) {
		return String.join(" ", calendar.workDays()
			.stream()
			.sorted()
			.map((day) -> day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH))
			.toList());
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
		throw new UsageException("Give a percentage from 10 to 100, for example: /impediment policy high 50");
	}

	/** The stakeholders named; each joins the team as a stakeholder, so they may comment and ask for updates. */
	private List<String> stakeholders(Team team, Args args) {
		if (args.word(2).equals("none")) {
			return List.of();
		}
		List<String> users = args.drop(2).words().stream().map(Args::mention).flatMap(java.util.Optional::stream)
			.toList();
		if (users.isEmpty() || users.size() != args.size() - 2) {
			throw new UsageException("Mention each stakeholder, for example: /impediment policy stakeholders @dana @eli");
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
			.orElseThrow(() -> new UsageException("Name the channel with #, for example: /impediment policy channel "
					+ "#escalations (or 'none')"));
	}

}

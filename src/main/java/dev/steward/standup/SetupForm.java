package dev.steward.standup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.command.Actor;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stand-up setup form: members, PMs, stakeholders, times, days, zone policy, language and questions, with which
 * question asks for blockers. The first person to set up a channel's stand-up becomes its PM; after that only PMs
 * may change it. Each save is announced in the team channel.
 */
@Component
class SetupForm implements FormHandler {

	private static final Logger log = LoggerFactory.getLogger(SetupForm.class);

	static final String ID = "standup.setup";

	/** The form's context names the stand-up it edits ({@code s<id>}), or this for a new one. */
	private static final String NEW = "new";

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final StandupProperties defaults;

	private final DeliveryQueue deliveries;

	private final Clock clock;

	SetupForm(TeamRepository teams, TeamDirectory directory, StandupRepository standups, StandupProperties defaults,
			DeliveryQueue deliveries, Clock clock) {
		this.teams = teams;
		this.directory = directory;
		this.standups = standups;
		this.defaults = defaults;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Override
	public String formId() {
		return ID;
	}

	/**
	 * The form for one of the channel's stand-ups, filled with its current settings, or for a new one with the name
	 * and the defaults (config null).
	 */
	ChatForm build(Actor actor, String channelId, String channelName, Team team, StandupConfig config, String name) {
		Words words = Words.current();
		List<Member> members = team == null ? List.of() : teams.members(team.id());
		List<String> pms = team == null ? List.of(actor.userId())
				: members.stream().filter(Member::isPm).map(Member::userId).toList();
		List<Question> questions = config == null ? StandupConfig.defaultQuestions(words) : config.questions();
		List<FormField> fields = new ArrayList<>(List.of(
				FormField.text("name", words.get("setup.form.name"), (config == null) ? name : config.name(), false)
					.withHint(words.get("setup.form.name.hint")),
				new FormField("members", words.get("setup.form.members"), FormField.Type.USERS, true,
						members.stream().filter(Member::participates).map(Member::userId).toList(), null, null),
				new FormField("pms", words.get("setup.form.pms"), FormField.Type.USERS, false, pms, null,
						words.get("setup.form.pms.hint")),
				new FormField("optional", words.get("setup.form.optional"), FormField.Type.USERS, true,
						(config == null) ? List.of() : optionalUsers(config, members), null,
						words.get("setup.form.optional.hint")),
				new FormField("stakeholders", words.get("setup.form.stakeholders"), FormField.Type.USERS, true,
						members.stream().filter(Member::isStakeholder).map(Member::userId).toList(), null,
						words.get("setup.form.stakeholders.hint")),
				FormField.text("prompt_time", words.get("setup.form.prompt-time"),
						time(config == null ? defaults.promptTime() : config.promptTime()), false)
					.withHint(words.get("setup.form.prompt-time.hint")),
				FormField.text("report_time", words.get("setup.form.report-time"),
						time(config == null ? defaults.reportTime() : config.reportTime()), false),
				FormField.text("reminder", words.get("setup.form.reminder"),
						Long.toString((config == null ? defaults.reminderDelay() : config.reminderDelay()).toMinutes())
								+ ((config != null && config.reminderBeforeReport()) ? " before" : ""),
						false)
					.withHint(words.get("setup.form.reminder.hint"))));
		fields.addAll(schedule(words, team, config));
		fields.addAll(questionFields(words, questions));
		return new ChatForm(ID, words.get("setup.form.title"), words.get("setup.form.save"),
				channelId + "\n" + channelName + "\n" + ((config == null) ? NEW : "s" + config.id()), fields);
	}

	private List<FormField> schedule(Words words, Team team, StandupConfig config) {
		Set<DayOfWeek> days = config == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : config.weekdays();
		List<FormField.Option> dayOptions = Arrays.stream(DayOfWeek.values())
			.map((day) -> new FormField.Option(day.name(), words.weekday(day)))
			.toList();
		return List.of(
				new FormField("days", words.get("setup.form.days"), FormField.Type.MULTI_SELECT, false,
						days.stream().sorted().map(DayOfWeek::name).toList(), dayOptions,
						words.get("setup.form.days.hint")),
				new FormField("zone_policy", words.get("setup.form.policy"), FormField.Type.SELECT, false,
						List.of((config == null ? ZonePolicy.MEMBER : config.zonePolicy()).name()),
						List.of(new FormField.Option("MEMBER", words.get("setup.form.policy.member")),
								new FormField.Option("TEAM", words.get("setup.form.policy.team"))),
						null),
				FormField.text("team_zone", words.get("setup.form.zone"),
						(team == null ? defaults.zone() : team.zone()).getId(), false)
					.withHint(words.get("setup.form.zone.hint")),
				new FormField("language", words.get("setup.form.language"), FormField.Type.SELECT, false,
						List.of(team == null ? Language.EN.code() : Language.of(team.language()).code()),
						Arrays.stream(Language.values())
							.map((language) -> new FormField.Option(language.code(), language.nativeName()))
							.toList(),
						words.get("setup.form.language.hint")));
	}

	private static List<FormField> questionFields(Words words, List<Question> questions) {
		List<FormField.Option> numbers = new ArrayList<>(IntStream.rangeClosed(1, Question.MAX_QUESTIONS)
			.mapToObj((i) -> new FormField.Option(Integer.toString(i),
					words.get("setup.form.question", Integer.toString(i))))
			.toList());
		numbers.add(new FormField.Option(SetupInput.NONE, words.get("setup.form.none")));
		return List.of(
				FormField.multiline("questions", words.get("setup.form.questions"),
						String.join("\n", questions.stream().map(QuestionLines::write).toList()), false)
					.withHint(words.get("answers.lines.hint")),
				new FormField("blockers_question", words.get("setup.form.blockers"), FormField.Type.SELECT, false,
						List.of(position(questions, Question.Kind.BLOCKERS)), numbers,
						words.get("setup.form.blockers.hint")),
				new FormField("plans_question", words.get("setup.form.plans"), FormField.Type.SELECT, false,
						List.of(position(questions, Question.Kind.TODAY)), numbers,
						words.get("setup.form.plans.hint")));
	}

	private static String position(List<Question> questions, Question.Kind kind) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).kind() == kind) {
				return Integer.toString(i + 1);
			}
		}
		return SetupInput.NONE;
	}

	private static String time(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	@Override
	@Transactional
	public FormResult submit(FormSubmission submission) {
		Map<String, String> problems = new HashMap<>();
		SetupInput input = SetupInput.read(Words.current(), submission, problems);
		if (input == null) {
			return FormResult.invalid(problems);
		}
		Instant now = clock.instant();
		Team before = existingTeam(submission);
		StandupConfig old = edited(before, submission);
		Words teamWords = Words.in(input.language());
		String name = StandupConfig.inTeamLanguage((input.name() != null) ? input.name()
				: (old != null) ? old.name() : StandupConfig.defaultName(Words.current()), teamWords);
		Optional<String> taken = nameTaken(before, old, name);
		if (taken.isPresent()) {
			return FormResult.invalid(Map.of("name", taken.get()));
		}
		List<Member> oldMembers = before == null ? List.of() : teams.members(before.id());
		boolean several = before != null && standups.configs(before.id()).size() > (old == null ? 0 : 1);
		Team team = team(submission, input);
		StandupConfig config = standups.saveConfig(new StandupConfig(old == null ? 0 : old.id(), team.id(), name,
				input.prompt(), input.report(), input.reminder(), input.days(), input.policy(),
				StandupConfig.inTeamLanguage(input.questions(), teamWords),
				(old == null) ? null : old.pause(), input.reminderBeforeReport()), now);
		applyPeople(team, input);
		standups.configs(team.id()).forEach((standup) -> syncParticipants(team, standup));
		standups.setOptional(config.id(), teams.members(team.id())
			.stream()
			.filter((member) -> input.optional().contains(member.userId()))
			.map(Member::id)
			.toList());
		standups.recheckStandup(config.id());
		Team after = teams.find(team.id()).orElseThrow();
		announce(SetupAnnouncement.of(submission.actor(), before, after, old, config, oldMembers,
				teams.members(team.id()), several), after, config, now);
		log.info("{} set up stand-up {} ('{}') of team {}", submission.actor().userId(), config.id(), name, team.id());
		return FormResult.accepted();
	}

	private void announce(ChatMessage announcement, Team team, StandupConfig config, Instant now) {
		deliveries.post("standup-setup:" + config.id() + ":" + now.toEpochMilli() + ":"
				+ Integer.toHexString(announcement.fallback().hashCode()), team.channel(), announcement);
	}

	/** Why the name cannot be this stand-up's: another stand-up of the team has it, in any case. */
	private Optional<String> nameTaken(Team team, StandupConfig edited, String name) {
		if (team == null) {
			return Optional.empty();
		}
		String wanted = WhichStandup.normalized(name);
		return standups.configs(team.id())
			.stream()
			.filter((config) -> edited == null || config.id() != edited.id())
			.filter((config) -> WhichStandup.normalized(config.name()).equals(wanted))
			.findFirst()
			.map((other) -> Words.current().get("setup.form.name-taken", team.name(), other.name()));
	}

	/**
	 * The stand-up the form edits, once the person is found to be one of the team's PMs: the one its context names,
	 * none for a new one (or a new team), and the team's first for a form opened before forms named it.
	 */
	private StandupConfig edited(Team team, FormSubmission submission) {
		if (team == null) {
			return null;
		}
		directory.requirePm(team, submission.actor().userId());
		String[] parts = submission.context().split("\n", 3);
		List<StandupConfig> all = standups.configs(team.id());
		if (parts.length < 3) {
			return all.isEmpty() ? null : all.get(0);
		}
		if (parts[2].equals(NEW)) {
			return null;
		}
		return all.stream().filter((config) -> ("s" + config.id()).equals(parts[2])).findFirst()
			.orElseThrow(() -> new UsageException(Words.current().get("setup.form.removed")));
	}

	private Team existingTeam(FormSubmission submission) {
		Actor actor = submission.actor();
		return teams.findByChannel(actor.platform(), actor.workspaceId(), submission.context().split("\n", 2)[0])
			.orElse(null);
	}

	private Team team(FormSubmission submission, SetupInput input) {
		Actor actor = submission.actor();
		String[] channel = submission.context().split("\n", 3);
		Team team = existingTeam(submission);
		if (team == null) {
			String name = channel.length > 1 && !channel[1].isBlank() ? "#" + channel[1] : "Team " + channel[0];
			team = teams.create(actor.platform(), actor.workspaceId(), channel[0], name, input.zone(), clock.instant());
			teams.addMember(team.id(), actor.userId(), actor.displayName(), Role.PM, false);
		}
		else {
			directory.requirePm(team, actor.userId());
			teams.setZone(team.id(), input.zone());
		}
		teams.setLanguage(team.id(), input.language());
		return team;
	}

	private List<String> optionalUsers(StandupConfig config, List<Member> members) {
		java.util.Set<Long> optional = standups.optionalMembers(config.id());
		return members.stream().filter((member) -> optional.contains(member.id())).map(Member::userId).toList();
	}

	private void applyPeople(Team team, SetupInput input) {
		for (Member member : teams.members(team.id())) {
			teams.setParticipates(member.id(), input.members().contains(member.userId()));
			boolean demoted = (member.isPm() && !input.pms().contains(member.userId()))
					|| (member.isStakeholder() && !input.stakeholders().contains(member.userId()));
			if (demoted) {
				teams.setRole(member.id(), Role.MEMBER);
			}
		}
		for (String userId : input.stakeholders()) {
			if (!input.pms().contains(userId)) {
				teams.setRole(teams.addMember(team.id(), userId, userId, Role.STAKEHOLDER, false).id(),
						Role.STAKEHOLDER);
			}
		}
		for (String userId : input.members()) {
			teams.setParticipates(teams.addMember(team.id(), userId, userId, Role.MEMBER, true).id(), true);
		}
		for (String userId : input.pms()) {
			teams.setRole(teams.addMember(team.id(), userId, userId, Role.PM, false).id(), Role.PM);
		}
	}

	/** Makes the participants of the stand-up exactly the members who stand up. */
	private void syncParticipants(Team team, StandupConfig config) {
		for (Member member : teams.members(team.id())) {
			if (member.participates()) {
				standups.addParticipant(config.id(), member.id());
			}
			else {
				standups.removeParticipant(config.id(), member.id());
			}
		}
	}

}

package dev.steward.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.EnumSet;
import java.util.Optional;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code /digest} command: subscribe, unsubscribe, a channel digest, a preview now, the list. */
@Component
class DigestCommands implements CommandHandler {

	static final String HELP = """
			/digest subscribe [daily|weekly] [#team-channel] [at HH:MM] [on monday | on mon-fri | every day]: a digest \
			in your DM at your time (daily: Monday to Friday unless you say otherwise)
			/digest unsubscribe [#team-channel|all]: stop following a team, or everything
			/digest channel #channel [daily|weekly] [at HH:MM] [on monday]: (PMs) this team's digest in a channel
			/digest now [#team-channel]: a digest of the last day, to you, now
			/digest list: your subscriptions and this team's channel digests""";

	private static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final SubscriptionRepository subscriptions;

	private final DigestSender sender;

	private final ChatGateways gateways;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DigestCommands(TeamDirectory directory, TeamRepository teams, SubscriptionRepository subscriptions,
			DigestSender sender, ChatGateways gateways, TransactionTemplate transaction, Clock clock) {
		this.directory = directory;
		this.teams = teams;
		this.subscriptions = subscriptions;
		this.sender = sender;
		this.gateways = gateways;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "digest";
	}

	@Override
	public String summary() {
		return "daily or weekly digests for stakeholders, in a DM or a channel";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "subscribe" -> subscribe(request, args.drop(1));
			case "unsubscribe" -> unsubscribe(request, args.drop(1));
			case "channel" -> channel(request, args.drop(1));
			case "now" -> now(request, args.drop(1));
			case "list" -> list(request);
			case "", "help" -> Reply.text(HELP);
			default -> Reply.text("I don't know '/digest " + args.raw(0) + "'. Here is what I can do:\n" + HELP);
		};
	}

	/** What a subscribe or channel command asked for. */
	private record Choice(Subscription.Cadence cadence, LocalTime at, DayOfWeek day, Set<DayOfWeek> days,
			Optional<String> channel) {

	}

	private static Choice choice(Args args) {
		Subscription.Cadence cadence = Subscription.Cadence.DAILY;
		LocalTime at = DEFAULT_TIME;
		Set<DayOfWeek> days = Subscription.WEEKDAYS;
		Optional<String> channel = Optional.empty();
		for (int i = 0; i < args.size(); i++) {
			String word = args.word(i);
			if (word.equals("daily") || word.equals("weekly")) {
				cadence = Subscription.Cadence.valueOf(word.toUpperCase(Locale.ROOT));
			}
			else if (word.equals("at")) {
				at = Args.time(args.raw(++i));
			}
			else if (word.equals("on")) {
				days = days(args.raw(++i));
			}
			else if (word.equals("every") && args.word(i + 1).equals("day")) {
				days = EnumSet.allOf(DayOfWeek.class);
				i++;
			}
			else if (Args.channel(args.raw(i)).isPresent()) {
				channel = Args.channel(args.raw(i));
			}
			else {
				throw new UsageException("I don't understand '" + args.raw(i) + "'. For example: /digest subscribe "
						+ "weekly #team-alpha at 08:30 on monday");
			}
		}
		DayOfWeek day = cadence == Subscription.Cadence.WEEKLY && days.size() == 1 ? days.iterator().next()
				: DayOfWeek.MONDAY;
		if (cadence == Subscription.Cadence.WEEKLY && days.size() != 1 && !days.equals(Subscription.WEEKDAYS)) {
			throw new UsageException("A weekly digest goes out on one day; say which, for example: on monday.");
		}
		return new Choice(cadence, at, day, cadence == Subscription.Cadence.DAILY ? days : Subscription.WEEKDAYS,
				channel);
	}

	/** Days such as {@code monday}, {@code mon-fri}, {@code mon,wed,fri} or {@code weekdays}. */
	private static Set<DayOfWeek> days(String spec) {
		String lower = spec.toLowerCase(Locale.ROOT);
		if (lower.equals("weekdays")) {
			return Subscription.WEEKDAYS;
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : lower.split(",")) {
			String[] range = part.split("-", 2);
			DayOfWeek first = day(range[0]);
			DayOfWeek last = range.length > 1 ? day(range[1]) : first;
			for (DayOfWeek day = first;; day = day.plus(1)) {
				days.add(day);
				if (day == last) {
					break;
				}
			}
		}
		return days;
	}

	private static DayOfWeek day(String word) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (word.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
				return day;
			}
		}
		throw new UsageException("'" + word + "' is not a day of the week; use monday, tue, mon-fri or weekdays.");
	}

	private Reply subscribe(CommandRequest request, Args args) {
		Choice choice = choice(args);
		Team team = team(request, choice.channel());
		ZoneId zone = teams.member(team.id(), request.actor().userId()).map(Member::zone).filter((z) -> z != null)
			.orElse(team.zone());
		Subscription subscription = store(request.actor().directConversation(), choice, zone, team,
				request.actor().userId());
		return Reply.text("You'll get the " + describe(subscription) + " digest of " + team.name() + " in your DM.");
	}

	private Reply unsubscribe(CommandRequest request, Args args) {
		Long teamId = args.word(0).equals("all") ? null : team(request, Args.channel(args.raw(0))).id();
		Integer removed = transaction.execute(
				(status) -> subscriptions.unfollow(request.actor().directConversation(), teamId));
		return Reply.text(removed == 0 ? "You had no digest subscription for that."
				: "Done: no more " + (teamId == null ? "digests" : "digests of that team") + " for you.");
	}

	private Reply channel(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		Choice choice = choice(args);
		String channel = choice.channel()
			.orElseThrow(() -> new UsageException("Which channel? For example: /digest channel #leadership weekly"));
		Conversation target = Conversation.channel(team.platform(), team.workspaceId(), channel);
		if (!canPost(target)) {
			throw new UsageException("Steward is not a member of that channel, so it could not post the digest there. "
					+ "Invite it first (/invite @Steward in the channel), then try again.");
		}
		Subscription subscription = store(target, choice, team.zone(), team, request.actor().userId());
		return Reply.text("The " + describe(subscription) + " digest of " + team.name() + " goes to that channel.");
	}

	/** Stores the subscription and the team it follows in one transaction. */
	private Subscription store(Conversation target, Choice choice, ZoneId zone, Team team, String by) {
		return transaction.execute((status) -> {
			Subscription subscription = subscriptions.upsert(target, choice.cadence(), choice.at(), choice.day(),
					choice.days(), zone,
					by, clock.instant());
			subscriptions.follow(subscription.id(), team.id());
			return subscription;
		});
	}

	private boolean canPost(Conversation channel) {
		try {
			return gateways.forPlatform(channel.platform()).canPost(channel);
		}
		catch (ChatSendException ex) {
			throw new UsageException("Could not check that channel with " + channel.platform().key()
					+ " just now; please try again in a minute.");
		}
	}

	private Reply now(CommandRequest request, Args args) {
		Team team = team(request, Args.channel(args.raw(0)));
		ZoneId zone = teams.member(team.id(), request.actor().userId()).map(Member::zone).filter((z) -> z != null)
			.orElse(team.zone());
		sender.preview(List.of(team), request.actor().directConversation(), zone);
		return Reply.text("A digest of " + team.name() + "'s last day is on its way to your DM.");
	}

	private Reply list(CommandRequest request) {
		StringBuilder text = new StringBuilder();
		for (Subscription subscription : subscriptions.of(request.actor().directConversation())) {
			text.append("Your ").append(describe(subscription)).append(" digest: ").append(names(subscription))
				.append('\n');
		}
		teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), request.channelId())
			.ifPresent((team) -> subscriptions.channelsFollowing(team.id())
				.forEach((subscription) -> text.append("Channel ").append(subscription.targetId()).append(": ")
					.append(describe(subscription)).append('\n')));
		return Reply.text(text.length() == 0 ? "No digests yet. Try /digest subscribe daily." : text.toString().strip());
	}

	private String names(Subscription subscription) {
		return String.join(", ", subscriptions.teams(subscription.id())
			.stream()
			.map(teams::find)
			.flatMap(Optional::stream)
			.map(Team::name)
			.toList());
	}

	private static String describe(Subscription subscription) {
		String at = String.format("%02d:%02d", subscription.sendAt().getHour(), subscription.sendAt().getMinute());
		return subscription.cadence() == Subscription.Cadence.DAILY
				? "daily (" + at + " " + subscription.zone().getId() + ", " + days(subscription) + ")"
				: "weekly (" + subscription.weekday().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
						+ " " + at + " " + subscription.zone().getId() + ")";
	}

	private static String days(Subscription subscription) {
		if (subscription.days().equals(Subscription.WEEKDAYS)) {
			return "Monday to Friday";
		}
		if (subscription.days().size() == 7) {
			return "every day";
		}
		return String.join(", ", subscription.days().stream().sorted()
			.map((day) -> day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)).toList());
	}

	/** The team named by its channel, in the actor's workspace, or else the team the command is about. */
	private Team team(CommandRequest request, Optional<String> channel) {
		if (channel.isEmpty()) {
			return directory.teamFor(request);
		}
		Team team = teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), channel.get())
			.orElseThrow(() -> new UsageException("There is no team with a stand-up in that channel here. Name a team "
					+ "by its channel, such as #team-alpha."));
		directory.requireMember(team, request.actor().userId());
		return team;
	}

}

package dev.steward.standup;

import java.time.LocalDate;
import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Dates;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.team.CalendarFeed;
import dev.steward.team.CalendarFeeds;
import dev.steward.team.Leave;
import dev.steward.team.LeaveBook;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * {@code /standup away} and {@code /standup back}: several leave periods per person, listed, cancelled before they
 * start, or ended today; a PM may record leave for someone else, and must for anything over 60 days; and the
 * person's calendar feed, whose out-of-office events become their leave.
 */
@Component
class LeaveCommands {

	private final TeamDirectory directory;

	private final LeaveBook leave;

	private final CalendarFeeds feeds;

	private final Today today;

	LeaveCommands(TeamDirectory directory, LeaveBook leave, CalendarFeeds feeds, Today today) {
		this.directory = directory;
		this.leave = leave;
		this.feeds = feeds;
		this.today = today;
	}

	Reply away(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		Member actor = directory.requireMember(team, request.actor().userId());
		LocalDate day = today.of(team, actor);
		return switch (args.word(1)) {
			case "list" -> list(team, actor, args.drop(2), day);
			case "cancel" -> cancel(actor, args, day);
			case "calendar" -> calendar(team, actor, args.drop(2), day);
			default -> add(team, actor, args.drop(1), day);
		};
	}

	Reply back(CommandRequest request, Args args) {
		if (args.size() > 1) {
			throw new UsageException("/standup back takes nothing after it: it ends your leave today.");
		}
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		LocalDate day = today.of(team, member);
		Leave ended = leave.back(member, day);
		return Reply.text("Welcome back! Your leave from " + Dates.range(ended.firstDay(), ended.lastDay(), day)
				+ " ends today, so you are in today's stand-up." + (ended.fromCalendar() ? " It came from your "
						+ "calendar: change the event there too, or it comes back when I next read it." : ""));
	}

	private Reply add(Team team, Member actor, Args args, LocalDate day) {
		Member member = actor;
		if (args.size() == 3) {
			String userId = Args.mention(args.raw(2)).orElseThrow(() -> new UsageException("'" + args.raw(2)
					+ "' is not a person; mention them, for example /standup away " + args.raw(0) + " " + args.raw(1)
					+ " @someone."));
			member = userId.equals(actor.userId()) ? actor : someoneElse(team, actor, userId);
		}
		else if (args.size() != 2) {
			throw new UsageException("Give the first and last day of the leave, for example: /standup away "
					+ day.plusDays(1) + " " + day.plusDays(5) + ". Also: /standup away list, /standup away cancel "
					+ "<first day>, /standup back.");
		}
		LocalDate first = Args.date(args.raw(0), day);
		LocalDate last = Args.date(args.raw(1), day);
		Leave added = leave.add(member, actor, first, last, day);
		String who = member == actor ? "you get" : "<@" + member.userId() + "> gets";
		return Reply.text((member == actor ? "Enjoy your time off! " : "Recorded. ") + "From "
				+ Dates.range(added.firstDay(), added.lastDay(), day) + " (" + added.days() + " day"
				+ (added.days() == 1 ? "" : "s") + ") " + who + " no prompts and shows as away.");
	}

	private Member someoneElse(Team team, Member actor, String userId) {
		if (!actor.isPm()) {
			throw new UsageException("Only a PM can record leave for someone else; record your own without a name.");
		}
		return directory.requireMember(team, userId);
	}

	private Reply list(Team team, Member actor, Args args, LocalDate day) {
		Member member = args.isEmpty() ? actor
				: directory.requireMember(team, Args.mention(args.raw(0)).orElseThrow(() -> new UsageException(
						"'" + args.raw(0) + "' is not a person; write /standup away list or /standup away list @someone.")));
		List<Leave> upcoming = leave.upcomingOf(member, day);
		String whose = member == actor ? "Your" : "<@" + member.userId() + ">'s";
		if (upcoming.isEmpty()) {
			return Reply.text(whose + " leave: none planned. Add some with /standup away <first day> <last day>.");
		}
		StringBuilder text = new StringBuilder(whose + " leave:");
		for (Leave period : upcoming) {
			text.append("\n\u2022 ").append(Dates.range(period.firstDay(), period.lastDay(), day))
				.append(period.fromCalendar() ? " (from your calendar)" : "")
				.append(period.covers(day) ? " (now: /standup back ends it today)" : "");
		}
		return Reply.text(text.append("\nCancel one that has not started with /standup away cancel <first day>.")
			.toString());
	}

	private Reply calendar(Team team, Member member, Args args, LocalDate day) {
		if (args.size() > 1) {
			throw new UsageException("Give one address: /standup away calendar <secret iCal address>, or "
					+ "/standup away calendar off.");
		}
		if (args.isEmpty()) {
			return Reply.text(feeds.of(member).map((feed) -> "Your calendar: " + feed.where()
					+ CalendarFeedStatus.of(feed, day, member.zone() != null ? member.zone() : team.zone()))
				.orElse("You have no calendar here. Give its secret address in iCal format with /standup away "
						+ "calendar <address>: its out-of-office events become your leave."));
		}
		if (args.word(0).equals("off")) {
			return Reply.text(feeds.removeFor(member, day) ? "I no longer read your calendar; the leave it gave from "
					+ "today on is gone, leave you entered by hand stays." : "You have no calendar to stop reading.");
		}
		CalendarFeed feed = feeds.setFor(member, args.raw(0));
		return Reply.text("I'll read your calendar (" + feed.where() + ") within a minute and then regularly: "
				+ "out-of-office events, and all-day events such as \"Vacation\", become your leave; leave you enter "
				+ "by hand stays as it is. If it can't be read, I'll tell you. Keep the address secret: anyone who "
				+ "has it can read your calendar.");
	}

	private Reply cancel(Member member, Args args, LocalDate day) {
		if (args.size() != 3) {
			throw new UsageException("Say which leave by its first day, for example: /standup away cancel "
					+ day.plusDays(7) + ". /standup away list shows them.");
		}
		Leave cancelled = leave.cancel(member, Args.date(args.raw(2), day), day);
		return Reply.text("Cancelled your leave from " + Dates.range(cancelled.firstDay(), cancelled.lastDay(), day)
				+ ".");
	}

}

package dev.steward.standup;

import java.time.LocalDate;
import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
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
		Words words = Words.current();
		Team team = directory.teamFor(request);
		Member actor = directory.requireMember(team, request.actor().userId());
		LocalDate day = today.of(team, actor);
		return switch (args.word(1)) {
			case "list" -> list(words, team, actor, args.drop(2), day);
			case "cancel" -> cancel(words, actor, args, day);
			case "calendar" -> calendar(words, team, actor, args.drop(2), day);
			default -> add(words, team, actor, args.drop(1), day);
		};
	}

	Reply back(CommandRequest request, Args args) {
		Words words = Words.current();
		if (args.size() > 1) {
			throw new UsageException(words.get("setup.back.usage"));
		}
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		LocalDate day = today.of(team, member);
		Leave ended = leave.back(member, day);
		return Reply.text(words.get("setup.back.done", words.range(ended.firstDay(), ended.lastDay(), day))
				+ (ended.fromCalendar() ? " " + words.get("setup.back.from-calendar") : ""));
	}

	private Reply add(Words words, Team team, Member actor, Args args, LocalDate day) {
		Member member = actor;
		if (args.size() == 3) {
			String userId = Args.mention(args.raw(2)).orElseThrow(() -> new UsageException(
					words.get("setup.away.not-a-person", args.raw(2), args.raw(0), args.raw(1))));
			member = userId.equals(actor.userId()) ? actor : someoneElse(words, team, actor, userId);
		}
		else if (args.size() != 2) {
			throw new UsageException(words.get("setup.away.usage", day.plusDays(1).toString(),
					day.plusDays(5).toString()));
		}
		LocalDate first = Args.date(args.raw(0), day);
		LocalDate last = Args.date(args.raw(1), day);
		Leave added = leave.add(member, actor, first, last, day);
		String range = words.range(added.firstDay(), added.lastDay(), day);
		if (member == actor) {
			return Reply.text(words.get("setup.away.own", range, added.days()));
		}
		return Reply.text(words.get("setup.away.other", range, added.days(), "<@" + member.userId() + ">"));
	}

	private Member someoneElse(Words words, Team team, Member actor, String userId) {
		if (!actor.isPm()) {
			throw new UsageException(words.get("setup.away.only-pm"));
		}
		return directory.requireMember(team, userId);
	}

	private Reply list(Words words, Team team, Member actor, Args args, LocalDate day) {
		Member member = args.isEmpty() ? actor
				: directory.requireMember(team, Args.mention(args.raw(0)).orElseThrow(() -> new UsageException(
						words.get("setup.away.list.not-a-person", args.raw(0)))));
		List<Leave> upcoming = leave.upcomingOf(member, day);
		String whose = member == actor ? words.get("setup.away.list.yours")
				: words.get("setup.away.list.theirs", "<@" + member.userId() + ">");
		if (upcoming.isEmpty()) {
			return Reply.text(whose + " " + words.get("setup.away.list.none"));
		}
		StringBuilder text = new StringBuilder(whose);
		for (Leave period : upcoming) {
			text.append("\n\u2022 ").append(words.range(period.firstDay(), period.lastDay(), day))
				.append(period.fromCalendar() ? " " + words.get("setup.away.list.from-calendar") : "")
				.append(period.covers(day) ? " " + words.get("setup.away.list.now") : "");
		}
		return Reply.text(text.append("\n").append(words.get("setup.away.list.cancel")).toString());
	}

	private Reply calendar(Words words, Team team, Member member, Args args, LocalDate day) {
		if (args.size() > 1) {
			throw new UsageException(words.get("setup.away.calendar.usage"));
		}
		if (args.isEmpty()) {
			return Reply.text(feeds.of(member).map((feed) -> words.get("setup.away.calendar.yours", feed.where(words))
					+ CalendarFeedStatus.of(words, feed, day, member.zone() != null ? member.zone() : team.zone()))
				.orElse(words.get("setup.away.calendar.none")));
		}
		if (args.word(0).equals("off")) {
			return Reply.text(words.get(feeds.removeFor(member, day) ? "setup.away.calendar.off"
					: "setup.away.calendar.nothing-to-stop"));
		}
		CalendarFeed feed = feeds.setFor(member, args.raw(0));
		return Reply.text(words.get("setup.away.calendar.set", feed.where(words)));
	}

	private Reply cancel(Words words, Member member, Args args, LocalDate day) {
		if (args.size() != 3) {
			throw new UsageException(words.get("setup.away.cancel.usage", day.plusDays(7).toString()));
		}
		Leave cancelled = leave.cancel(member, Args.date(args.raw(2), day), day);
		return Reply.text(words.get("setup.away.cancelled",
				words.range(cancelled.firstDay(), cancelled.lastDay(), day)));
	}

}

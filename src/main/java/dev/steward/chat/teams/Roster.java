package dev.steward.chat.teams;

import java.util.concurrent.CompletionException;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsPagedMembersResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the team's roster when Steward is added to a team, so a PM can pick members by name in the setup card
 * before any of them has written to the bot.
 */
final class Roster {

	private static final Logger log = LoggerFactory.getLogger(Roster.class);

	/** A safety stop for very large teams: 50 pages of up to 500 members. */
	private static final int MAX_PAGES = 50;

	private final TeamsPeople people;

	Roster(TeamsPeople people) {
		this.people = people;
	}

	/** Stores the members of the activity's team or chat; a failure is logged, since installing must go on. */
	void load(TurnContext turn) {
		String tenant = Activities.tenant(turn.getActivity());
		String token = null;
		int count = 0;
		try {
			for (int page = 0; page < MAX_PAGES; page++) {
				TeamsPagedMembersResult result = TeamsInfo.getPagedMembers(turn, token).join();
				for (TeamsChannelAccount member : result.getMembers()) {
					people.remember(tenant, new TeamsPeople.Person(member.getId(), member.getName(),
							member.getAadObjectId(), null));
					count++;
				}
				token = result.getContinuationToken();
				if (token == null || token.isEmpty()) {
					break;
				}
			}
			log.info("Read {} members of Teams conversation {} in tenant {}", count, Activities.channelId(turn.getActivity()),
					tenant);
		}
		catch (CompletionException | IllegalArgumentException ex) {
			log.warn("Could not read the roster of Teams conversation {}: {}", Activities.channelId(turn.getActivity()),
					ex.getMessage());
		}
	}

}

package dev.steward.chat.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

/**
 * Keeps what every authenticated activity teaches: the conversation reference (personal chat or channel), and for
 * a message the sender's name and time zone, and that they can be reached again. It is learnt again from the next
 * activity when the database cannot take it now.
 */
final class ActivityRecorder {

	private final ConversationStore conversations;

	private final TeamsPeople people;

	private final TeamRepository teams;

	private final DatabaseOutage outage;

	ActivityRecorder(ConversationStore conversations, TeamsPeople people, TeamRepository teams,
			DatabaseOutage outage) {
		this.conversations = conversations;
		this.people = people;
		this.teams = teams;
		this.outage = outage;
	}

	void record(Activity activity) {
		outage.bestEffort("recording Teams activity " + activity.getId(), () -> remember(activity));
	}

	private void remember(Activity activity) {
		String tenant = Activities.tenant(activity);
		if (tenant == null || activity.getServiceUrl() == null || activity.getConversation() == null
				|| activity.getRecipient() == null) {
			return;
		}
		rememberConversation(activity, tenant);
		if (activity.isType(ActivityTypes.MESSAGE) && Activities.fromPerson(activity)) {
			people.remember(tenant, new TeamsPeople.Person(activity.getFrom().getId(), activity.getFrom().getName(),
					activity.getFrom().getAadObjectId(), Activities.zone(activity)));
			teams.markReachable(Platform.TEAMS, tenant, activity.getFrom().getId());
		}
	}

	private void rememberConversation(Activity activity, String tenant) {
		String bot = activity.getRecipient().getId();
		if (Activities.isPersonal(activity)) {
			if (Activities.fromPerson(activity)) {
				conversations.remember(Conversation.direct(Platform.TEAMS, tenant, activity.getFrom().getId()),
						new ConversationRef(activity.getConversation().getId(), activity.getServiceUrl(), bot));
			}
			return;
		}
		String channel = Activities.channelId(activity);
		if (channel != null) {
			conversations.remember(Conversation.channel(Platform.TEAMS, tenant, channel),
					new ConversationRef(channel, activity.getServiceUrl(), bot));
		}
	}

}

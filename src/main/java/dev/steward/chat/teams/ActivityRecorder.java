package dev.steward.chat.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.team.TeamRepository;

/**
 * Keeps what every authenticated activity teaches: the conversation reference (personal chat or channel), and for
 * a message the sender's name and time zone, and that they can be reached again.
 */
final class ActivityRecorder {

	private final ConversationStore conversations;

	private final TeamsPeople people;

	private final TeamRepository teams;

	ActivityRecorder(ConversationStore conversations, TeamsPeople people, TeamRepository teams) {
		this.conversations = conversations;
		this.people = people;
		this.teams = teams;
	}

	void record(Activity activity) {
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

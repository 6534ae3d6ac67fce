package dev.steward.chat.teams;

/**
 * What the Bot Connector needs to write into a conversation proactively.
 *
 * @param conversationId the Bot Framework conversation id ({@code a:...} for a personal chat, {@code 19:...} for a
 * channel)
 * @param serviceUrl the regional Bot Connector endpoint Teams gave with the conversation
 * @param botId the bot's account id in Teams ({@code 28:<app id>})
 */
record ConversationRef(String conversationId, String serviceUrl, String botId) {

}

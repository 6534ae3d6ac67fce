package dev.steward.chat.teams;

import java.util.Arrays;
import java.util.Properties;

import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.Configuration;

/**
 * The Bot Framework's configuration, filled from Spring's {@link TeamsProperties} instead of the SDK's default
 * classpath {@code application.properties}. It leaves out {@code BotOpenIdMetadata}, which the SDK's adapter would
 * write into a process-wide static; {@link BotConnectorAuthentication} uses the URL itself.
 */
final class BotSettings implements Configuration {

	static final String TENANT_ID = "MicrosoftAppTenantId";

	private final Properties properties = new Properties();

	BotSettings(TeamsProperties teams) {
		put(MicrosoftAppCredentials.MICROSOFTAPPID, teams.appId());
		put(MicrosoftAppCredentials.MICROSOFTAPPPASSWORD, teams.appPassword());
		put(TENANT_ID, teams.tenantId());
	}

	private void put(String key, String value) {
		if (value != null && !value.isBlank()) {
			properties.setProperty(key, value.strip());
		}
	}

	@Override
	public String getProperty(String key) {
		return properties.getProperty(key);
	}

	@Override
	public Properties getProperties() {
		Properties copy = new Properties();
		copy.putAll(properties);
		return copy;
	}

	@Override
	public String[] getProperties(String key) {
		String value = properties.getProperty(key);
		return value == null ? null : Arrays.stream(value.split(",")).map(String::strip).toArray(String[]::new);
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "BotSettings[" + MicrosoftAppCredentials.MICROSOFTAPPID + "=" + getProperty(
				MicrosoftAppCredentials.MICROSOFTAPPID) + "]";
	}

}

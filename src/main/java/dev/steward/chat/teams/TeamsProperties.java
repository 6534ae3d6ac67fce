package dev.steward.chat.teams;

import java.net.URI;
import java.time.Duration;

import org.hibernate.validator.constraints.URL;

import dev.steward.settings.NonNegativeDuration;
import dev.steward.settings.PositiveDuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How Steward reaches Microsoft Teams as a single-tenant Azure bot. Teams is on when an app id is set.
 *
 * @param appId the bot's Microsoft app id, from {@code MICROSOFT_APP_ID}
 * @param appPassword the app's client secret, from {@code MICROSOFT_APP_PASSWORD}
 * @param tenantId the Entra tenant the app is registered in, from {@code MICROSOFT_APP_TENANT_ID}
 * @param enabled runs the adapter without an app id (no authentication), allowed only next to the local sandbox
 * @param authorityUrl where tokens are requested: {@code <authority>/<tenant>/oauth2/v2.0/token}
 * @param openIdMetadataUrl the Bot Connector's OpenID metadata, whose keys sign inbound requests
 * @param timeout connect and read time-out of calls to the Bot Connector and the token endpoint
 * @param cacheTtl how long conversation references and people stay cached in front of the database
 * @param maxBodySize the largest activity {@code /api/messages} reads; a bigger body is refused with 413 unread
 */
@Validated
@ConfigurationProperties("steward.teams")
public record TeamsProperties(String appId, String appPassword, String tenantId, boolean enabled,
		@DefaultValue("https://login.microsoftonline.com") @NotBlank @URL(regexp = "^https?:.*") String authorityUrl,
		@DefaultValue("https://login.botframework.com/v1/.well-known/openidconfiguration") @NotBlank
		@URL(regexp = "^https?:.*") String openIdMetadataUrl,
		@DefaultValue("10s") @NotNull @PositiveDuration Duration timeout,
		@DefaultValue("1h") @NotNull @NonNegativeDuration Duration cacheTtl,
		@DefaultValue("1MB") @NotNull DataSize maxBodySize) {

	public TeamsProperties {
		if (maxBodySize != null && maxBodySize.toBytes() <= 0) {
			throw new InvalidConfigurationPropertyValueException("steward.teams.max-body-size", maxBodySize,
					"must be positive");
		}
	}

	/** The Bot Framework scope the bot's tokens are for. */
	static final String SCOPE = "https://api.botframework.com/.default";

	public boolean authenticated() {
		return StringUtils.hasText(appId);
	}

	/** Whether activities are checked to come from the configured tenant. */
	boolean tenantConfigured() {
		return StringUtils.hasText(tenantId);
	}

	/** The tenant's token endpoint. */
	URI tokenUrl() {
		String authority = authorityUrl.endsWith("/") ? authorityUrl : authorityUrl + "/";
		return URI.create(authority + tenantId + "/oauth2/v2.0/token");
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "TeamsProperties[appId=" + (authenticated() ? appId : "(not set)") + ", appPassword="
				+ (StringUtils.hasText(appPassword) ? "(set)" : "(not set)") + ", tenantId=" + tenantId + ", enabled="
				+ enabled + ", authorityUrl=" + authorityUrl + ", openIdMetadataUrl=" + openIdMetadataUrl + ", timeout="
				+ timeout + ", cacheTtl=" + cacheTtl + ", maxBodySize=" + maxBodySize + "]";
	}

}

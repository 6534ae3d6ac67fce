package dev.steward.dashboard;

import org.hibernate.validator.constraints.URL;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * How people sign in to the dashboard and how much a page shows.
 *
 * @param slackClientId the Slack app's client id for "Sign in with Slack", from {@code SLACK_CLIENT_ID} when Steward
 * serves many workspaces; set it on its own ({@code STEWARD_DASHBOARD_SLACKCLIENTID}) for one workspace
 * @param slackClientSecret the Slack app's client secret, as above
 * @param slackUrl where Slack's OpenID Connect endpoints live; tests point it elsewhere
 * @param microsoftClientId the Entra ID app registration's client id for "Sign in with Microsoft", from
 * {@code MICROSOFT_APP_ID} (the Teams bot's registration, in its tenant) unless set on its own; the registration's
 * redirect URIs must include {@code https://<host>/login/oauth2/code/microsoft}
 * @param microsoftClientSecret a client secret of that registration, from {@code MICROSOFT_APP_PASSWORD} unless set
 * @param pageSize how many impediments a page of the log shows
 */
@Validated
@ConfigurationProperties("steward.dashboard")
public record DashboardProperties(String slackClientId, String slackClientSecret,
		@DefaultValue("https://slack.com") @NotBlank @URL(regexp = "^https?:.*") String slackUrl,
		String microsoftClientId, String microsoftClientSecret,
		@DefaultValue("50") @Min(1) @Max(200) int pageSize) {

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "DashboardProperties[slackClientId=" + slackClientId + ", slackClientSecret="
				+ ((slackClientSecret == null || slackClientSecret.isBlank()) ? "(not set)" : "(set)") + ", slackUrl="
				+ slackUrl + ", microsoftClientId=" + microsoftClientId + ", microsoftClientSecret="
				+ ((microsoftClientSecret == null || microsoftClientSecret.isBlank()) ? "(not set)" : "(set)")
				+ ", pageSize=" + pageSize + "]";
	}

}

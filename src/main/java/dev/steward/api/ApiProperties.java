package dev.steward.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The REST API's limits.
 *
 * @param requestsPerMinute how many requests one token may make a minute on one replica, in bursts of up to that many;
 * more are answered 429 with Retry-After
 * @param pageSize how many impediments a page holds unless a request asks for another size (at most 200)
 */
@Validated
@ConfigurationProperties("steward.api")
public record ApiProperties(@DefaultValue("120") @Min(1) int requestsPerMinute,
		@DefaultValue("50") @Min(1) @Max(200) int pageSize) {

}

package dev.steward.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the Prometheus alerts ask only for metrics Steward publishes (its own {@code steward_*},
 * and the JVM, HTTP server and process metrics every Spring Boot service has), and every alert has its runbook.
 */
class MonitoringManifestsTest {

	private static final Path DASHBOARD = Path.of("manifests/grafana/steward-dashboard.json");

	private static final Path ALERTS = Path.of("manifests/prometheus/steward-alerts.yml");

	private static final Path OPERATIONS = Path.of("docs/operations.md");

	/** The names Steward's meters get on {@code /actuator/prometheus}, as {@code PrometheusScrapeTest} reads them. */
	private static final Set<String> STEWARD_METRICS = Set.of("steward_deliveries_total",
			"steward_delivery_queue_depth", "steward_delivery_queue_oldest_due_age_seconds",
			"steward_delivery_retries_total", "steward_delivery_dead", "steward_delivery_expired",
			"steward_tick_duration_seconds", "steward_standup_prompts_total", "steward_standup_answers_total",
			"steward_impediments_opened_total", "steward_escalations_total", "steward_digests_total",
			"steward_inbound_requests_total");

	private static final List<String> STANDARD_PREFIXES = List.of("jvm_", "http_server_", "process_");

	/** Prometheus's own series for whether a scrape worked. */
	private static final String UP = "up";

	private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");

	@Test
	void theDashboardAsksOnlyForPublishedMetrics() throws IOException {
		List<String> expressions = dashboardExpressions();

		assertThat(expressions).hasSizeGreaterThanOrEqualTo(20);
		assertThat(unknownMetrics(expressions)).isEmpty();
		assertThat(metricsIn(expressions)).contains("steward_deliveries_total", "steward_delivery_queue_depth",
				"steward_delivery_queue_oldest_due_age_seconds", "steward_delivery_retries_total",
				"steward_tick_duration_seconds_count", "steward_standup_prompts_total", "steward_standup_answers_total",
				"steward_impediments_opened_total", "steward_escalations_total", "steward_digests_total", "steward_inbound_requests_total");
	}

	@Test
	void theAlertsAskOnlyForPublishedMetrics() throws IOException {
		List<String> expressions = alertRules().stream().map((rule) -> (String) rule.get("expr")).toList();

		assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);
		assertThat(unknownMetrics(expressions)).isEmpty();
	}

	@Test
	void everyAlertHasARunbookInTheOperationsGuide() throws IOException {
		String guide = Files.readString(OPERATIONS);
		for (Map<String, Object> rule : alertRules()) {
			String alert = (String) rule.get("alert");
			@SuppressWarnings("unchecked")
			Map<String, String> annotations = (Map<String, String>) rule.get("annotations");

			assertThat(guide).as(alert).containsPattern("(?m)^#+ " + alert + "$");
			assertThat(annotations.get("runbook")).isEqualTo("docs/operations.md#" + alert.toLowerCase());
			assertThat(annotations).containsKeys("summary", "description");
		}
	}

	@Test
	void readsTheMetricNamesOutOfAnExpression() {
		List<String> expression = List.of("sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=~\"$job\", "
				+ "uri!~\"/actuator.*\"}[$__rate_interval])) / on (instance) group_left max(steward_delivery_dead) > 0.9");

		assertThat(metricsIn(expression)).containsExactly("http_server_requests_seconds_bucket", "steward_delivery_dead");
	}

	private static Set<String> unknownMetrics(List<String> expressions) {
		Set<String> unknown = new TreeSet<>();
		for (String metric : metricsIn(expressions)) {
			String base = metric.replaceFirst("_(count|sum|max|bucket)$", "");
			boolean known = STEWARD_METRICS.contains(metric) || STEWARD_METRICS.contains(base) || metric.equals(UP)
					|| STANDARD_PREFIXES.stream().anyMatch(metric::startsWith);
			if (!known) {
				unknown.add(metric);
			}
		}
		return unknown;
	}

	/** The series names in PromQL: what is left once strings, matchers, ranges, groupings and functions are gone. */
	static Set<String> metricsIn(List<String> expressions) {
		Set<String> metrics = new TreeSet<>();
		Pattern identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
		for (String expression : expressions) {
			String bare = expression.replaceAll("\"(\\\\.|[^\"])*\"", "\"\"")
				.replaceAll("\\{[^}]*}", " ")
				.replaceAll("\\[[^]]*]", " ")
				.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
			Matcher matcher = identifier.matcher(bare);
			while (matcher.find()) {
				boolean function = matcher.group(1) != null;
				if (!function && !PROMQL_WORDS.contains(matcher.group().toLowerCase())) {
					metrics.add(matcher.group());
				}
			}
		}
		return metrics;
	}

	private static List<String> dashboardExpressions() throws IOException {
		JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				expressions.add(target.path("expr").asText());
			}
		}
		return expressions;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> alertRules() throws IOException {
		Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ALERTS));
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
			rules.addAll((List<Map<String, Object>>) group.get("rules"));
		}
		return rules;
	}

}

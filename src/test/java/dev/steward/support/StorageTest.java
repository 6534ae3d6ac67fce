package dev.steward.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Base of the storage tests: real SQL against a fresh schema. H2 (PostgreSQL mode) by default; PostgreSQL when
 * {@code -Dsteward.test.jdbc-url=jdbc:postgresql://...} is given, as {@code .ci/run} does.
 */
@Tag("storage")
public abstract class StorageTest {

	private static final String URL = System.getProperty("steward.test.jdbc-url",
			"jdbc:h2:mem:storage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

	private static final String SCHEMA = "steward_test";

	protected static JdbcClient jdbc;

	/** The database, for storage code that opens transactions of its own. */
	protected static DataSource dataSource;

	@BeforeAll
	static void freshSchema() {
		DriverManagerDataSource driver = new DriverManagerDataSource(URL,
				System.getProperty("steward.test.jdbc-user", "sa"), System.getProperty("steward.test.jdbc-password", ""));
		Flyway flyway = Flyway.configure()
			.dataSource(driver)
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.cleanDisabled(false)
			.load();
		flyway.clean();
		flyway.migrate();
		dataSource = withSchema(driver);
		jdbc = JdbcClient.create(dataSource);
	}

	private static DataSource withSchema(DriverManagerDataSource dataSource) {
		dataSource.setSchema(SCHEMA);
		return dataSource;
	}

	/** Which database the storage tests run on, for assertion messages. */
	protected static String database() {
		return URL.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
	}

}

package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, adds trigram indexes so "contains these words" searches of stand-up answers and impediment titles
 * ({@code lower(...) like '%words%'}) read an index instead of every row; on H2, which has none, does nothing (its
 * searches read the team's rows, fine at an embedded database's sizes). {@code pg_trgm} is a trusted extension, so a
 * database owner may create it; it goes in the public schema, or stays where the database already has it.
 */
public class V19__Trigram_search extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create extension if not exists pg_trgm with schema public");
			String schema;
			try (ResultSet found = statement.executeQuery("select n.nspname from pg_extension e "
					+ "join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
				found.next();
				schema = found.getString(1).replace("\"", "\"\"");
			}
			statement.execute("create index standup_answer_text_trgm_idx on standup_answer using gin (lower(answer) \""
					+ schema + "\".gin_trgm_ops)");
			statement.execute("create index impediment_title_trgm_idx on impediment using gin (lower(title) \"" + schema
					+ "\".gin_trgm_ops)");
		}
	}

}

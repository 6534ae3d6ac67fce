package db.migration;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Moves each team's holidays from one comma-separated column into rows of their own, which can carry a name. */
public class V9__Team_holidays_as_rows extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Map<Long, String> holidays = new LinkedHashMap<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select team_id, holidays from team_calendar")) {
			while (rows.next()) {
				holidays.put(rows.getLong(1), rows.getString(2));
			}
		}
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("insert into team_holiday (team_id, holiday_date) values (?, ?)")) {
			for (Map.Entry<Long, String> entry : holidays.entrySet()) {
				for (String day : entry.getValue().split(",")) {
					if (!day.isBlank()) {
						insert.setLong(1, entry.getKey());
						insert.setDate(2, Date.valueOf(LocalDate.parse(day.strip())));
						insert.executeUpdate();
					}
				}
			}
		}
		try (Statement drop = context.getConnection().createStatement()) {
			drop.execute("alter table team_calendar drop column holidays");
		}
	}

}

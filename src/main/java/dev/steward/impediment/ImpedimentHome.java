package dev.steward.impediment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.steward.chat.Block;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.command.HomeSection;
import dev.steward.i18n.Words;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** Shows a person, on their home view, the open impediments they own. */
@Component
class ImpedimentHome implements HomeSection {

	static final int LIMIT = 20;

	private final ImpedimentLog log;

	private final TeamRepository teams;

	ImpedimentHome(ImpedimentLog log, TeamRepository teams) {
		this.log = log;
		this.teams = teams;
	}

	@Override
	public List<Block> blocks(Actor actor) {
		List<Team> mine = teams.findByUser(actor.platform(), actor.workspaceId(), actor.userId());
		Map<Long, String> names = mine.stream().collect(Collectors.toMap(Team::id, Team::name));
		Words words = Words.current();
		List<Block> blocks = new ArrayList<>(List.of(new Block.Header(words.get("impediment.home.title"))));
		for (Impediment impediment : log.activeOwnedBy(mine, actor.userId(), LIMIT)) {
			blocks.add(new Block.Section(line(words, impediment, names.get(impediment.teamId()))));
		}
		if (blocks.size() == 1) {
			blocks.add(new Block.Section(Text.plain(words.get("impediment.home.none"))));
		}
		return blocks;
	}

	private static Text line(Words words, Impediment impediment, String teamName) {
		String status = words.get("impediment.status." + impediment.status().name());
		String rung = impediment.rung() > 0 ? " " + words.get("impediment.home.rung", Integer.toString(impediment.rung()))
				: "";
		return Text.builder()
			.bold(impediment.key())
			.plain(" " + impediment.title() + "\n" + impediment.severity().label(words) + " \u00b7 " + teamName
					+ " \u00b7 " + status + rung)
			.build();
	}

	@Override
	public int order() {
		return 20;
	}

}

package dev.steward.standup;

import java.util.ArrayList;
import java.util.List;

import dev.steward.chat.Block;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.command.HomeSection;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** Shows a person, on their home view, the stand-ups they take part in: when they are asked, when the summary goes. */
@Component
class StandupHome implements HomeSection {

	private final TeamRepository teams;

	private final StandupRepository standups;

	StandupHome(TeamRepository teams, StandupRepository standups) {
		this.teams = teams;
		this.standups = standups;
	}

	@Override
	public List<Block> blocks(Actor actor) {
		Words words = Words.current();
		List<Block> blocks = new ArrayList<>(List.of(new Block.Header(words.get("setup.home.title"))));
		for (Team team : teams.findByUser(actor.platform(), actor.workspaceId(), actor.userId())) {
			List<StandupConfig> configs = standups.configs(team.id());
			boolean participates = teams.member(team.id(), actor.userId()).map(Member::participates).orElse(false);
			if (participates) {
				configs.forEach((config) -> blocks.add(new Block.Section(line(words, team, config, configs.size() > 1))));
			}
		}
		if (blocks.size() == 1) {
			blocks.add(new Block.Section(Text.plain(words.get("setup.home.none"))));
		}
		return blocks;
	}

	private static Text line(Words words, Team team, StandupConfig config, boolean several) {
		return Text.builder().bold(several ? team.name() + " \u00b7 " + config.name() : team.name())
			.plain("\n" + SetupAnnouncement.describe(words, team, config))
			.build();
	}

	@Override
	public int order() {
		return 10;
	}

}

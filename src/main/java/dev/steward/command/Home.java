package dev.steward.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Block;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/**
 * Builds a person's home view from the features' {@link HomeSection}s in their order; a section that fails is left
 * out and logged, so the others still show.
 */
@Component
public class Home {

	private static final Logger log = LoggerFactory.getLogger(Home.class);

	private final List<HomeSection> sections;

	Home(List<HomeSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
	}

	/** The person's home view in the language of the request in hand. */
	public ChatMessage of(Actor actor) {
		return of(actor, Words.current());
	}

	/** The person's home view in these words; the sections read them as the current words. */
	public ChatMessage of(Actor actor, Words words) {
		return Words.reading(words, () -> built(actor, words));
	}

	private ChatMessage built(Actor actor, Words words) {
		List<Block> blocks = new ArrayList<>();
		for (HomeSection section : sections) {
			try {
				List<Block> part = section.blocks(actor);
				if (!blocks.isEmpty() && !part.isEmpty()) {
					blocks.add(new Block.Divider());
				}
				blocks.addAll(part);
			}
			catch (RuntimeException ex) {
				log.warn("Left {} out of the home view of {}", section.getClass().getSimpleName(), actor.userId(), ex);
			}
		}
		blocks.add(new Block.Context(Text.plain(words.get("platform.home.help"))));
		return new ChatMessage(words.get("platform.home.title"), blocks);
	}

}

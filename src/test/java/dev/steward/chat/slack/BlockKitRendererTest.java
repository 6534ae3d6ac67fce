package dev.steward.chat.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.View;
import org.junit.jupiter.api.Test;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.chat.Text;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** Block Kit rendering: escaping user text once, formatting, and Slack's limits. */
class BlockKitRendererTest {

	@Test
	void escapesUserTextSoBroadcastsAndLinksDoNothing() {
		Text text = Text.builder().bold("Bob & co").plain(": <!channel> see <https://x|here>").mention("U123").build();

		assertThat(BlockKitRenderer.mrkdwn(text))
			.isEqualTo("*Bob &amp; co*: &lt;!channel&gt; see &lt;https://x|here&gt;<@U123>");
	}

	@Test
	void boldSpansEachLineAndKeepsSpacesOutside() {
		assertThat(BlockKitRenderer.mrkdwn(Text.bold("Blocked: "))).isEqualTo("*Blocked:* ");
		assertThat(BlockKitRenderer.mrkdwn(Text.bold("one\ntwo"))).isEqualTo("*one*\n*two*");
	}

	@Test
	void keepsWithinFiftyBlocksAndThreeThousandCharactersASection() {
		ChatMessage.Builder message = ChatMessage.builder("long");
		for (int i = 0; i < 80; i++) {
			message.section(Text.plain("x".repeat(4000)));
		}

		List<LayoutBlock> blocks = BlockKitRenderer.blocks(message.build());

		assertThat(blocks).hasSize(50);
		assertThat(((SectionBlock) blocks.get(0)).getText().getText()).hasSize(3000);
	}

	@Test
	void modalCarriesFormIdContextAndAShortTitle() {
		View view = BlockKitRenderer.modal(new ChatForm("standup.answers", "A very long title for a modal", "Submit",
				"42", List.of(FormField.multiline("q0", "Yesterday?", "Shipped", false))), Words.ENGLISH);

		assertThat(view.getCallbackId()).isEqualTo("standup.answers");
		assertThat(view.getPrivateMetadata()).isEqualTo("42");
		assertThat(view.getTitle().getText()).hasSizeLessThanOrEqualTo(24);
		assertThat(view.getBlocks()).hasSize(1);
		assertThat(view.getClose().getText()).isEqualTo("Cancel");
	}

	@Test
	void modalIsClosedWithTheReadersWordForCancel() {
		ChatForm form = new ChatForm("standup.answers", "Stand-up", "Absenden", "42",
				List.of(FormField.multiline("q0", "Gestern?", "", false)));

		assertThat(BlockKitRenderer.modal(form, Words.in(Language.DE)).getClose().getText()).isEqualTo("Abbrechen");
		assertThat(BlockKitRenderer.modal(form, Words.in(Language.ES)).getClose().getText()).isEqualTo("Cancelar");
	}

}

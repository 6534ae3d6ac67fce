package dev.steward.chat.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Platform;
import dev.steward.command.Actor;
import dev.steward.command.Home;
import dev.steward.command.ReaderWords;
import dev.steward.i18n.Words;

/**
 * Publishes a person's Home tab, their stand-ups and open impediments in their language, each time they open it, after
 * the ack.
 */
final class HomeTab {

	private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

	private final Home home;

	private final Executor executor;

	private final ReaderWords readers;

	HomeTab(Home home, Executor executor, ReaderWords readers) {
		this.home = home;
		this.executor = executor;
		this.readers = readers;
	}

	void register(App app) {
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			AppHomeOpenedEvent event = payload.getEvent();
			if ("home".equals(event.getTab()) && event.getUser() != null) {
				publishLater(context.client(), new Actor(Platform.SLACK, payload.getTeamId(), event.getUser(), null));
			}
			return context.ack();
		});
	}

	private void publishLater(MethodsClient client, Actor actor) {
		CompletableFuture.runAsync(() -> {
			try {
				Words words = readers.of(actor, null);
				ViewsPublishResponse response = client.viewsPublish((request) -> request.userId(actor.userId())
					.view(BlockKitRenderer.home(home.of(actor, words), words)));
				if (!response.isOk()) {
					log.warn("views.publish of the Home tab of {} failed: {}", actor.userId(), response.getError());
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, executor).exceptionally((failure) -> {
			log.warn("Could not publish the Home tab of {}", actor.userId(), failure);
			return null;
		});
	}

}

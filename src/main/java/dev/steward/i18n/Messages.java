package dev.steward.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Steward's bundles the application's {@code messageSource}, so templates read the same words as chat. */
@Configuration(proxyBeanMethods = false)
class Messages {

	@Bean
	MessageSource messageSource() {
		return Words.messageSource();
	}

}

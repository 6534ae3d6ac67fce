package dev.steward.chat.sandbox;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the sandbox chat page at the root, only while the sandbox is on. */
@RestController
@Conditional(SandboxEnabled.class)
class SandboxPage {

	private final Resource page = new ClassPathResource("sandbox/index.html");

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
	}

}

package dev.steward.dashboard;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in page: "Sign in with Slack" or "with Microsoft" for the platforms configured, and, in the sandbox only, a button for each demo
 * person; signing in as one starts a new session, so a session id known before cannot be used after.
 */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> slack;

	private final ObjectProvider<LocalSignIn> local;

	private final SecurityContextRepository contexts;

	SignInController(ObjectProvider<ClientRegistrationRepository> slack, ObjectProvider<LocalSignIn> local,
			SecurityContextRepository contexts) {
		this.slack = slack;
		this.local = local;
		this.contexts = contexts;
	}

	@GetMapping(DashboardSecurity.SIGN_IN)
	String signIn(Model model) {
		LocalSignIn people = local.getIfAvailable();
		ClientRegistrationRepository registrations = slack.getIfAvailable();
		model.addAttribute("slack", registrations instanceof InMemoryClientRegistrationRepository known
				&& known.findByRegistrationId(SignInProviders.SLACK) != null);
		model.addAttribute("microsoft", registrations instanceof InMemoryClientRegistrationRepository known
				&& known.findByRegistrationId(SignInProviders.MICROSOFT) != null);
		model.addAttribute("people", (people != null) ? people.people() : List.of());
		return "dashboard/sign-in";
	}

	@PostMapping(DashboardSecurity.SIGN_IN + "/local")
	String signInLocally(@RequestParam String person, HttpServletRequest request, HttpServletResponse response) {
		LocalSignIn people = local.getIfAvailable();
		if (people == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Viewer viewer = people.people()
			.stream()
			.filter((candidate) -> candidate.userId().equals(person))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such person"));
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null,
				AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:/dashboard";
	}

}

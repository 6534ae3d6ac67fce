package dev.steward.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the REST API in its OpenAPI document: what it is, and that every call needs a personal access token. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	@Bean
	OpenAPI stewardApi() {
		return new OpenAPI()
			.info(new Info().title("Steward REST API")
				.version("v1")
				.description("The impediment log of the teams a personal access token may see, and what a PM does in "
						+ "chat. Make a token on the dashboard's API tokens page and send it as Authorization: Bearer "
						+ "stw_... Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("stw_...")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}

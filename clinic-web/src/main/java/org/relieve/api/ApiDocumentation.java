package org.relieve.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole; the contract itself is shared/api.md. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Relieve API", version = "1",
                description = "Clients, intakes, treatment plans, scheduling and outcomes of a back-pain clinic. "
                        + "Errors are RFC 9457 problem details."),
        security = {@SecurityRequirement(name = "staff"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "staff", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account's username and password; refused for accounts with two-factor sign-in.")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token (rlv_…) created under My account; acts with its owner's roles.")
class ApiDocumentation {
}

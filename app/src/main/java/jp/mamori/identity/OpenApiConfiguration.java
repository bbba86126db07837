package jp.mamori.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at {@code /api/v1/openapi.json}: every operation needs a personal API token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "personalToken";

    @Bean
    OpenAPI mamoriOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Mamori API").version("v1")
                        .description("Personal API tokens (mmr_…) are issued on the account page or by "
                                + "`java -jar mamori-app.jar admin api-token`; send them as `Authorization: Bearer`."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("mmr_ token")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}

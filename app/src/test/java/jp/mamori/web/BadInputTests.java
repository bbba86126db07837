package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 20, findings 6 and 7: bad input gets the app's own 400 page; no Swagger UI is served. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTests {

    @Autowired MockMvc mvc;

    @Test
    void aLanguageThatIsNoLocaleGetsTheAppsOwn400Page() throws Exception {
        var response = mvc.perform(get("/login").queryParam("lang", "en\"><script>")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getContentAsString()).contains("lang=ja").doesNotContain("<script>");
    }

    @Test
    void aSupportedLanguageStillSwitchesTheInterface() throws Exception {
        var response = mvc.perform(get("/login").queryParam("lang", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookie("mamori-lang")).isNotNull();
        assertThat(response.getCookie("mamori-lang").getValue()).isEqualTo("en");
    }

    @Test
    void swaggerUiIsNotServedButTheApiDocumentIs() throws Exception {
        assertThat(mvc.perform(get("/webjars/swagger-ui/index.html")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getStatus()).isIn(302, 404);
        var document = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getContentAsString()).contains("\"openapi\"");
    }
}

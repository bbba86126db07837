package jp.mamori.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An evidence upload as the real server parses it (issue 20, finding 6): a file name holding a NUL byte is refused
 * by Tomcat's multipart parser, which gave a bare 500; it is a 400 on the app's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mamori.demo=false")
class EvidenceUploadOverHttpTests {

    @LocalServerPort
    int port;

    @Test
    void aFileNameWithANulByteIsABadRequestOnTheAppsOwnPage() throws Exception {
        var boundary = "----mamori-nul-test";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\n\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/catalog/measures/MIC-STD-4.1.2/evidence/file"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html").doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}

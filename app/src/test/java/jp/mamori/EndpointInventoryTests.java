package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import jp.mamori.access.EndpointAccess;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of ours says who may use it. A new controller method without {@code @RequiresPermission},
 * {@code @SignedIn} or {@code @PublicEndpoint} fails this test and so the build.
 */
@SpringBootTest
@DatabaseTest
class EndpointInventoryTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerOfOursIsClassified() {
        var unclassified = new ArrayList<String>();
        var ours = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("jp.mamori")) {
                continue;
            }
            ours++;
            if (EndpointAccess.of(handler).isEmpty()) {
                unclassified.add(entry.getKey() + " → " + handler);
            }
        }
        assertThat(ours).as("handlers found").isPositive();
        assertThat(unclassified).as("handlers without an access classification").isEmpty();
    }
}

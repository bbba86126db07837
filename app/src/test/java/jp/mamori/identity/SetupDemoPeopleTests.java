package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.demo.DemoTown;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 19: with the demo loaded, the setup page shows some of the demo town's staff numbers and posts. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class SetupDemoPeopleTests {

    @Autowired MockMvc mvc;
    @Autowired SetupLinks links;
    @Autowired SetupDirectory directory;
    @Autowired Tenants tenants;
    @Autowired TransactionTemplate transactions;

    @Test
    void theSetupPageShowsTheDemoTownsStaffNumbersWithTheirPosts() throws Exception {
        var town = tenants.findByCode(DemoTown.CODE).orElseThrow();
        var people = directory.demoPeople(town);
        assertThat(people).isNotEmpty().hasSizeLessThanOrEqualTo(SetupDirectory.DEMO_PEOPLE)
                .allSatisfy(p -> assertThat(p.posts()).isNotEmpty());
        var link = Actor.system("test").callAs(() -> transactions.execute(status -> links.create()));

        var page = mvc.perform(get("/setup/" + link.substring(link.lastIndexOf('/') + 1))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"demo-people\"", people.get(0).staffNumber(), people.get(0).name(),
                "情報セキュリティ");
    }
}

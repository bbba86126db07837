package jp.mamori.policy;

import java.util.UUID;

import jp.mamori.access.PublicEndpoint;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published policy of a tenant, without signing in (JIS X 8341-3 AA; printable). Only 公開 documents in force;
 * anything else is the same 404 as an unknown 団体コード.
 */
@Controller
@PublicEndpoint("地方自治法 obliges every municipality to publish its basic policy; residents read it without an account")
class PublicPolicyController {

    private final Publication publication;

    PublicPolicyController(Publication publication) {
        this.publication = publication;
    }

    @GetMapping("/public/{code}/policies")
    String shelf(@PathVariable String code, Model model) {
        model.addAttribute("shelf", publication.shelf(code));
        return "policy/public-list";
    }

    @GetMapping("/public/{code}/policies/{documentId}")
    String document(@PathVariable String code, @PathVariable UUID documentId, Model model) {
        model.addAttribute("page", publication.page(code, documentId));
        return "policy/public-document";
    }
}

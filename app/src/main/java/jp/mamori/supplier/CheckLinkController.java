package jp.mamori.supplier;

import java.util.EnumMap;
import java.util.Map;

import jp.mamori.access.PublicEndpoint;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind a periodic-check link: the contractor, who has no account, answers the questionnaire of that one
 * check of that one contract. Every request resolves the token with this purpose only; a link of another purpose,
 * expired, revoked or already used reads as not found, and the page shows nothing of the town beyond the check.
 */
@Controller
@PublicEndpoint("a contractor answers the periodic check through a capability link, without an account")
class CheckLinkController {

    private final SupplierManagement management;
    private final Messages messages;

    CheckLinkController(SupplierManagement management, Messages messages) {
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/links/" + SupplierManagement.CHECK_PURPOSE + "/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        noTraces(response);
        var linked = management.linkedCheck(token).orElseThrow(() -> new NotFound("link"));
        return page(model, token, linked, Map.of(), "", "");
    }

    @PostMapping("/links/" + SupplierManagement.CHECK_PURPOSE + "/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> fields,
            @RequestParam(required = false) String remarks, @RequestParam(required = false) String answeredBy,
            Model model, HttpServletResponse response) {
        noTraces(response);
        var linked = management.linkedCheck(token).orElseThrow(() -> new NotFound("link"));
        var answers = new EnumMap<CheckQuestion, CheckAnswer>(CheckQuestion.class);
        for (var q : CheckQuestion.values()) {
            var a = CheckAnswer.parseOne(fields.get("q." + q.name()));
            if (a != null) {
                answers.put(q, a);
            }
        }
        try {
            management.answerByLink(token, answers, remarks, answeredBy);
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, refused);
            return page(model, token, linked, answers, remarks, answeredBy);
        }
        model.addAttribute("check", linked.check());
        model.addAttribute("contract", linked.contract());
        return "supplier/check-answered";
    }

    private String page(Model model, String token, SupplierManagement.LinkedCheck linked,
            Map<CheckQuestion, CheckAnswer> answers, String remarks, String answeredBy) {
        model.addAttribute("token", token);
        model.addAttribute("check", linked.check());
        model.addAttribute("contract", linked.contract());
        model.addAttribute("contractor", linked.contractor());
        model.addAttribute("questions", CheckQuestion.values());
        model.addAttribute("choices", CheckAnswer.values());
        model.addAttribute("answers", answers);
        model.addAttribute("remarks", remarks == null ? "" : remarks);
        model.addAttribute("answeredBy", answeredBy == null ? "" : answeredBy);
        model.addAttribute("purpose", SupplierManagement.CHECK_PURPOSE);
        return "supplier/check-link";
    }

    /** The token is in the URL: no referrer to other sites, no caching of the page. */
    private static void noTraces(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}

package jp.mamori.web;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.SignedIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: each module's figures for the signed-in user. */
@Controller
@SignedIn
class HomeController {

    private final List<DashboardSource> sources;

    HomeController(List<DashboardSource> sources) {
        this.sources = sources;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("figures", sources.stream().flatMap(source -> source.figures(user).stream()).toList());
        return "home";
    }
}

package jp.mamori.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.finding.FindingsEvaluated;
import jp.mamori.trail.Trail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The comparison of a flow log with the declared flows (seed 6(2)③): the upload is read as a stream from the
 * multipart part (which the container spools to disk), never into memory; the result is shown and published as the
 * findings of {@value #SOURCE}, replacing the last comparison's. The log itself is not kept.
 */
@Controller
@RequestMapping("/network/traffic")
class TrafficController {

    static final String SOURCE = "network.traffic";

    private final NetworkFindings findings;
    private final ApplicationEventPublisher events;
    private final Trail trail;
    private final Clock clock;

    TrafficController(NetworkFindings findings, ApplicationEventPublisher events, Trail trail, Clock clock) {
        this.findings = findings;
        this.events = events;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    @RequiresPermission(Permission.NETWORK_VIEW)
    String page() {
        return "network/traffic";
    }

    @PostMapping
    @RequiresPermission(Permission.NETWORK_EDIT)
    @Transactional
    String compare(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        var tenantId = CurrentUser.require().tenantId();
        TrafficComparison.Result result;
        try (var in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            result = new TrafficComparison(findings.topology(tenantId)).compare(in);
        }
        if (result.compared() == 0 && result.denied() == 0) {
            response.setStatus(422);
            model.addAttribute("unreadable", true);
            return "network/traffic";
        }
        var name = file.getOriginalFilename() == null ? "log" : file.getOriginalFilename();
        trail.record(tenantId, "network.traffic.compared", "NetworkFlow", "-", name + "（" + result.layout() + "）: "
                + result.lines() + " 行, 許可 " + result.compared() + " 件, 宣言外 " + result.unmatched().size() + " 組");
        events.publishEvent(new FindingsEvaluated(tenantId, SOURCE, Permission.NETWORK_VIEW, result.findings(),
                clock.instant()));
        model.addAttribute("result", result);
        model.addAttribute("fileName", name);
        return "network/traffic";
    }
}

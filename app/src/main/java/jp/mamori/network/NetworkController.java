package jp.mamori.network;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.TableExport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The overview of the separation: the diagram with its findings, printable and downloadable as SVG. */
@Controller
@RequestMapping("/network")
class NetworkController {

    private final NetworkFindings findings;

    NetworkController(NetworkFindings findings) {
        this.findings = findings;
    }

    @GetMapping
    @RequiresPermission(Permission.NETWORK_VIEW)
    String overview(Model model) {
        var user = CurrentUser.require();
        var topology = findings.topology(user.tenantId());
        var current = NetworkFindings.sorted(SeparationCheck.check(topology));
        model.addAttribute("model", topology.model());
        model.addAttribute("findings", current);
        model.addAttribute("diagram", NetworkDiagramSvg.draw(topology, current, false));
        model.addAttribute("counts", new int[] {topology.segments().size(), topology.systems().size(),
                topology.terminals().size(), topology.flows().size()});
        model.addAttribute("canEdit", user.can(Permission.NETWORK_EDIT));
        return "network/overview";
    }

    @GetMapping(value = "/diagram.svg")
    @RequiresPermission(Permission.NETWORK_VIEW)
    ResponseEntity<String> diagram() {
        var user = CurrentUser.require();
        var topology = findings.topology(user.tenantId());
        var current = NetworkFindings.sorted(SeparationCheck.check(topology));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment("ネットワーク構成図.svg", "network.svg"))
                .body(NetworkDiagramSvg.draw(topology, current, true));
    }
}

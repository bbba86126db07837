package jp.mamori.acknowledgement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.campaign.Campaign;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of campaign progress for holders of ACKNOWLEDGEMENT_MANAGE (every unit) or ACKNOWLEDGEMENT_PROGRESS
 * (their units): the campaigns, paginated, and one campaign's progress by unit. JSON DTO records only.
 */
@RestController
@RequestMapping("/api/v1/acknowledgements")
@RequiresPermission({Permission.ACKNOWLEDGEMENT_MANAGE, Permission.ACKNOWLEDGEMENT_PROGRESS})
class AcknowledgementApiController {

    record CampaignDto(UUID id, String title, String state, UUID revisionId, LocalDate dueOn, LocalDate startedOn,
            int reminderRound, long version) {
        static CampaignDto of(Campaign c) {
            return new CampaignDto(c.id(), c.title(), c.state().name(), c.subjectId(), c.dueOn(), c.startedOn(),
                    c.reminderRound(), c.version());
        }
    }

    record CampaignPageDto(List<CampaignDto> items, int page, int size, long total) {
    }

    record UnitProgressDto(UUID unitId, String unitCode, String unitName, long requested, long confirmed, int percent) {
    }

    record ProgressDto(CampaignDto campaign, long requested, long confirmed, int percent, List<UnitProgressDto> units) {
    }

    private final CampaignManagement campaigns;
    private final CampaignPages pages;

    AcknowledgementApiController(CampaignManagement campaigns, CampaignPages pages) {
        this.campaigns = campaigns;
        this.pages = pages;
    }

    @GetMapping("/campaigns")
    CampaignPageDto campaigns(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var user = CurrentUser.require();
        var bounded = Math.max(1, Math.min(size, 200));
        var result = campaigns.page(user.tenantId(), q, null, Math.max(0, page), bounded);
        return new CampaignPageDto(result.items().stream().map(CampaignDto::of).toList(), result.page(), result.size(),
                result.total());
    }

    @GetMapping("/campaigns/{id}/progress")
    ProgressDto progress(@PathVariable UUID id) {
        var progress = pages.progress(CurrentUser.require(), id);
        return new ProgressDto(CampaignDto.of(progress.campaign()), progress.requested(), progress.confirmed(),
                progress.percent(), progress.units().stream().map(u -> new UnitProgressDto(u.unitId(), u.unitCode(),
                        u.unitName(), u.requested(), u.confirmed(), u.percent())).toList());
    }
}

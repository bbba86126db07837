package jp.mamori.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The module API for the XLSX/CSV of who did what, through {@link TableExport}: staff number, name, unit, kind, the
 * item's state and when it was finished (in the tenant's zone), then the using module's own columns. Every label
 * can be worded by the using module: {@code <purpose>.export.<column>} and {@code <purpose>.itemState.<STATE>} win
 * over the engine's {@code campaign.…} texts. Thread-safe.
 */
@Component
public class CampaignExport {

    /** A column the using module adds after the engine's own. */
    public record Column(String header, Function<CampaignProgress.Line, Object> cell) {
    }

    private final MessageSource messages;
    private final TenantCalendar calendar;

    CampaignExport(MessageSource messages, TenantCalendar calendar) {
        this.messages = messages;
        this.calendar = calendar;
    }

    /** The download of the lines (already limited to what the reader sees), in the format named by the path. */
    public ResponseEntity<StreamingResponseBody> download(Campaign campaign, List<CampaignProgress.Line> lines,
            String format, List<Column> extra) {
        var exportFormat = TableExport.ExportFormat.parse(format);
        var purpose = campaign.purpose();
        var zone = calendar.zone(campaign.tenantId());
        var headers = new ArrayList<String>();
        for (var column : List.of("staffNumber", "name.column", "unit", "kind", "state", "finishedAt")) {
            headers.add(text(purpose, "export." + column));
        }
        extra.forEach(c -> headers.add(c.header()));
        var table = TableExport.<CampaignProgress.Line>of(text(purpose, "export.sheet"), headers, l -> {
            var cells = new ArrayList<Object>(Arrays.asList(l.staffNumber(), l.name(), l.unitName(),
                    l.kind() == null ? null : text(purpose, "kind." + l.kind().name()),
                    text(purpose, "itemState." + l.state().name()),
                    l.confirmedAt()));
            extra.forEach(c -> cells.add(c.cell().apply(l)));
            return cells;
        }).timesIn(zone, headers.get(5));
        return TableExport.download(exportFormat, text(purpose, "export.name", campaign.title()),
                purpose + "-" + campaign.id(), out -> table.write(exportFormat, lines.stream(), out));
    }

    private String text(String purpose, String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        var own = messages.getMessage(purpose + "." + key, arguments, null, locale);
        return own != null ? own : messages.getMessage("campaign." + key, arguments, "campaign." + key, locale);
    }
}

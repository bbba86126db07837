package jp.mamori.incident;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jp.mamori.trail.TrailHistory;
import jp.mamori.web.ReportWorkbook;

/**
 * The incident report (インシデント報告書) as a workbook for the committee or an outside body: a summary sheet with
 * the facts, the handling and the close-out, a sheet of the reporting obligations with what was sent when, and the
 * timeline from the trail. The same content as the printable page. Stateless.
 */
final class IncidentReport {

    private IncidentReport() {
    }

    /**
     * @param label the Japanese label of a message key (states, bodies, reasons)
     * @param unit the incident's unit name, or empty
     */
    static void write(Incident incident, String unit, List<TrailHistory.Change> timeline, ZoneId zone,
            Function<String, String> label, OutputStream out) throws IOException {
        var book = ReportWorkbook.inZone(zone);
        var f = incident.facts();
        var kinds = new ArrayList<String>();
        if (f.personalData()) {
            kinds.add(label.apply("incident.field.personalData"));
        }
        if (f.sensitiveData()) {
            kinds.add(label.apply("incident.field.sensitiveData"));
        }
        if (f.myNumberData()) {
            kinds.add(label.apply("incident.field.myNumberData"));
        }
        if (f.lostDevice()) {
            kinds.add(label.apply("incident.field.lostDevice"));
        }
        if (f.maliceSuspected()) {
            kinds.add(label.apply("incident.field.maliceSuspected"));
        }
        if (f.financialHarmPossible()) {
            kinds.add(label.apply("incident.field.financialHarm"));
        }
        book.sheet("概要").title("インシデント報告書　" + f.title()).blank()
                .header(List.of("項目", "内容"))
                .row(List.of("状態", label.apply("incident.state." + incident.state().name())))
                .row(Arrays.asList("重大度", incident.severity()))
                .row(List.of("課", unit))
                .row(List.of("報告者", incident.reporterName()))
                .row(List.of("報告日時", incident.reportedAt()))
                .row(List.of("気づいた日", f.discoveredOn()))
                .row(List.of("詳しい状況", f.whatHappened()))
                .row(List.of("影響を受けたもの", f.affected()))
                .row(List.of("本人の数", f.peopleAffected()))
                .row(List.of("区分", String.join("、", kinds)))
                .row(Arrays.asList("原因", incident.cause()))
                .row(Arrays.asList("再発防止策", incident.prevention()))
                .row(Arrays.asList("完了日時", incident.closedAt()))
                .widths(18, 80);
        var obligations = book.sheet("報告義務").title("報告義務と送付の記録").blank()
                .header(List.of("報告先", "理由", "速報の期限", "速報の送付", "確報の期限", "確報の送付"));
        for (var o : incident.activeObligations()) {
            obligations.row(Arrays.asList(label.apply("incident.body." + o.body().name()),
                    String.join("、", o.reasons().stream().map(r -> label.apply("incident.reason." + r)).toList()),
                    o.preliminaryDue(), o.preliminarySentAt(), o.finalDue(), o.finalSentAt()));
        }
        obligations.widths(20, 40, 12, 18, 12, 18);
        var sheet = book.sheet("経過").title("対応の経過").blank().header(List.of("日時", "操作者", "内容"));
        for (var change : timeline) {
            sheet.row(List.of(change.at().toInstant(), change.actor(), change.summary()));
        }
        sheet.widths(18, 24, 80);
        book.write(out);
    }
}

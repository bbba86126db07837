package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.SeparationModelChange;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which 非適用 lines of the statement may rest on a separation model the tenant no longer uses. Simple on
 * purpose, and said so on the page: a line is in doubt when its reason names another model than the current one
 * (「αモデルのため」 while the tenant is β), or when its measure is one the catalogue writes for the current
 * model only. Nothing is changed; the lines are listed for a person to look at.
 */
@Component
class SeparationReview implements SeparationModelChange {

    private static final Map<SeparationModel, Pattern> NAMES = Map.of(
            SeparationModel.ALPHA, Pattern.compile("(α|アルファ|alpha)(?!\\s*['’′]|_?prime)", Pattern.CASE_INSENSITIVE),
            SeparationModel.ALPHA_PRIME, Pattern.compile("(α|アルファ|alpha)\\s*(['’′]|_?prime)", Pattern.CASE_INSENSITIVE),
            SeparationModel.BETA, Pattern.compile("(β|ベータ|beta)(?!\\s*['’′]|_?prime)", Pattern.CASE_INSENSITIVE),
            SeparationModel.BETA_PRIME, Pattern.compile("(β|ベータ|beta)\\s*(['’′]|_?prime)", Pattern.CASE_INSENSITIVE));

    private final MeasureCatalogue catalogue;
    private final StatementOfApplicability statement;
    private final MessageSource messages;

    SeparationReview(MeasureCatalogue catalogue, StatementOfApplicability statement, MessageSource messages) {
        this.catalogue = catalogue;
        this.statement = statement;
        this.messages = messages;
    }

    /** The message key of why the line is in doubt under that model, or null when it is not. */
    static String doubt(Measure measure, ApplicabilityEntry entry, SeparationModel current) {
        if (entry == null || entry.applicability() != Applicability.NOT_APPLICABLE) {
            return null;
        }
        var reason = entry.reason();
        var namesOther = NAMES.entrySet().stream()
                .anyMatch(name -> name.getKey() != current && name.getValue().matcher(reason).find());
        if (namesOther && !NAMES.get(current).matcher(reason).find()) {
            return "catalog.separation.reasonNamesOtherModel";
        }
        if (!measure.separationModels().isEmpty() && measure.separationModels().contains(current)) {
            return "catalog.separation.measureForThisModel";
        }
        return null;
    }

    @Override
    public List<Doubt> doubts(UUID tenantId, SeparationModel before, SeparationModel after) {
        var doubts = new ArrayList<Doubt>();
        if (before == after) {
            return doubts;
        }
        var entries = statement.entries(tenantId);
        var locale = LocaleContextHolder.getLocale();
        for (var chapter : catalogue.current().chapters()) {
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var entry = entries.get(measure.id());
                    var why = doubt(measure, entry, after);
                    if (why != null) {
                        doubts.add(new Doubt(measure.id() + " " + measure.title(),
                                messages.getMessage(why, new Object[] {entry.reason()}, locale),
                                "/catalog/measures/" + measure.id()));
                    }
                }
            }
        }
        return doubts;
    }
}

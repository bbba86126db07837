package jp.mamori.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

import jp.mamori.tenant.SeparationModel;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an edition of the catalogue from the app's resources: {@code catalog/<edition>/measures.json} and
 * {@code threats.json}, and the seed's clause structure {@code catalog/seed-clauses.json}. JSON because the files
 * are data that reviewers diff and that Jackson (already in Spring Boot) reads without another dependency; an
 * unknown field fails, so that a typo in the data cannot silently drop a link. Stateless.
 */
final class CatalogueFiles {

    /** The edition the app ships and new tenants follow. */
    static final String CURRENT_EDITION = "mic-r7.03";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record MeasureFile(String edition, String title, String titleEn, String note, List<ChapterData> chapters) {
    }

    record ChapterData(String id, String title, String titleEn, List<String> seedClauses, List<SectionData> sections) {
    }

    record SectionData(String id, String title, String titleEn, List<MeasureData> measures) {
    }

    record MeasureData(String id, String title, String titleEn, String requirement, String requirementEn,
            List<String> seedClauses,
            List<String> threats, List<SeparationModel> separationModels) {
    }

    record ThreatFile(String edition, String source, List<GroupData> groups) {
    }

    record GroupData(String id, String seedClause, String title, String titleEn, List<ThreatData> threats) {
    }

    record ThreatData(String id, String title, String titleEn) {
    }

    record SeedFile(String document, String note, List<SeedClause> clauses, List<String> mustBeCovered) {
    }

    private CatalogueFiles() {
    }

    static Catalogue load(String edition) {
        if (!edition.matches("[a-z0-9.-]+")) {
            throw new IllegalArgumentException("edition " + edition);
        }
        var measures = read("catalog/" + edition + "/measures.json", MeasureFile.class);
        var threats = read("catalog/" + edition + "/threats.json", ThreatFile.class);
        var seed = read("catalog/seed-clauses.json", SeedFile.class);
        if (!edition.equals(measures.edition()) || !edition.equals(threats.edition())) {
            throw new IllegalStateException("catalogue files of " + edition + " name another edition");
        }
        var chapters = measures.chapters().stream().map(c -> new Chapter(c.id(), c.title(), c.titleEn(),
                nonNull(c.seedClauses()), nonNull(c.sections()).stream().map(s -> new Section(s.id(), c.id(), s.title(),
                        s.titleEn(), nonNull(s.measures()).stream().map(m -> new Measure(m.id(), c.id(), s.id(), m.title(),
                                m.titleEn(), m.requirement(), m.requirementEn(), nonNull(m.seedClauses()),
                                nonNull(m.threats()),
                                m.separationModels() == null || m.separationModels().isEmpty()
                                        ? EnumSet.noneOf(SeparationModel.class) : EnumSet.copyOf(m.separationModels())))
                                .toList()))
                        .toList()))
                .toList();
        var groups = threats.groups().stream().map(g -> new ThreatGroup(g.id(), g.seedClause(), g.title(), g.titleEn(),
                nonNull(g.threats()).stream().map(t -> new Threat(t.id(), g.id(), t.title(), t.titleEn())).toList()))
                .toList();
        return new Catalogue(edition, measures.title(), measures.titleEn(), chapters, groups, seed.clauses(),
                nonNull(seed.mustBeCovered()));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file missing: " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

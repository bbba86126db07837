package jp.mamori.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignItem;
import jp.mamori.campaign.CampaignNotFound;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.campaign.NewCampaign;
import jp.mamori.catalog.MeasureCatalogue;
import jp.mamori.correction.CorrectiveActionSource;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.trail.Trail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 自己点検 on the campaign engine (purpose {@value InspectionPurpose#NAME}): question sets from the
 * catalogue, the campaign, saving and submitting a sheet (a save names the version it read; a stale one is a
 * {@link SheetConflict} carrying the stored sheet), the review within the reviewer's reach, results, and corrective
 * actions from 未実施 answers. Each change writes one trail entry in its transaction. Thread-safe.
 */
@Service
class Inspections {

    /** One answer as entered on the page. */
    record Entry(UUID questionId, String answer, String comment) {
    }

    /** Counts of each answer for one question (or one unit), over the accepted sheets. */
    record Result(String key, String label, Map<Answer, Long> counts) {
        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        long of(Answer answer) {
            return counts.getOrDefault(answer, 0L);
        }

        /** Share implemented among the applicable answers, in percent; 100 when nothing applies. */
        int score() {
            long applicable = total() - of(Answer.NOT_APPLICABLE);
            return applicable == 0 ? 100 : (int) ((of(Answer.IMPLEMENTED) * 100 + of(Answer.PARTIAL) * 50) / applicable);
        }
    }

    private final CampaignEngine engine;
    private final QuestionSets sets;
    private final Sheets sheets;
    private final MeasureCatalogue catalogue;
    private final CorrectiveActions corrections;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspections(CampaignEngine engine, QuestionSets sets, Sheets sheets, MeasureCatalogue catalogue,
            CorrectiveActions corrections, Trail trail, ApplicationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.sets = sets;
        this.sheets = sheets;
        this.catalogue = catalogue;
        this.corrections = corrections;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The default question set: the first measure of every section of the catalogue, asked in the catalogue's own
     * words, plus the tenant's own questions (one a line).
     */
    @Transactional
    UUID createQuestionSet(UUID tenantId, String title, List<String> ownQuestions) {
        if (title == null || title.isBlank()) {
            throw new InspectionRefused("inspection.refused.setTitle");
        }
        var questions = new ArrayList<Question>();
        var seen = new java.util.HashSet<String>();
        for (var measure : catalogue.measures()) {
            if (seen.add(measure.sectionId())) {
                questions.add(new Question(UUID.randomUUID(), questions.size() + 1, measure.chapterId(), measure.id(),
                        measure.title() + "：" + measure.requirement()));
            }
        }
        for (var own : ownQuestions) {
            if (!own.isBlank()) {
                questions.add(new Question(UUID.randomUUID(), questions.size() + 1, "OWN", null, own.strip()));
            }
        }
        var id = sets.insert(tenantId, title.strip(), questions, clock.instant());
        trail.record(tenantId, "inspection.questionSet.created", "InspectionQuestionSet", id.toString(),
                "点検項目「" + title.strip() + "」を作成（" + questions.size() + " 問）");
        return id;
    }

    @Transactional(readOnly = true)
    List<QuestionSets.QuestionSet> questionSets(UUID tenantId) {
        return sets.all(tenantId);
    }

    @Transactional(readOnly = true)
    List<Question> questions(UUID tenantId, UUID setId) {
        return sets.questions(tenantId, setId);
    }

    @Transactional(readOnly = true)
    Campaign campaign(UUID tenantId, UUID id) {
        return engine.campaign(tenantId, InspectionPurpose.NAME, id);
    }

    /** Drafts a campaign asking the chosen units (all when none) with the question set by the due date. */
    @Transactional
    UUID createCampaign(UUID tenantId, String title, UUID setId, Set<UUID> units, LocalDate dueOn) {
        var set = sets.find(tenantId, setId).orElseThrow(() -> new InspectionRefused("inspection.refused.noSet"));
        var target = new CampaignTarget(units.isEmpty(), units, Set.of());
        return engine.create(tenantId, new NewCampaign(InspectionPurpose.NAME, title, setId, target, dueOn),
                "question set 「" + set.title() + "」 (" + set.questions() + " questions)");
    }

    @Transactional
    int start(UUID tenantId, UUID id, long version) {
        campaign(tenantId, id);
        return engine.start(tenantId, id, version);
    }

    /** The person's item and sheet in the campaign; 404 when the campaign does not ask them. */
    @Transactional(readOnly = true)
    CampaignItem item(UUID tenantId, UUID campaignId, UUID staffId) {
        campaign(tenantId, campaignId);
        return engine.item(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignNotFound(campaignId));
    }

    @Transactional(readOnly = true)
    java.util.Optional<Sheet> sheet(UUID tenantId, UUID campaignId, UUID staffId) {
        return sheets.find(tenantId, campaignId, staffId);
    }

    /**
     * Saves the person's sheet as a draft, or submits it to the reviewer. {@code version} is the sheet's version the
     * page showed (-1 when there was no sheet yet); a different stored version is a {@link SheetConflict}.
     */
    @Transactional
    Sheet save(CurrentUser user, UUID campaignId, long version, List<Entry> entries, boolean submit) {
        var tenantId = user.tenantId();
        var campaign = campaign(tenantId, campaignId);
        var item = item(tenantId, campaignId, user.staffId());
        if (!item.state().awaitsThePerson() || campaign.state() != jp.mamori.campaign.CampaignState.OPEN) {
            throw new InspectionRefused("inspection.refused.notOpen");
        }
        var questions = sets.questions(tenantId, campaign.subjectId());
        var known = questions.stream().map(Question::id).collect(java.util.stream.Collectors.toSet());
        var replies = new LinkedHashMap<UUID, Sheet.Reply>();
        for (var entry : entries) {
            if (!known.contains(entry.questionId())) {
                throw new InspectionRefused("inspection.refused.unknownQuestion");
            }
            var answer = Answer.parse(entry.answer());
            var comment = entry.comment() == null ? "" : entry.comment().strip();
            if (comment.length() > 2000) {
                throw new InspectionRefused("inspection.refused.commentTooLong", 2000);
            }
            if (answer != null) {
                replies.put(entry.questionId(), new Sheet.Reply(answer, comment));
            }
        }
        var now = clock.instant();
        var existing = sheets.find(tenantId, campaignId, user.staffId());
        Sheet saved;
        if (existing.isEmpty()) {
            if (version != -1) {
                throw new IllegalStateException("a sheet that does not exist has no version " + version);
            }
            saved = new Sheet(UUID.randomUUID(), tenantId, campaignId, user.staffId(), item.unitId(), now,
                    user.displayName(), 0, replies);
            try {
                sheets.insert(saved);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Another browser created the sheet a moment ago: the same as a stale version.
                throw new SheetConflict(sheets.find(tenantId, campaignId, user.staffId()).orElseThrow());
            }
        } else {
            var stored = existing.get();
            if (stored.version() != version) {
                throw new SheetConflict(stored);
            }
            saved = new Sheet(stored.id(), tenantId, campaignId, user.staffId(), stored.unitId(), now,
                    user.displayName(), version + 1, replies);
            if (!sheets.update(saved, version, now, user.displayName())) {
                throw new SheetConflict(sheets.find(tenantId, campaignId, user.staffId()).orElseThrow());
            }
        }
        if (submit) {
            if (!saved.complete(questions)) {
                throw new InspectionRefused("inspection.refused.incomplete",
                        questions.size() - saved.replies().size());
            }
            engine.submit(tenantId, campaignId, user.staffId(), saved.id(), user.accountId());
        } else {
            engine.begin(tenantId, campaignId, user.staffId(), saved.id());
        }
        trail.record(tenantId, submit ? "inspection.sheet.submitted" : "inspection.sheet.saved", "InspectionSheet",
                saved.id().toString(), "「" + campaign.title() + "」 " + saved.replies().size() + "/"
                        + questions.size() + " 問回答" + (submit ? "、提出" : "、一時保存"));
        return saved;
    }

    /** Whether the user may review the sheets of that unit: the 管理者 of the 課 (progress reach), or the 統括. */
    static boolean reviews(CurrentUser user, UUID unitId) {
        return user.can(Permission.INSPECTION_MANAGE, unitId) || user.can(Permission.INSPECTION_PROGRESS, unitId);
    }

    /** The reviewer accepts or returns a submitted sheet; accepting publishes one event per 未実施 answer. */
    @Transactional
    void review(CurrentUser user, UUID campaignId, UUID staffId, boolean accept, String note) {
        var tenantId = user.tenantId();
        var campaign = campaign(tenantId, campaignId);
        var item = item(tenantId, campaignId, staffId);
        if (!reviews(user, item.unitId())) {
            throw new InspectionRefused("inspection.refused.notYourUnit");
        }
        var sheet = sheets.find(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignNotFound(campaignId));
        if (accept) {
            engine.accept(tenantId, campaignId, staffId, user.accountId());
            sheets.markAccepted(tenantId, sheet.id(), true);
            var questions = new HashMap<UUID, Question>();
            sets.questions(tenantId, campaign.subjectId()).forEach(q -> questions.put(q.id(), q));
            sheet.replies().forEach((questionId, reply) -> {
                if (reply.answer() == Answer.NOT_IMPLEMENTED) {
                    var q = questions.get(questionId);
                    events.publishEvent(new ItemNotImplemented(tenantId, campaignId, sheet.id(), questionId,
                            sheet.unitId(), q.text(), q.measureId()));
                }
            });
        } else {
            if (note == null || note.isBlank()) {
                throw new InspectionRefused("inspection.refused.noteMissing");
            }
            engine.returnToStaff(tenantId, campaignId, staffId, user.accountId(), note.strip());
        }
        trail.record(tenantId, accept ? "inspection.sheet.accepted" : "inspection.sheet.returned", "InspectionSheet",
                sheet.id().toString(), "「" + campaign.title() + "」 " + (accept ? "受理" : "差戻し: " + note.strip()));
    }

    /** Results by question, over the accepted sheets of the units the reader sees. */
    @Transactional(readOnly = true)
    List<Result> resultsByQuestion(UUID tenantId, UUID campaignId, java.util.function.Predicate<UUID> seesUnit) {
        var campaign = campaign(tenantId, campaignId);
        var tallies = tallies(tenantId, campaignId, seesUnit);
        var results = new ArrayList<Result>();
        for (var q : sets.questions(tenantId, campaign.subjectId())) {
            var counts = new java.util.EnumMap<Answer, Long>(Answer.class);
            tallies.stream().filter(t -> t.questionId().equals(q.id()))
                    .forEach(t -> counts.merge(t.answer(), t.count(), Long::sum));
            results.add(new Result(q.id().toString(), q.position() + ". " + q.text(), counts));
        }
        return results;
    }

    /** Results by unit, over the accepted sheets of the units the reader sees. */
    @Transactional(readOnly = true)
    Map<UUID, Map<Answer, Long>> resultsByUnit(UUID tenantId, UUID campaignId,
            java.util.function.Predicate<UUID> seesUnit) {
        var byUnit = new LinkedHashMap<UUID, Map<Answer, Long>>();
        tallies(tenantId, campaignId, seesUnit).forEach(t -> byUnit
                .computeIfAbsent(t.unitId(), u -> new java.util.EnumMap<>(Answer.class))
                .merge(t.answer(), t.count(), Long::sum));
        return byUnit;
    }

    private List<Sheets.Tally> tallies(UUID tenantId, UUID campaignId, java.util.function.Predicate<UUID> seesUnit) {
        return sheets.tallies(tenantId, campaignId).stream().filter(t -> seesUnit.test(t.unitId())).toList();
    }

    /** Opens a corrective action for a 未実施 answer of an accepted sheet, owned by the respondent's unit. */
    @Transactional
    UUID openCorrectiveAction(CurrentUser user, UUID campaignId, UUID staffId, UUID questionId, String title,
            LocalDate due) {
        var tenantId = user.tenantId();
        var campaign = campaign(tenantId, campaignId);
        var item = item(tenantId, campaignId, staffId);
        if (!user.can(Permission.INSPECTION_MANAGE, item.unitId())) {
            throw new InspectionRefused("inspection.refused.notYourUnit");
        }
        var sheet = sheets.find(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignNotFound(campaignId));
        var reply = sheet.replies().get(questionId);
        if (reply == null || reply.answer() != Answer.NOT_IMPLEMENTED) {
            throw new InspectionRefused("inspection.refused.notNotImplemented");
        }
        if (title == null || title.isBlank()) {
            throw new InspectionRefused("inspection.refused.actionTitle");
        }
        if (due == null) {
            throw new InspectionRefused("inspection.refused.actionDue");
        }
        var id = corrections.open(tenantId, new CorrectiveActionSource(InspectionPurpose.NAME, "InspectionAnswer",
                sheet.id() + ":" + questionId, campaign.title()), title.strip(), sheet.unitId(), due);
        trail.record(tenantId, "inspection.action.opened", "InspectionSheet", sheet.id().toString(),
                "未実施の項目から改善措置を登録: " + title.strip());
        return id;
    }

    LocalDate today(UUID tenantId) {
        return engine.today(tenantId);
    }
}

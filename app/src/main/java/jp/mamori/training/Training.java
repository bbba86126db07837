package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignNotFound;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.campaign.NewCampaign;
import jp.mamori.organization.SecurityRole;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of training: assign a course to staff (a campaign on the engine, started at once), take its quiz
 * (every attempt recorded with a trail entry; the first pass finishes the person's item), and give a new holder of a
 * security role the courses the role requires. Thread-safe.
 */
@Service
class Training {

    /** Days a new role holder has for a required course when no campaign of it is open. */
    static final int ON_APPOINTMENT_DAYS = 30;

    private final Courses courses;
    private final CampaignEngine engine;
    private final Trail trail;
    private final Clock clock;

    Training(Courses courses, CampaignEngine engine, Trail trail, Clock clock) {
        this.courses = courses;
        this.engine = engine;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Course course(UUID tenantId, UUID courseId) {
        return courses.find(tenantId, courseId).orElseThrow(() -> new CourseNotFound(courseId));
    }

    @Transactional(readOnly = true)
    public List<Course> courses(UUID tenantId) {
        return courses.all(tenantId);
    }

    /** The training campaign (assignment) with that id, or a 404. */
    @Transactional(readOnly = true)
    public Campaign assignment(UUID tenantId, UUID campaignId) {
        return engine.campaign(tenantId, TrainingPurpose.NAME, campaignId);
    }

    /** Assigns the course to the target by the due date: a campaign created and started; returns its id. */
    @Transactional
    public UUID assign(UUID tenantId, UUID courseId, String title, CampaignTarget target, LocalDate dueOn) {
        var course = course(tenantId, courseId);
        if (!target.defined()) {
            throw new TrainingRefused("training.refused.nobody");
        }
        var id = engine.create(tenantId, new NewCampaign(TrainingPurpose.NAME, title, course.id(), target, dueOn),
                "course " + course.code() + " 「" + course.title() + "」");
        engine.start(tenantId, id, 0);
        return id;
    }

    /** What one attempt came to. */
    record Result(Attempt attempt, int passMark, boolean completedNow) {
    }

    /**
     * Scores the person's answers to the assignment's quiz and records the attempt; a pass finishes their item (the
     * campaign's completion). Attempts after a pass are recorded too but change nothing else.
     */
    @Transactional
    public Result attempt(UUID tenantId, UUID campaignId, UUID staffId, UUID accountId, Map<UUID, Integer> answers) {
        var campaign = assignment(tenantId, campaignId);
        var item = engine.item(tenantId, campaignId, staffId).orElseThrow(() -> new CampaignNotFound(campaignId));
        campaign.mayTakePart().orThrow(TrainingRefused::new);
        var course = course(tenantId, campaign.subjectId());
        int score = Quiz.score(course, answers);
        boolean passed = Quiz.passes(course, score);
        var attempt = new Attempt(UUID.randomUUID(), course.id(), campaignId, staffId, score, passed, clock.instant());
        courses.insertAttempt(tenantId, accountId, attempt);
        boolean completes = passed && !item.finished();
        if (completes) {
            engine.submit(tenantId, campaignId, staffId, attempt.id(), accountId);
        }
        trail.record(tenantId, passed ? "training.attempt.passed" : "training.attempt.failed", "TrainingCampaign",
                campaignId.toString(), "「" + course.title() + "」 職員 " + staffId + " の確認テスト: " + score + "%（合格点 "
                        + course.passMark() + "%）" + (passed ? "合格" : "不合格") + (completes ? "、修了" : ""));
        return new Result(attempt, course.passMark(), completes);
    }

    @Transactional(readOnly = true)
    public List<Attempt> attempts(UUID tenantId, UUID staffId, UUID courseId) {
        return courses.attempts(tenantId, staffId, courseId);
    }

    /** Titles of the courses a new holder of the role must take. */
    @Transactional(readOnly = true)
    public List<String> requiredTitles(UUID tenantId, SecurityRole role) {
        return courses.requiredFor(tenantId, role).stream().map(Course::title).toList();
    }

    /**
     * Gives the person, who holds the role from today, each course the role requires: they join the open campaign of
     * that course for the role, or a new one is started for them (due in {@value #ON_APPOINTMENT_DAYS} days).
     */
    @Transactional
    public int assignRequired(UUID tenantId, UUID staffId, SecurityRole role) {
        int assigned = 0;
        for (var course : courses.requiredFor(tenantId, role)) {
            var open = engine.page(tenantId, TrainingPurpose.NAME, "", CampaignState.OPEN, 0, 200).items().stream()
                    .filter(c -> c.subjectId().equals(course.id()) && c.target().roles().contains(role))
                    .findFirst();
            if (open.isPresent()) {
                if (engine.item(tenantId, open.get().id(), staffId).isEmpty()) {
                    engine.addNewlyTargeted(tenantId, open.get().id());
                }
            } else {
                assign(tenantId, course.id(), course.title(), new CampaignTarget(false, Set.of(), Set.of(),
                        Set.of(role), Set.of()), engine.today(tenantId).plusDays(ON_APPOINTMENT_DAYS));
            }
            assigned++;
        }
        return assigned;
    }
}

/**
 * 依頼 (campaigns): asking a set of staff — chosen by unit with its sub-units, kind of staff, security role or
 * information system, snapshotted at the start — for one item each by a due date, with item states and an optional
 * reviewer step, progress by unit within the reader's reach, reminders through the outbox (by a manager's round and,
 * through {@link jp.mamori.notification.ReminderSource}, when due soon or overdue), and the XLSX/CSV of who did what.
 * 読了確認 is its first user; self-inspection, training and contractor checks are the next.
 *
 * <p>A new module runs a campaign on the engine with one bean and a few calls — its own tables hold only its answers
 * (here an inspection sheet with many answers), the engine holds who is asked and where each one is:
 *
 * <pre>{@code
 * @Component
 * class InspectionPurpose implements CampaignPurpose {
 *     public String name() { return "inspection"; }              // trail actions inspection.campaign.*, mail keys
 *     public String objectType() { return "InspectionCampaign"; }
 *     public boolean reviewed() { return true; }                 // SUBMITTED → ACCEPTED / RETURNED by the 課's manager
 *     public ReminderText reminder(Campaign c, StaffMember s, ReminderOccasion why) {
 *         return new ReminderText("【自己点検】" + c.title(), s.name() + " 様 …" , "自己点検の督促");
 *     }
 * }
 *
 * var id = engine.create(tenantId, new NewCampaign("inspection", "令和8年度 自己点検", checklistId,
 *         new CampaignTarget(false, Set.of(), Set.of(), Set.of(SecurityRole.SECTION_SECURITY_MANAGER), Set.of()),
 *         dueOn), "checklist " + checklistId);
 * engine.start(tenantId, id, 0);                                   // the snapshot: one PENDING item per person
 * engine.begin(tenantId, id, staffId, sheetId);                    // IN_PROGRESS, pointing to the module's sheet
 * engine.submit(tenantId, id, staffId, sheetId, accountId);        // SUBMITTED (or DONE without a reviewer)
 * engine.accept(tenantId, id, staffId, reviewerAccountId);         // or returnToStaff(…, note)
 * progress.progress(tenantId, id, user::reaches);                  // by unit, within the reader's reach
 * export.download(campaign, progress.lines(tenantId, id, user::reaches), "xlsx", List.of(extraColumns));
 * }</pre>
 * Due-soon and overdue mails need nothing more: the engine's reminder source asks every purpose for its text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "notification", "organization", "tenant", "trail", "web"})
package jp.mamori.campaign;

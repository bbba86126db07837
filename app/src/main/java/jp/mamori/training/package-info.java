/**
 * 研修 (seed 5, 6(4)): courses with their material and a quiz with a pass mark, the courses each security role must
 * take on appointment, the assignment of a course to staff on the campaign engine (with its reminders), every quiz
 * attempt, and completion per person and per unit with a server-drawn chart and CSV/XLSX exports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "campaign", "demo", "kernel",
        "organization", "tenant", "text", "trail", "web"})
package jp.mamori.training;

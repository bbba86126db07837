/**
 * The one import pipeline for registers kept in Excel: an upload is read, checked and planned (every problem of the
 * file by row and column, or the changes), waits in the database until it is confirmed, and is then applied all or
 * nothing — refused when the data it was planned against changed in between.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "web"})
package jp.mamori.importing;

/**
 * Worker processes (隔離ワーカー) that parse PDF and Office formats outside the calling JVM.
 *
 * <p>{@link jp.mamori.sanitizer.worker.WorkerPool} is the only door in: the file engine hands it bytes and
 * gets a {@link jp.mamori.sanitizer.worker.Disarmed} back. Everything else here runs inside the worker JVM
 * ({@link jp.mamori.sanitizer.worker.WorkerMain}), where a hostile file can crash, hang or exhaust memory
 * without harming the caller. Public types here are internal to the sanitiser module.
 */
package jp.mamori.sanitizer.worker;

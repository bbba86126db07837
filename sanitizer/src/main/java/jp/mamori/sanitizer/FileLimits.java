package jp.mamori.sanitizer;

import java.time.Duration;

/**
 * Hard limits for the file engine. Anything over a limit is blocked, never passed through.
 *
 * @param maxFileBytes largest input file
 * @param maxPdfPages most pages of a PDF to re-render
 * @param pdfDpi rendering resolution of PDF pages
 * @param maxImagePixels largest image (width × height) to decode
 * @param maxArchiveEntries most entries of a ZIP (counted over nested archives too)
 * @param maxExpandedBytes most bytes a ZIP may expand to, nested archives included
 * @param maxCompressionRatio largest expanded/compressed ratio of one entry
 * @param maxNestingDepth deepest nesting of archives and embedded containers
 * @param workerCount worker processes for PDF and Office formats
 * @param workerHeapMegabytes heap cap (-Xmx) of each worker process
 * @param workerTimeout wall-clock limit for one item in a worker
 */
public record FileLimits(
        long maxFileBytes,
        int maxPdfPages,
        int pdfDpi,
        long maxImagePixels,
        int maxArchiveEntries,
        long maxExpandedBytes,
        int maxCompressionRatio,
        int maxNestingDepth,
        int workerCount,
        int workerHeapMegabytes,
        Duration workerTimeout) {

    public FileLimits {
        if (maxFileBytes <= 0 || maxPdfPages <= 0 || pdfDpi < 36 || pdfDpi > 600 || maxImagePixels <= 0
                || maxArchiveEntries <= 0 || maxExpandedBytes <= 0 || maxCompressionRatio <= 0
                || maxNestingDepth < 0 || workerCount <= 0 || workerHeapMegabytes < 64
                || workerTimeout.isNegative() || workerTimeout.isZero()) {
            throw new IllegalArgumentException("file limits out of range: " + this);
        }
    }

    /** The defaults of the strict LGWAN preset. */
    public static FileLimits strict() {
        return new FileLimits(50L << 20, 500, 150, 100_000_000L, 1_000, 200L << 20, 100, 3,
                2, 512, Duration.ofSeconds(120));
    }

    public FileLimits withPdfDpi(int dpi) {
        return new FileLimits(maxFileBytes, maxPdfPages, dpi, maxImagePixels, maxArchiveEntries,
                maxExpandedBytes, maxCompressionRatio, maxNestingDepth, workerCount, workerHeapMegabytes,
                workerTimeout);
    }

    public FileLimits withWorkers(int count, int heapMegabytes, Duration timeout) {
        return new FileLimits(maxFileBytes, maxPdfPages, pdfDpi, maxImagePixels, maxArchiveEntries,
                maxExpandedBytes, maxCompressionRatio, maxNestingDepth, count, heapMegabytes, timeout);
    }
}

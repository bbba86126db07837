package jp.mamori.sanitizer.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.worker.Disarmed;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * ZIP → a new ZIP of disarmed entries. Every entry goes through the whole engine again (so a .docm inside
 * comes out as .docx); an entry that cannot be made safe is left out and reported. The archive as a whole
 * is blocked for what makes it hostile or unknowable: encrypted entries, traversal names, duplicate names,
 * and the entry, size, ratio and depth limits, which count nested archives together ({@link ArchiveBudget}).
 */
final class ZipDisarm {
    /** Entries smaller than this cannot be bombs whatever their ratio (a page of spaces compresses 100×). */
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    private final FileLimits limits;
    private final FileDisarm files;

    ZipDisarm(FileLimits limits, FileDisarm files) {
        this.limits = limits;
        this.files = files;
    }

    Disarmed disarm(byte[] content, String name, int depth, ArchiveBudget budget) {
        if (depth > limits.maxNestingDepth()) {
            return block(name, FindingKind.OVER_LIMIT, "archives nested deeper than " + limits.maxNestingDepth());
        }
        List<Finding> findings = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int files = 0;
        int kept = 0;
        try (ZipFile zip = ZipContainer.open(content); ZipOutputStream out = new ZipOutputStream(bytes)) {
            Set<String> seen = new HashSet<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!budget.takeEntry()) {
                    return block(name, FindingKind.OVER_LIMIT, "more than " + limits.maxArchiveEntries() + " entries");
                }
                String entryName = EntryName.decode(entry.getRawName(), entry.getGeneralPurposeBit().usesUTF8ForNames());
                String traversal = EntryName.traversal(entryName);
                if (traversal != null) {
                    return block(name + "/" + entryName, FindingKind.AMBIGUOUS_STRUCTURE, traversal);
                }
                if (!seen.add(entryName.toLowerCase(Locale.ROOT))) {
                    return block(name + "/" + entryName, FindingKind.AMBIGUOUS_STRUCTURE, "duplicate entry name");
                }
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    return block(name + "/" + entryName, FindingKind.ENCRYPTION, "password-protected ZIP entry");
                }
                if (entry.isDirectory()) {
                    out.putNextEntry(new ZipEntry(EntryName.rebuilt(entryName, null) + "/"));
                    out.closeEntry();
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    return block(name + "/" + entryName, FindingKind.AMBIGUOUS_STRUCTURE,
                            "unsupported ZIP compression method " + entry.getMethod());
                }
                files++;
                byte[] data = read(zip, entry, budget);
                if (data == null) {
                    return block(name + "/" + entryName, FindingKind.OVER_LIMIT,
                            "archive expands beyond " + limits.maxExpandedBytes() + " bytes (zip bomb)");
                }
                long ratio = data.length / Math.max(1, entry.getCompressedSize());
                if (data.length > RATIO_GRACE_BYTES && ratio > limits.maxCompressionRatio()) {
                    return block(name + "/" + entryName, FindingKind.OVER_LIMIT,
                            "entry expands " + ratio + "×, more than " + limits.maxCompressionRatio() + "× (zip bomb)");
                }
                Disarmed inner = this.files.disarm(data, entryName, depth + 1, budget);
                inner.findings().forEach(f -> findings.add(f.location().equals(entryName) ? f.under(name) : f.under(name + "/" + entryName)));
                if (inner.isBlocked()) {
                    if (inner.findings().stream().anyMatch(f -> f.kind() == FindingKind.OVER_LIMIT)) {
                        // A bomb inside keeps its blast radius: the whole archive goes.
                        return Disarmed.blocked(FileType.ZIP.mediaType, findings, inner.blockReason());
                    }
                    FindingKind why = inner.findings().stream().filter(f -> f.action() == Action.BLOCKED)
                            .map(Finding::kind).findFirst().orElse(FindingKind.UNKNOWN_TYPE);
                    findings.add(new Finding(name + "/" + entryName, why, Action.REMOVED,
                            "entry left out: " + inner.blockReason()));
                    continue;
                }
                out.putNextEntry(new ZipEntry(EntryName.rebuilt(entryName, inner.extension())));
                out.write(inner.content());
                out.closeEntry();
                kept++;
            }
        } catch (IOException | IllegalArgumentException e) {
            return block(name, FindingKind.AMBIGUOUS_STRUCTURE, "unreadable ZIP: " + e.getMessage());
        }
        if (files > 0 && kept == 0) {
            return Disarmed.blocked(FileType.ZIP.mediaType, findings, "no entry of the archive could be made safe");
        }
        return Disarmed.passed(FileType.ZIP.mediaType, bytes.toByteArray(), FileType.ZIP.mediaType, "zip", findings);
    }

    /** The entry's bytes, or null when they would exceed the remaining size budget. */
    private byte[] read(ZipFile zip, ZipArchiveEntry entry, ArchiveBudget budget) throws IOException {
        long cap = Math.min(budget.bytesLeft(), limits.maxFileBytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > cap) {
                    budget.takeBytes(total);
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        budget.takeBytes(total);
        return out.toByteArray();
    }

    private static Disarmed block(String location, FindingKind kind, String reason) {
        return Disarmed.blocked(FileType.ZIP.mediaType, location, kind, reason);
    }
}

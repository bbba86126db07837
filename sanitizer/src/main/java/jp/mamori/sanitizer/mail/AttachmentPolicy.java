package jp.mamori.sanitizer.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.HeldAttachment;

/**
 * Applies the policy's {@link AttachmentHandling} to every attachment found (添付ファイルの扱い) and
 * says so in the report and in the notice. Converting fails closed: whatever the file engine blocks or
 * fails on is removed, never attached as it came.
 */
final class AttachmentPolicy {

    record Outcome(List<MessageWriter.Part> parts, List<HeldAttachment> held) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final AttachmentHandling handling;
    private final AttachmentDisarm disarm;

    AttachmentPolicy(AttachmentHandling handling, AttachmentDisarm disarm) {
        this.handling = handling;
        this.disarm = disarm;
    }

    Outcome apply(List<Attachment> attachments, Changes changes) {
        List<MessageWriter.Part> parts = new ArrayList<>();
        List<HeldAttachment> held = new ArrayList<>();
        for (Attachment a : attachments) {
            String label = "「" + a.fileName() + "」（" + Changes.size(a.content().length) + "）";
            switch (handling) {
                case REMOVE -> changes.add(a.location(), FindingKind.ATTACHMENT, Action.REMOVED,
                        a.fileName() + " (" + a.content().length + " bytes) removed",
                        "添付ファイル" + label + "を削除しました。");
                case HOLD -> {
                    String id = referenceId();
                    held.add(new HeldAttachment(id, a.fileName(), a.content().length, sha256(a.content()), a.content()));
                    changes.add(a.location(), FindingKind.ATTACHMENT, Action.HELD,
                            a.fileName() + " (" + a.content().length + " bytes) held as " + id,
                            "添付ファイル" + label + "は保留しました（参照番号: " + id + "）。");
                }
                case CONVERT -> convert(a, label, parts, changes);
            }
        }
        return new Outcome(parts, held);
    }

    private void convert(Attachment a, String label, List<MessageWriter.Part> parts, Changes changes) {
        FileResult result;
        try {
            result = disarm.disarm(a.content(), a.fileName());
        } catch (RuntimeException | StackOverflowError e) {
            result = null;
        }
        if (result == null || result.report().isBlocked() || result.content() == null) {
            String reason = result == null ? "the file engine failed" : String.valueOf(result.report().blockReason());
            if (result != null) {
                result.report().findings().forEach(f -> changes.findings.add(f.under(a.location())));
            }
            changes.add(a.location(), FindingKind.ATTACHMENT, Action.BLOCKED,
                    a.fileName() + " (" + a.content().length + " bytes) could not be made safe: " + reason,
                    "添付ファイル" + label + "は無害化できなかったため削除しました（理由: " + reason + "）。");
            return;
        }
        for (Finding f : result.report().findings()) {
            changes.findings.add(f.under(a.location()));
        }
        String name = FileNames.safe(result.fileName(), a.location(), result.mediaType());
        parts.add(new MessageWriter.Part(name, result.mediaType(), result.content()));
        changes.add(a.location(), FindingKind.ATTACHMENT, Action.CONVERTED,
                a.fileName() + " disarmed as " + name + " (" + result.content().length + " bytes)",
                "添付ファイル" + label + "を無害化し、「" + name + "」として添付しました。");
    }

    /** Unguessable, because knowing it may be enough to ask for the original. */
    private static String referenceId() {
        StringBuilder id = new StringBuilder("MMR-");
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

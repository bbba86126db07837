package jp.mamori.identity;

import java.util.regex.Pattern;

import org.springframework.ui.Model;

/** What a TOTP enrolment page shows: the QR code, the otpauth URI as text, and the key for manual entry. */
final class EnrolmentPage {

    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)");

    private EnrolmentPage() {
    }

    static void fill(Model model, String otpauthUri) {
        var matcher = SECRET.matcher(otpauthUri);
        var secret = matcher.find() ? matcher.group(1) : "";
        model.addAttribute("qr", QrSvg.dataUri(otpauthUri));
        model.addAttribute("uri", otpauthUri);
        model.addAttribute("key", secret.replaceAll("(.{4})(?!$)", "$1 "));
    }
}
